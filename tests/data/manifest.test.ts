/**
 * The pair as one generation (issue 17 item 11): `npm run data` writes manifest.json last,
 * naming reports.csv and facts.csv with their sizes and hashes; a failed rename leaves the old
 * manifest and the old pair; the page reads the files the manifest names, reads a pair again
 * when a file is not the manifest's size, refuses one that never is, and reads a folder with
 * no manifest as before.
 */
import { createHash } from 'node:crypto'
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { runData } from '../../src/cli/runData.ts'
import { nodeFileSystem, type FileSystem } from '../../src/io/fileSystem.ts'
import { MANIFEST_FILE, generationOf, readManifest, utf8Length } from '../../src/data/manifest.ts'
import { arrowToColumns } from '../../src/data/arrowColumns.ts'
import { columnsToRecords } from '../../src/data/columns.ts'
import { plainRecords } from './plainRecords.ts'
import { useDatasetStore } from '../../src/stores/dataset.ts'
import { csvToFacts, csvToRecords } from '../../src/data/csv.ts'
import { captureIO, ROOT, tempDir } from '../cli/helpers.ts'

const CORPUS = join(ROOT, 'tests/fixtures/corpus/reports')
const names = readdirSync(CORPUS).sort()

let dir: string
beforeEach(() => {
  dir = tempDir('manifest-')
  setActivePinia(createPinia())
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

function copyCorpus(to: string, only = names) {
  mkdirSync(to, { recursive: true })
  for (const n of only) writeFileSync(join(to, n), readFileSync(join(CORPUS, n)))
}
const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex')
const manifestOf = (folder: string) => readManifest(JSON.parse(readFileSync(join(folder, MANIFEST_FILE), 'utf8')))!

/** The page's fetch of a folder on disk: the query dropped, a missing file thrown as a 404. */
function folderFetch(folder: string, asked: string[] = [], change?: (name: string) => void) {
  return async (url: string) => {
    asked.push(url)
    const name = url.slice(url.lastIndexOf('/') + 1).replace(/\?.*$/, '')
    change?.(name)
    try {
      return readFileSync(join(folder, name), 'utf8')
    } catch {
      throw new Error('HTTP 404')
    }
  }
}

describe('npm run data writes a generation', () => {
  it('names both files in manifest.json with their sizes and hashes, in data/ and public/data/ alike', async () => {
    copyCorpus(join(dir, 'in'))
    expect(await runData({ inDir: join(dir, 'in'), outDir: join(dir, 'out'), publicDir: join(dir, 'pub') }, captureIO())).toBe(0)
    for (const folder of ['out', 'pub']) {
      const m = manifestOf(join(dir, folder))
      expect(m).not.toBeNull()
      for (const kind of ['reports', 'facts'] as const) {
        const path = join(dir, folder, `${kind}.csv`)
        expect(m.files[kind]).toEqual({ name: `${kind}.csv`, bytes: readFileSync(path).byteLength, sha256: sha(path) })
      }
    }
    expect(readFileSync(join(dir, 'pub', MANIFEST_FILE), 'utf8')).toBe(readFileSync(join(dir, 'out', MANIFEST_FILE), 'utf8'))
    // the same input, the same generation (an unchanged dataset keeps its cached files)
    const first = manifestOf(join(dir, 'out')).generation
    await runData({ inDir: join(dir, 'in'), outDir: join(dir, 'out'), publicDir: null }, captureIO())
    expect(manifestOf(join(dir, 'out')).generation).toBe(first)
  })

  it('a failed second rename leaves the previous manifest in force, and the page reads the consistent old pair', async () => {
    copyCorpus(join(dir, 'in'), names.slice(0, 2))
    const out = join(dir, 'out')
    await runData({ inDir: join(dir, 'in'), outDir: out, publicDir: null }, captureIO())
    const before = Object.fromEntries(['reports.csv', 'facts.csv', MANIFEST_FILE].map((f) => [f, readFileSync(join(out, f), 'utf8')]))
    // a new run with more reports; the new facts.csv cannot go in (open in Excel on Windows)
    copyCorpus(join(dir, 'in'))
    const target = join(out, 'facts.csv')
    let refused = false
    const fs: FileSystem = {
      ...nodeFileSystem,
      rename: async (from, to) => {
        if (to === target && from.includes('.facts.csv.') && !refused) {
          refused = true
          throw Object.assign(new Error('EBUSY'), { code: 'EBUSY' })
        }
        return nodeFileSystem.rename(from, to)
      },
    }
    const io = captureIO({ fs })
    expect(await runData({ inDir: join(dir, 'in'), outDir: out, publicDir: null }, io)).toBe(1)
    expect(refused).toBe(true)
    for (const [f, text] of Object.entries(before)) expect(readFileSync(join(out, f), 'utf8')).toBe(text)
    expect(readdirSync(out).sort()).toEqual(['facts.csv', MANIFEST_FILE, 'reports.csv'])
    const m = manifestOf(out)
    expect(m.files.reports.sha256).toBe(sha(join(out, 'reports.csv')))
    expect(m.files.facts.sha256).toBe(sha(join(out, 'facts.csv')))

    const asked: string[] = []
    const store = useDatasetStore()
    await store.load({ baseUrl: '/data/', fetchText: folderFetch(out, asked) })
    expect(store.status).toBe('ready')
    expect(store.errors).toEqual([])
    expect(store.records).toHaveLength(2)
    // the manifest first, then the files it names with its generation
    expect(asked[0]).toBe('/data/manifest.json')
    expect(asked.slice(1).sort()).toEqual([`/data/facts.csv?g=${m.generation}`, `/data/reports.csv?g=${m.generation}`])
  })
})

describe('the page reads one generation', () => {
  /** two runs' outputs, made once: `old` (two reports) and `next` (all of them) */
  let runs: string
  let old: string
  let next: string
  beforeAll(async () => {
    runs = tempDir('manifest-runs-')
    copyCorpus(join(runs, 'in1'), names.slice(0, 2))
    copyCorpus(join(runs, 'in2'))
    old = join(runs, 'old')
    next = join(runs, 'next')
    await runData({ inDir: join(runs, 'in1'), outDir: old, publicDir: null }, captureIO())
    await runData({ inDir: join(runs, 'in2'), outDir: next, publicDir: null }, captureIO())
  })
  afterAll(() => rmSync(runs, { recursive: true, force: true }))

  it('reads the pair again when reports.csv was replaced after the manifest was read, and gets the new pair whole', async () => {
    const live = join(dir, 'live')
    mkdirSync(live)
    for (const f of ['reports.csv', 'facts.csv', MANIFEST_FILE]) writeFileSync(join(live, f), readFileSync(join(old, f)))
    let reads = 0
    // the run commits right after the page took the old manifest: new CSVs, then the new manifest
    const commitNext = (name: string) => {
      if (name === 'reports.csv' && reads++ === 0) for (const f of ['reports.csv', 'facts.csv', MANIFEST_FILE]) writeFileSync(join(live, f), readFileSync(join(next, f)))
    }
    const asked: string[] = []
    const store = useDatasetStore()
    await store.load({ baseUrl: '/d/', fetchText: folderFetch(live, asked, commitNext) })
    expect(store.errors).toEqual([])
    expect(store.status).toBe('ready')
    expect(store.records).toHaveLength(names.length)
    expect(asked.filter((u) => u.endsWith(MANIFEST_FILE))).toHaveLength(2)
    // and the facts of that same run
    expect(store.facts).toHaveLength(csvToFacts(readFileSync(join(next, 'facts.csv'), 'utf8')).rows.length)
  })

  it('refuses a pair that never matches its manifest, saying why, rather than show reports of one run with facts of another', async () => {
    const mixed = join(dir, 'mixed')
    mkdirSync(mixed)
    writeFileSync(join(mixed, MANIFEST_FILE), readFileSync(join(old, MANIFEST_FILE)))
    writeFileSync(join(mixed, 'reports.csv'), readFileSync(join(old, 'reports.csv')))
    writeFileSync(join(mixed, 'facts.csv'), readFileSync(join(next, 'facts.csv')))
    const store = useDatasetStore()
    await store.load({ baseUrl: '/d/', fetchText: folderFetch(mixed) })
    expect(store.status).toBe('error')
    expect(store.records).toEqual([])
    expect(store.errors.some((e) => e.file === 'facts.csv' && e.code === 'not_this_generation')).toBe(true)
  })

  it('reads a folder without a manifest (an earlier version’s) as before, by the plain names', async () => {
    const legacy = join(dir, 'legacy')
    mkdirSync(legacy)
    for (const f of ['reports.csv', 'facts.csv']) writeFileSync(join(legacy, f), readFileSync(join(old, f)))
    const asked: string[] = []
    const store = useDatasetStore()
    await store.load({ baseUrl: '/d/', fetchText: folderFetch(legacy, asked) })
    expect(store.status).toBe('ready')
    expect(store.records).toHaveLength(2)
    expect(asked.sort()).toEqual(['/d/facts.csv', '/d/manifest.json', '/d/reports.csv'])
  })

  it('ignores a manifest it cannot read, and counts UTF-8 bytes as the file has them', () => {
    expect(readManifest({ format: 2 })).toBeNull()
    expect(readManifest({ format: 1, generation: 'x', files: { reports: { name: '../a.csv', bytes: 1, sha256: '0'.repeat(64) }, facts: { name: 'facts.csv', bytes: 1, sha256: '0'.repeat(64) } } })).toBeNull()
    expect(utf8Length('a镇😀')).toBe(Buffer.byteLength('a镇😀'))
  })
})

describe('npm run data writes reports.arrow for a large set', () => {
  it('beside reports.csv in both folders, in the same generation, listed in the manifest, with the same records', async () => {
    copyCorpus(join(dir, 'in'))
    // the corpus is small: the threshold lowered, as a national set passes it
    expect(await runData({ inDir: join(dir, 'in'), outDir: join(dir, 'out'), publicDir: join(dir, 'pub'), arrowMinBytes: 0 }, captureIO())).toBe(0)
    for (const folder of ['out', 'pub']) {
      const path = join(dir, folder, 'reports.arrow')
      const m = manifestOf(join(dir, folder))
      expect(m.files.arrow).toEqual({ name: 'reports.arrow', bytes: readFileSync(path).byteLength, sha256: sha(path) })
      expect(generationOf(m).arrow).toEqual({ name: `reports.arrow?g=${m.generation}`, bytes: readFileSync(path).byteLength })
      const fromArrow = plainRecords(columnsToRecords(arrowToColumns(new Uint8Array(readFileSync(path)))))
      const fromCsv = csvToRecords(readFileSync(join(dir, folder, 'reports.csv'), 'utf8'))
      expect(fromCsv.errors).toEqual([])
      expect(fromArrow).toEqual(fromCsv.rows)
      expect(fromArrow.length).toBe(names.length)
    }
    // no temporaries left: the arrow file was staged with the pair
    expect(readdirSync(join(dir, 'out')).filter((n) => n.endsWith('.tmp'))).toEqual([])
  })

  it('writes none for a small set (the embedded dataset), and its manifest names only the pair', async () => {
    copyCorpus(join(dir, 'in'))
    expect(await runData({ inDir: join(dir, 'in'), outDir: join(dir, 'out'), publicDir: join(dir, 'pub') }, captureIO())).toBe(0)
    for (const folder of ['out', 'pub']) {
      expect(readdirSync(join(dir, folder))).not.toContain('reports.arrow')
      const m = manifestOf(join(dir, folder))
      expect(Object.keys(m.files).sort()).toEqual(['facts', 'reports'])
      expect(JSON.parse(readFileSync(join(dir, folder, MANIFEST_FILE), 'utf8')).files.arrow).toBeUndefined()
    }
  })
})
