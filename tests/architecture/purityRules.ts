/**
 * What a pure module may not reach (purity.test.ts applies it to the pure folders):
 * Vue and the page, Node, and the stores.
 */
import { builtinModules } from 'node:module'
import ts from 'typescript'
import { packageName, type Target } from './importGraph.ts'

const NODE_BUILTINS = new Set(builtinModules)
/** Packages made for Vue: a pure module may reach none of them. */
const VUE_PACKAGES = /^(vue|pinia|vue-echarts|vue-router|@vue\/.*|@vueuse\/.*)$/
/** Repository modules that need a page: components, composables, workers, the app's entry. */
const DOM_ONLY_FILES = /^src\/(components|composables|workers)\/|\.vue$|^src\/(main|router)\.ts$/

/** Browser globals a pure module may not touch. */
export const DOM_GLOBALS = ['document', 'window', 'localStorage', 'sessionStorage', 'indexedDB', 'navigator', 'location'] as const
/** Node's globals, which the page does not have. */
export const NODE_GLOBALS = ['process', 'Buffer', '__dirname', '__filename', 'require'] as const

/** Why a reached module is forbidden to a pure folder, or null when it is allowed. */
export function forbidden(target: Target): string | null {
  if (target.kind === 'package') {
    const name = packageName(target.specifier)
    if (target.specifier.startsWith('node:') || NODE_BUILTINS.has(name)) return 'a Node built-in'
    if (VUE_PACKAGES.test(name)) return 'Vue'
    return null
  }
  if (target.path.startsWith('src/stores/')) return 'a store module (pure code may not import stores/)'
  if (target.path.startsWith('src/components/')) return 'a component'
  if (DOM_ONLY_FILES.test(target.path)) return 'a module that needs the page (DOM)'
  return null
}

/**
 * Globals from `names` that a source uses as values: `document.x`, `window[…]`, `require(…)`,
 * `typeof window`. Read with the TypeScript parser, so comments, strings and property names
 * (`page.document`, `{ location: 1 }`) do not count.
 */
export function globalsUsed(source: string, names: readonly string[]): string[] {
  const file = ts.createSourceFile('module.ts', source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS)
  const found = new Set<string>()
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node) && names.includes(node.text) && usedAsValue(node)) found.add(node.text)
    ts.forEachChild(node, visit)
  }
  visit(file)
  return names.filter((n) => found.has(n))
}

function usedAsValue(id: ts.Identifier): boolean {
  const p = id.parent
  return (
    ((ts.isPropertyAccessExpression(p) || ts.isElementAccessExpression(p) || ts.isCallExpression(p)) && p.expression === id) ||
    ts.isTypeOfExpression(p)
  )
}
