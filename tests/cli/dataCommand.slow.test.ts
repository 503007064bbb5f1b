import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { runData } from '../../src/cli/runData.ts'
import { csvToFacts, csvToRecords } from '../../src/data/csv.ts'
import { nodeFileSystem, type FileSystem } from '../../src/io/fileSystem.ts'
import { encodeGbk } from '../io/encodings.ts'
import { ROOT, captureIO, runEntry, tempDir } from './helpers.ts'

const CORPUS = join(ROOT, 'tests/fixtures/corpus/reports')
const names = readdirSync(CORPUS).sort()

let dir: string
beforeEach(() => {
  dir = tempDir('data-command-')
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

function copyCorpus(to: string) {
  mkdirSync(to, { recursive: true })
  for (const n of names) writeFileSync(join(to, n), readFileSync(join(CORPUS, n)))
}

const read = (...p: string[]) => readFileSync(join(dir, ...p), 'utf8')

describe('runData', () => {
  it('builds reports.csv, facts.csv and the public copy with every decoded text', async () => {
    copyCorpus(join(dir, 'in'))
    writeFileSync(join(dir, 'in/gbk.txt'), encodeGbk('泉阳镇2018年政府信息公开工作年度报告\n主动公开政府信息12条。\n'))
    const io = captureIO()
    const code = await runData({ inDir: join(dir, 'in'), outDir: join(dir, 'out'), publicDir: join(dir, 'pub') }, io)
    expect(io.err()).toBe('')
    expect(code).toBe(0)
    const reports = csvToRecords(read('out/reports.csv'))
    expect(reports.errors).toEqual([])
    expect(reports.rows.map((r) => r.source)).toEqual([...names, 'gbk.txt'])
    expect(csvToFacts(read('out/facts.csv')).errors).toEqual([])
    expect(read('pub/reports.csv')).toBe(read('out/reports.csv'))
    expect(read('pub/facts.csv')).toBe(read('out/facts.csv'))
    expect(readdirSync(join(dir, 'pub/reports')).sort()).toEqual(['gbk.txt', ...names].sort())
    expect(read('pub/reports', names[0])).toBe(readFileSync(join(CORPUS, names[0]), 'utf8'))
    expect(read('pub/reports/gbk.txt')).toBe('泉阳镇2018年政府信息公开工作年度报告\n主动公开政府信息12条。\n')
    expect(io.out()).toBe(
      `6 reports, ${csvToFacts(read('out/facts.csv')).rows.length} facts written to ${join(dir, 'out')} and ${join(dir, 'pub')}\n`,
    )
  })

  it('gives the same files on a second run (stable ids, stable order)', async () => {
    copyCorpus(join(dir, 'in'))
    const options = { inDir: join(dir, 'in'), outDir: join(dir, 'out'), publicDir: null }
    await runData(options, captureIO())
    const first = read('out/reports.csv') + read('out/facts.csv')
    await runData(options, captureIO())
    expect(read('out/reports.csv') + read('out/facts.csv')).toBe(first)
  })

  it('leaves the bad file out, says why and exits 1', async () => {
    copyCorpus(join(dir, 'in'))
    writeFileSync(join(dir, 'in/zz_empty.txt'), '')
    const io = captureIO()
    expect(await runData({ inDir: join(dir, 'in'), outDir: join(dir, 'out'), publicDir: null }, io)).toBe(1)
    expect(io.err()).toBe(`${join(dir, 'in/zz_empty.txt')}: empty file\n`)
    expect(csvToRecords(read('out/reports.csv')).rows).toHaveLength(names.length)
  })

  it('writes nothing when no report parsed, keeping the old files', async () => {
    mkdirSync(join(dir, 'out'))
    writeFileSync(join(dir, 'out/reports.csv'), 'old reports')
    const io = captureIO()
    expect(await runData({ inDir: join(dir, 'missing'), outDir: join(dir, 'out'), publicDir: null }, io)).toBe(1)
    expect(io.err()).toBe(
      `${join(dir, 'missing')}: no such file or directory\n${join(dir, 'missing')}: no report parsed; nothing written\n`,
    )
    expect(readdirSync(join(dir, 'out'))).toEqual(['reports.csv'])
    expect(read('out/reports.csv')).toBe('old reports')
  })

  it('leaves every old file intact when a write fails part way', async () => {
    copyCorpus(join(dir, 'in'))
    for (const f of ['out/reports.csv', 'out/facts.csv', 'pub/reports.csv', 'pub/facts.csv', 'pub/reports/old.txt']) {
      mkdirSync(join(dir, f, '..'), { recursive: true })
      writeFileSync(join(dir, f), `old ${f}`)
    }
    const fs: FileSystem = {
      ...nodeFileSystem,
      writeFile: async (path, data) => {
        if (path.includes('003_jintang')) throw Object.assign(new Error('full'), { code: 'ENOSPC' })
        return nodeFileSystem.writeFile(path, data)
      },
    }
    const io = captureIO({ fs })
    expect(await runData({ inDir: join(dir, 'in'), outDir: join(dir, 'out'), publicDir: join(dir, 'pub') }, io)).toBe(1)
    expect(io.err()).toBe(`${join(dir, 'pub/reports/003_jintang_2018.txt')}: no space left on device\n`)
    for (const f of ['out/reports.csv', 'out/facts.csv', 'pub/reports.csv', 'pub/facts.csv', 'pub/reports/old.txt']) {
      expect(read(f)).toBe(`old ${f}`)
    }
    expect(readdirSync(join(dir, 'out'))).toEqual(['facts.csv', 'reports.csv'])
    expect(readdirSync(join(dir, 'pub')).sort()).toEqual(['facts.csv', 'reports', 'reports.csv'])
  })

  it('refuses a second file of the same name from another subfolder', async () => {
    copyCorpus(join(dir, 'in/a'))
    mkdirSync(join(dir, 'in/b'))
    writeFileSync(join(dir, 'in/b', names[0]), readFileSync(join(CORPUS, names[1])))
    const io = captureIO()
    expect(await runData({ inDir: join(dir, 'in'), outDir: join(dir, 'out'), publicDir: null }, io)).toBe(1)
    expect(io.err()).toBe(
      `${join(dir, 'in/b', names[0])}: same file name as ${join(dir, 'in/a', names[0])}; left out (the source column must be unique)\n`,
    )
  })
})

describe('data command (the entry)', () => {
  it('builds into --out without touching public/, and exits 2 on a stray argument', () => {
    const r = runEntry('src/cli/dataCommand.ts', ['--in', CORPUS, '--out', join(dir, 'o')])
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    expect(readdirSync(join(dir, 'o')).sort()).toEqual(['facts.csv', 'manifest.json', 'reports.csv'])
    expect(existsSync(join(dir, 'o/reports'))).toBe(false)
    const bad = runEntry('src/cli/dataCommand.ts', ['extra'])
    expect(bad.code).toBe(2)
    expect(bad.stderr).toMatch(/^data: unexpected argument "extra"\nusage:/)
    expect(runEntry('src/cli/dataCommand.ts', ['--in']).code).toBe(2)
    const jobs = runEntry('src/cli/dataCommand.ts', ['--jobs', '0'])
    expect(jobs.code).toBe(2)
    expect(jobs.stderr).toMatch(/^data: --jobs needs a whole number ≥ 1, got "0"\n/)
  })
})

describe('plain lines for Node errors (issue 17 item 16)', () => {
  it('says a file where the output folder should be, and a name too long, in one line each, exit 1', () => {
    const dir = tempDir('plain-')
    writeFileSync(join(dir, 'afile'), 'x')
    const onFile = runEntry('src/cli/dataCommand.ts', ['--in', 'tests/fixtures/corpus/reports', '--out', join(dir, 'afile')])
    expect(onFile.code).toBe(1)
    expect(onFile.stderr).toBe(`${join(dir, 'afile')}: not a folder\n`)
    const long = join(dir, 'a'.repeat(300))
    const tooLong = runEntry('src/cli/dataCommand.ts', ['--in', 'tests/fixtures/corpus/reports', '--out', long])
    expect(tooLong.code).toBe(1)
    expect(tooLong.stderr).toBe(`${join(long, 'reports.csv')}: file name too long\n`)
  }, 60_000)

  it('synth: a folder it cannot write is one plain line (no stack trace), wrong usage exit 2', () => {
    const bad = runEntry('tools/synth/synthCommand.ts', ['--townships', '2', '--years', '1', '--out', '/dev/null/x'])
    expect(bad.code).toBe(1)
    expect(bad.stderr).toBe('synth: /dev/null/x: not a directory\n')
    const usage = runEntry('tools/synth/synthCommand.ts', ['--townships', 'many'])
    expect(usage.code).toBe(2)
    expect(usage.stderr).toBe('synth: --townships needs an integer ≥ 1, got many\n')
  }, 60_000)
})
