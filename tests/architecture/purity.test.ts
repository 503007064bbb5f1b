/**
 * Pure core, thin edges: the parser, the dataset contract, the query functions, the quality
 * checks, the chart option builders and the document readers the import worker shares with
 * the commands run in Node, in the page and in workers alike, so
 * nothing they reach, however indirectly, may need Vue, Pinia, the DOM or Node, or read a
 * store. The walker (importGraph.ts) follows run-time imports transitively;
 * importGraph.test.ts shows on fixtures that it and the rules find what this test forbids.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { describeReached, importsOf, reachable, sourceFiles, type Edge } from './importGraph.ts'
import { DOM_GLOBALS, forbidden, globalsUsed, NODE_GLOBALS } from './purityRules.ts'

const ROOT = resolve(import.meta.dirname, '../..')

/** The pure folders and files, each walked from every file it holds. */
const PURE: Record<string, string[]> = {
  parser: sourceFiles(ROOT, 'src/parser'),
  'data contract': ['src/data/schema.ts', 'src/data/csv.ts'],
  query: sourceFiles(ROOT, 'src/query'),
  quality: sourceFiles(ROOT, 'src/quality'),
  charts: sourceFiles(ROOT, 'src/charts'),
  // the readers the import worker shares with the commands (the .doc reader, io/wordDocNode.ts, is Node's)
  'browser-safe io': [
    'src/io/decodeReportBytes.ts',
    'src/io/pdfLayout.ts',
    'src/io/pdfText.ts',
    'src/io/readDocument.ts',
    'src/io/savedPage.ts',
    'src/io/wordText.ts',
    'src/data/pageAt.ts',
  ],
}

/**
 * Imports that break the rules, allowed for a time with a reason. Each is one
 * edge, importer → imported, neither reported nor followed. The last test fails on an entry
 * that no longer matches an import, so none outlives its fix.
 */
// an import a rule forbids but that is allowed for now, with its reason; none today
const KNOWN_EXCEPTIONS: readonly { from: string; to: string }[] = []

const isException = ({ from, to }: Edge) => to.kind === 'file' && KNOWN_EXCEPTIONS.some((x) => x.from === from && x.to === to.path)

describe.each(Object.entries(PURE))('the pure folder %s', (_name, entries) => {
  const reached = reachable(ROOT, entries, isException)

  it('has files to walk', () => {
    expect(entries.length).toBeGreaterThan(0)
  })

  it('reaches no Vue, Pinia, DOM-only module, Node built-in, store or component, however indirectly', () => {
    const bad = reached.flatMap((r) => {
      const why = forbidden(r.target)
      return why ? [`${describeReached(r)}: ${why}`] : []
    })
    expect(bad).toEqual([])
  })

  it('uses no browser or Node globals in any module it reaches', () => {
    const bad = reached.flatMap((r) => {
      if (r.target.kind !== 'file' || !r.target.path.endsWith('.ts')) return []
      const used = globalsUsed(readFileSync(join(ROOT, r.target.path), 'utf8'), [...DOM_GLOBALS, ...NODE_GLOBALS])
      return used.length ? [`${describeReached(r)}: uses ${used.join(', ')}`] : []
    })
    expect(bad).toEqual([])
  })
})

describe('layering', () => {
  it('no file of a pure folder imports stores/ (besides the known exceptions)', () => {
    const direct = Object.values(PURE)
      .flat()
      .flatMap((from) =>
        importsOf(ROOT, from)
          .filter((to) => to.kind === 'file' && to.path.startsWith('src/stores/') && !isException({ from, to }))
          .map((to) => `${from} → ${to.kind === 'file' ? to.path : ''}`),
      )
    expect(direct).toEqual([])
  })

  it('every known exception still names an import that exists, so none outlives its fix', () => {
    const stale = KNOWN_EXCEPTIONS.filter(
      (x) => !existsSync(join(ROOT, x.from)) || !importsOf(ROOT, x.from).some((to) => to.kind === 'file' && to.path === x.to),
    )
    expect(stale).toEqual([])
  })

  it('stores/ holds Pinia stores that import no component or composable, and only components, composables and main.ts import them', () => {
    const app = sourceFiles(ROOT, 'src')
    const wrong = app.flatMap((from) =>
      importsOf(ROOT, from)
        .filter((to) => to.kind === 'file')
        .map((to) => ({ from, to: to.kind === 'file' ? to.path : '' }))
        .filter(({ from, to }) =>
          from.startsWith('src/stores/')
            ? to.startsWith('src/components/') || to.startsWith('src/composables/') || to.endsWith('.vue')
            : to.startsWith('src/stores/') &&
              !(from.startsWith('src/components/') || from.startsWith('src/composables/') || from === 'src/main.ts'),
        )
        .map(({ from, to }) => `${from} → ${to}`),
    )
    expect(wrong).toEqual([])
    // and every file there defines a store
    const notStores = sourceFiles(ROOT, 'src/stores').filter((f) => !/defineStore\(/.test(readFileSync(join(ROOT, f), 'utf8')))
    expect(notStores).toEqual([])
  })
})
