import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runData } from '../../src/cli/runData.ts'
import { CLEAR_LINE } from '../../src/cli/progress.ts'
import { csvToRecords } from '../../src/data/csv.ts'
import { nodeFileSystem, type FileSystem } from '../../src/io/fileSystem.ts'
import { writeCorpus } from '../../tools/synth/writeCorpus.ts'
import { ROOT, captureIO, runEntry, tempDir } from './helpers.ts'

// A few hundred synthetic reports, plus the two things a real archive holds: a file that
// cannot be read, and a second file of an existing name in another subfolder.
const TOWNSHIPS = 120
const YEARS = 2
let dir: string
let corpus: string
let names: string[]

beforeAll(async () => {
  dir = tempDir('data-parallel-')
  corpus = join(dir, 'in')
  await writeCorpus({ townships: TOWNSHIPS, years: YEARS, endYear: 2024, seed: 11 }, join(corpus, 'a'))
  names = readdirSync(join(corpus, 'a'))
    .filter((n) => n.startsWith('synthetic_'))
    .sort()
  writeFileSync(join(corpus, 'a', 'broken.txt'), Buffer.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31])) // %PDF-1: read as a PDF whatever its name, and refused as a broken one
  mkdirSync(join(corpus, 'b'))
  writeFileSync(join(corpus, 'b', names[7]), readFileSync(join(corpus, 'a', names[8])))
}, 120_000)
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const read = (...p: string[]) => readFileSync(join(dir, ...p), 'utf8')
const expectedErrors = () =>
  `${join(corpus, 'a/broken.txt')}: corrupt or truncated PDF (Invalid PDF structure.)\n` +
  `${join(corpus, 'b', names[7])}: same file name as ${join(corpus, 'a', names[7])}; left out (the source column must be unique)\n`

/** Every file under a folder, hidden temporaries included. */
const tree = (root: string) => readdirSync(root, { recursive: true }).map(String).sort()

describe('runData with worker threads', () => {
  it('gives byte-identical CSVs, public copy and messages to --jobs 1', async () => {
    const one = captureIO()
    const two = captureIO()
    const codeOne = await runData({ inDir: corpus, outDir: join(dir, 'o1'), publicDir: join(dir, 'p1'), jobs: 1 }, one)
    const codeTwo = await runData({ inDir: corpus, outDir: join(dir, 'o2'), publicDir: join(dir, 'p2'), jobs: 2 }, two)
    expect([codeOne, codeTwo]).toEqual([1, 1])
    expect(one.err()).toBe(expectedErrors())
    expect(two.err()).toBe(one.err())
    expect(read('o2/reports.csv')).toBe(read('o1/reports.csv'))
    expect(read('o2/facts.csv')).toBe(read('o1/facts.csv'))
    expect(read('p2/reports.csv')).toBe(read('o2/reports.csv'))
    expect(read('p2/facts.csv')).toBe(read('o2/facts.csv'))
    expect(read('o2/manifest.json')).toBe(read('o1/manifest.json'))
    expect(tree(join(dir, 'p2/reports'))).toEqual(tree(join(dir, 'p1/reports')))
    for (const n of [names[0], names.at(-1)!])
      expect(read('p2/reports', n.replace(/\.html$/, '.html.txt'))).toBe(read('p1/reports', n.replace(/\.html$/, '.html.txt')))
    // every good report once, in input order (folder a sorted, then b)
    expect(csvToRecords(read('o2/reports.csv')).rows.map((r) => r.source)).toEqual(names)
    expect(two.out()).toBe(one.out().replaceAll('/o1', '/o2').replaceAll('/p1', '/p2'))
    expect(tree(join(dir, 'o2'))).toEqual(['facts.csv', 'manifest.json', 'reports.csv']) // no temporaries left
  })

  it('works from the entry under tsx (npm run data), same bytes as in-process', () => {
    const r = runEntry('src/cli/dataCommand.ts', ['--in', corpus, '--out', join(dir, 'e2'), '--jobs', '2'])
    expect(r.code).toBe(1)
    expect(r.stderr).toBe(expectedErrors()) // not a terminal: no progress line
    const one = captureIO()
    return runData({ inDir: corpus, outDir: join(dir, 'e1'), publicDir: null, jobs: 1 }, one).then(() => {
      expect(read('e2/reports.csv')).toBe(read('e1/reports.csv'))
      expect(read('e2/facts.csv')).toBe(read('e1/facts.csv'))
      expect(read('e2/manifest.json')).toBe(read('e1/manifest.json'))
    })
  })

  it('leaves every old file as it was when a write fails mid-way', async () => {
    const olds = ['x/reports.csv', 'x/facts.csv', 'y/reports.csv', 'y/facts.csv', 'y/reports/old.txt']
    for (const f of olds) {
      mkdirSync(join(dir, f, '..'), { recursive: true })
      writeFileSync(join(dir, f), `old ${f}`)
    }
    let appends = 0
    const fs: FileSystem = {
      ...nodeFileSystem,
      appendFile: async (path, data) => {
        // well into the run: several batches have already been appended
        if (path.includes('facts.csv') && ++appends === 9) throw Object.assign(new Error('full'), { code: 'ENOSPC' })
        return nodeFileSystem.appendFile(path, data)
      },
    }
    const io = captureIO({ fs })
    expect(await runData({ inDir: corpus, outDir: join(dir, 'x'), publicDir: join(dir, 'y'), jobs: 2 }, io)).toBe(1)
    expect(io.err().split('\n').at(-2)).toMatch(new RegExp(`^${join(dir, '(x|y)/facts.csv')}: no space left on device$`))
    expect(io.out()).toBe('')
    for (const f of olds) expect(read(f)).toBe(`old ${f}`)
    expect(tree(join(dir, 'x'))).toEqual(['facts.csv', 'reports.csv'])
    expect(tree(join(dir, 'y'))).toEqual(['facts.csv', 'reports', 'reports.csv', 'reports/old.txt'])
  })
})

describe('progress', () => {
  it('draws a rewritten line when stderr is a terminal, and keeps error lines clean', async () => {
    let bar = ''
    const io = captureIO({ progress: { write: (t) => void (bar += t), columns: 60 } })
    await runData({ inDir: corpus, outDir: join(dir, 't'), publicDir: null, jobs: 2 }, io)
    expect(io.err()).toBe(expectedErrors()) // the progress line never lands in these
    expect(bar).toContain(`${TOWNSHIPS * YEARS + 2} / ${TOWNSHIPS * YEARS + 2} files · `)
    expect(bar.endsWith(CLEAR_LINE)).toBe(true) // cleared before the summary
    expect(bar).not.toContain('\n')
    for (const line of bar.split(CLEAR_LINE)) expect(line.length).toBeLessThanOrEqual(59)
  })

  it('prints nothing but the errors when stderr is not a terminal', async () => {
    const io = captureIO()
    await runData({ inDir: corpus, outDir: join(dir, 'n'), publicDir: null, jobs: 2 }, io)
    expect(io.err()).toBe(expectedErrors())
  })

  const hasScript = spawnSync('script', ['--version']).status === 0
  it.skipIf(!hasScript)('shows the progress line from the entry on a real terminal (pty)', () => {
    const tsx = join(ROOT, 'node_modules/.bin/tsx')
    const cmd = `${tsx} src/cli/dataCommand.ts --in ${corpus} --out ${join(dir, 'pty')} --jobs 2 2>&1`
    const r = spawnSync('script', ['-qec', cmd, '/dev/null'], { cwd: ROOT, encoding: 'utf8' })
    expect(r.stdout).toContain(' files/s · ')
    expect(r.stdout).toContain(CLEAR_LINE)
    expect(existsSync(join(dir, 'pty/reports.csv'))).toBe(true)
  })
})

describe('interrupting', () => {
  it('stops at the next batch when the signal fires: old files kept, no temporaries, exit 130', async () => {
    mkdirSync(join(dir, 'i'), { recursive: true })
    writeFileSync(join(dir, 'i/reports.csv'), 'old')
    const stop = new AbortController()
    let bar = 0
    // fire once a few batches are through, from the progress line (called after each batch)
    const io = captureIO({ progress: { write: () => void (++bar === 3 && stop.abort()), columns: 80 } })
    expect(await runData({ inDir: corpus, outDir: join(dir, 'i'), publicDir: null, jobs: 2, signal: stop.signal }, io)).toBe(130)
    expect(io.err()).toMatch(/interrupted after \d+ of 242 files; nothing written\n$/)
    expect(tree(join(dir, 'i'))).toEqual(['reports.csv'])
    expect(read('i/reports.csv')).toBe('old')
  })

  it('SIGTERM and SIGHUP stop the command like Ctrl-C: old files kept, no temporaries (issue 17 item 10)', async () => {
    // both at once: each run takes a few seconds to start its threads
    await Promise.all(
      (
        [
          ['SIGTERM', 143],
          ['SIGHUP', 129],
        ] as const
      ).map(async ([signal, code]) => {
        const out = join(dir, `sig-${signal}`)
        mkdirSync(out, { recursive: true })
        writeFileSync(join(out, 'reports.csv'), 'old')
        const child = spawn(
          process.execPath,
          ['--import', 'tsx', join(ROOT, 'src/cli/dataCommand.ts'), '--in', corpus, '--out', out, '--jobs', '2'],
          { cwd: ROOT, stdio: 'ignore' },
        )
        const exited = new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)))
        // signal once the staged files exist (the run is writing)
        for (let i = 0; i < 1000 && !readdirSync(out).some((n) => n.endsWith('.tmp')); i++) await new Promise((r) => setTimeout(r, 20))
        expect(readdirSync(out).some((n) => n.endsWith('.tmp'))).toBe(true)
        child.kill(signal)
        expect(await exited).toBe(code)
        expect(tree(out)).toEqual(['reports.csv'])
        expect(readFileSync(join(out, 'reports.csv'), 'utf8')).toBe('old')
      }),
    )
  }, 120_000)

  it('removes temporaries a killed run left, and only those (issue 17 item 10)', async () => {
    const out = join(dir, 'stale')
    mkdirSync(join(out, '.reports.99999999-3.tmp'), { recursive: true })
    writeFileSync(join(out, '.reports.99999999-3.tmp', 'x.txt'), 'left')
    writeFileSync(join(out, '.reports.csv.99999999-1.tmp'), 'half')
    writeFileSync(join(out, `.facts.csv.${process.pid}-1.tmp`), 'a live run of this process')
    writeFileSync(join(out, '.keep.tmp'), 'not ours')
    const io = captureIO()
    await runData({ inDir: join(corpus, 'b'), outDir: out, publicDir: null }, io)
    expect(tree(out).filter((n) => !n.includes('/'))).toEqual([
      `.facts.csv.${process.pid}-1.tmp`,
      '.keep.tmp',
      'facts.csv',
      'manifest.json',
      'reports.csv',
    ])
  }, 60_000)
})
