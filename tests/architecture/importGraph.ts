/**
 * The import graph of source files, for the architecture tests: which modules a file reaches,
 * and through which chain of imports. Imports are read with the TypeScript parser, so a
 * type-only import (`import type`, `export type`) counts for nothing: it is erased before the
 * code runs. Dynamic `import('…')` counts (it runs when
 * called), and so does a worker started with `new URL('./x.ts', import.meta.url)`.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import ts from 'typescript'

/** A module a file imports: a file of the repository (relative to `root`) or a package's specifier. */
export type Target = { kind: 'file'; path: string } | { kind: 'package'; specifier: string }

/** An edge of the graph: `from` imports `to`. */
export type Edge = { from: string; to: Target }

/** Every specifier a source text imports at run time, in order of appearance. */
export function runtimeSpecifiers(source: string, fileName = 'module.ts'): string[] {
  const code = fileName.endsWith('.vue') ? vueScripts(source) : source
  const file = ts.createSourceFile(fileName.replace(/\.vue$/, '.ts'), code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS)
  const out: string[] = []
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      if (!isTypeOnlyImport(node)) out.push(node.moduleSpecifier.text)
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      if (!isTypeOnlyExport(node)) out.push(node.moduleSpecifier.text)
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
      const e = node.moduleReference.expression
      if (!node.isTypeOnly && ts.isStringLiteral(e)) out.push(e.text)
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [arg] = node.arguments
      if (arg && ts.isStringLiteralLike(arg)) out.push(arg.text)
    } else if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'URL') {
      // new URL('./x.worker.ts', import.meta.url): Vite bundles the file as a worker
      const [arg, base] = node.arguments ?? []
      if (arg && ts.isStringLiteralLike(arg) && base && base.getText(file) === 'import.meta.url' && /\.[cm]?[jt]s$/.test(arg.text)) {
        out.push(arg.text)
      }
    }
    ts.forEachChild(node, visit)
  }
  visit(file)
  return out
}

/**
 * Only `import type` is erased whole. Under verbatimModuleSyntax (tsconfig.json)
 * `import { type A } from 'x'` still loads 'x' for its side effects, so it counts.
 */
function isTypeOnlyImport(node: ts.ImportDeclaration): boolean {
  return !!node.importClause?.isTypeOnly
}

function isTypeOnlyExport(node: ts.ExportDeclaration): boolean {
  return node.isTypeOnly
}

/** The contents of a single-file component's `<script>` blocks. */
function vueScripts(source: string): string {
  return [...source.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('\n')
}

/** Where `specifier`, imported by the file `from` (relative to `root`), leads. */
export function resolveSpecifier(root: string, from: string, specifier: string): Target {
  const bare = specifier.replace(/[?#].*$/, '') // Vite's ?worker, ?url, ?raw
  if (!bare.startsWith('.') && !bare.startsWith('/')) return { kind: 'package', specifier: bare }
  const absolute = resolve(root, dirname(from), bare)
  const candidates = [absolute, `${absolute}.ts`, `${absolute}/index.ts`]
  const found = candidates.find((c) => existsSync(c) && statSync(c).isFile()) ?? absolute
  return { kind: 'file', path: relative(root, found) }
}

/** The package a specifier names: `echarts/core` → `echarts`, `@vue/shared/x` → `@vue/shared`. */
export function packageName(specifier: string): string {
  const parts = specifier.split('/')
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]
}

/** What a file (relative to `root`) imports at run time, resolved. */
export function importsOf(root: string, path: string): Target[] {
  return runtimeSpecifiers(readFileSync(resolve(root, path), 'utf8'), path).map((s) => resolveSpecifier(root, path, s))
}

/** Every .ts and .vue file under a folder of the repository, type declarations aside; none if it does not exist. */
export function sourceFiles(root: string, dir: string): string[] {
  if (!existsSync(join(root, dir))) return []
  return readdirSync(join(root, dir))
    .sort()
    .flatMap((name) => {
      const path = `${dir}/${name}`
      if (statSync(join(root, path)).isDirectory()) return sourceFiles(root, path)
      return /\.(ts|vue)$/.test(name) && !name.endsWith('.d.ts') ? [path] : []
    })
}

export interface Reached {
  /** the target reached */
  target: Target
  /** the chain of files from an entry to the file importing the target, entry first */
  via: string[]
}

/**
 * Every module reached from `entries` (paths relative to `root`) by run-time imports, each with
 * the first chain that reached it. `skip(edge)` true leaves an edge out: neither reported nor
 * followed. Files not ending in .ts/.vue/.js (JSON, CSS) are reached but not read.
 */
export function reachable(root: string, entries: readonly string[], skip: (edge: Edge) => boolean = () => false): Reached[] {
  const seen = new Map<string, Reached>()
  const queue: { path: string; via: string[] }[] = entries.map((path) => ({ path, via: [] }))
  for (const e of entries) seen.set(`file:${e}`, { target: { kind: 'file', path: e }, via: [] })
  while (queue.length) {
    const { path, via } = queue.shift()!
    if (!/\.(ts|vue|js|mjs)$/.test(path) || !existsSync(resolve(root, path))) continue
    const chain = [...via, path]
    for (const to of importsOf(root, path)) {
      if (skip({ from: path, to })) continue
      const key = to.kind === 'file' ? `file:${to.path}` : `package:${to.specifier}`
      if (seen.has(key)) continue
      seen.set(key, { target: to, via: chain })
      if (to.kind === 'file') queue.push({ path: to.path, via: chain })
    }
  }
  return [...seen.values()]
}

/** A reached module as a line for a failure message: `a.ts → b.ts → vue`. */
export function describeReached(r: Reached): string {
  return [...r.via, r.target.kind === 'file' ? r.target.path : r.target.specifier].join(' → ')
}
