import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { describeReached, reachable, runtimeSpecifiers, sourceFiles, type Reached } from './importGraph.ts'
import { DOM_GLOBALS, forbidden, globalsUsed, NODE_GLOBALS } from './purityRules.ts'

/** A small repository on disk: path → source. */
function fixture(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'import-graph-'))
  for (const [path, source] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true })
    writeFileSync(join(root, path), source)
  }
  roots.push(root)
  return root
}
const roots: string[] = []
afterAll(() => roots.forEach((r) => rmSync(r, { recursive: true, force: true })))

const violations = (reached: Reached[]) => reached.flatMap((r) => (forbidden(r.target) ? [describeReached(r)] : []))

describe('runtimeSpecifiers(source)', () => {
  it('reads static, re-exported, side-effect, dynamic and worker imports, and leaves type-only ones out', () => {
    const source = [
      "import { a } from './a.ts'",
      "import type { T } from './types.ts'",
      "import { type U, b } from './b.ts'",
      "import './side.css'",
      "export * from './all.ts'",
      "export type { V } from './vtypes.ts'",
      "export { c } from './c.ts'",
      "const lazy = () => import('./lazy.ts')",
      "const w = new Worker(new URL('./job.worker.ts', import.meta.url), { type: 'module' })",
      "const picture = new URL('./picture.png', import.meta.url)",
      "// import { x } from './commented.ts'",
    ].join('\n')
    expect(runtimeSpecifiers(source)).toEqual(['./a.ts', './b.ts', './side.css', './all.ts', './c.ts', './lazy.ts', './job.worker.ts'])
  })

  it('reads the script blocks of a single-file component', () => {
    const vue = '<template><p>{{ n }}</p></template>\n<script setup lang="ts">\nimport { ref } from \'vue\'\nconst n = ref(1)\n</script>\n'
    expect(runtimeSpecifiers(vue, 'Panel.vue')).toEqual(['vue'])
  })
})

describe('reachable(root, entries) with the purity rules', () => {
  const root = fixture({
    'src/pure/a.ts': "import { b } from './b.ts'\nimport type { S } from '../stores/typed.ts'\nexport const a = b",
    'src/pure/b.ts': "import { c } from '../lib/c.ts'\nexport const b = c",
    'src/lib/c.ts': "import { ref } from 'vue'\nexport const c = ref(1)",
    'src/pure/clean.ts': "import Papa from 'papaparse'\nimport { d } from './d'\nexport const clean = [Papa, d]",
    'src/pure/d.ts': 'export const d = 1',
    'src/pure/node.ts': "export const load = () => import('node:fs')",
    'src/pure/bareNode.ts': "import { join } from 'path'\nexport const j = join",
    'src/pure/reexport.ts': "export * from '../stores/series.ts'",
    'src/stores/series.ts': "import { defineStore } from 'pinia'\nexport const useX = defineStore('x', {})",
    'src/stores/typed.ts': 'export type S = number',
    'src/pure/panel.ts': "export const load = () => import('../components/Panel.vue')",
    'src/components/Panel.vue': '<script setup lang="ts">\nimport { computed } from \'vue\'\n</script>',
    'src/pure/worker.ts': "export const start = () => new Worker(new URL('../workers/job.ts', import.meta.url))",
    'src/workers/job.ts': 'export {}',
  })

  it('finds Vue two imports away and says through which chain', () => {
    expect(violations(reachable(root, ['src/pure/a.ts']))).toEqual(['src/pure/a.ts → src/pure/b.ts → src/lib/c.ts → vue'])
  })

  it('finds nothing in a module whose imports are all allowed (a package, a file named without its extension)', () => {
    const reached = reachable(root, ['src/pure/clean.ts'])
    expect(reached.map(describeReached)).toEqual([
      'src/pure/clean.ts',
      'src/pure/clean.ts → papaparse',
      'src/pure/clean.ts → src/pure/d.ts',
    ])
    expect(violations(reached)).toEqual([])
  })

  it('finds Node built-ins, with or without node:, also behind a dynamic import', () => {
    expect(violations(reachable(root, ['src/pure/node.ts', 'src/pure/bareNode.ts']))).toEqual([
      'src/pure/node.ts → node:fs',
      'src/pure/bareNode.ts → path',
    ])
  })

  it('finds a store behind a re-export, and Pinia behind the store', () => {
    expect(violations(reachable(root, ['src/pure/reexport.ts']))).toEqual([
      'src/pure/reexport.ts → src/stores/series.ts',
      'src/pure/reexport.ts → src/stores/series.ts → pinia',
    ])
  })

  it('finds components and workers, which need the page', () => {
    expect(violations(reachable(root, ['src/pure/panel.ts', 'src/pure/worker.ts']))).toEqual([
      'src/pure/panel.ts → src/components/Panel.vue',
      'src/pure/worker.ts → src/workers/job.ts',
      'src/pure/panel.ts → src/components/Panel.vue → vue',
    ])
  })

  it('neither reports nor follows an edge it is told to skip (a known exception)', () => {
    const skip = reachable(
      root,
      ['src/pure/a.ts'],
      ({ from, to }) => from === 'src/pure/a.ts' && to.kind === 'file' && to.path === 'src/pure/b.ts',
    )
    expect(violations(skip)).toEqual([])
  })

  it('lists a folder’s source files, and none for a folder that does not exist', () => {
    expect(sourceFiles(root, 'src/stores')).toEqual(['src/stores/series.ts', 'src/stores/typed.ts'])
    expect(sourceFiles(root, 'src/query')).toEqual([])
  })
})

describe('globalsUsed(source, names)', () => {
  const names = [...DOM_GLOBALS, ...NODE_GLOBALS]

  it('finds browser and Node globals used as values', () => {
    expect(globalsUsed('const w = window.innerWidth', names)).toEqual(['window'])
    expect(globalsUsed("if (typeof document !== 'undefined') x()", names)).toEqual(['document'])
    expect(globalsUsed('const home = process.env.HOME', names)).toEqual(['process'])
    expect(globalsUsed("const fs = require('fs')", names)).toEqual(['require'])
    expect(globalsUsed("localStorage['k'] = 1", names)).toEqual(['localStorage'])
  })

  it('ignores the words in comments, strings and as property names', () => {
    expect(
      globalsUsed('// reads window.location\n/* document.body */\nconst s = "window.x"\nconst t = page.document.title', names),
    ).toEqual([])
    expect(globalsUsed('const o = { location: 1 }; o.location.toString()', names)).toEqual([])
    expect(globalsUsed("const kinds = [['PDF document (.pdf)', 1]]", names)).toEqual([])
    expect(globalsUsed('const { document: page } = parseHTML(html)', names)).toEqual([])
  })
})
