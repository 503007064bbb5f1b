/**
 * A whole web page saved from a browser → the report it shows.
 *
 * Saved pages carry the site around the report: header and menus with dozens of links,
 * breadcrumbs (当前位置：首页 > 政务公开 > …), the 发布日期/来源/字体/分享 line, related links
 * naming other townships and years, and a footer (主办单位：XX县人民政府, ICP 备案, 网站标识码).
 * Read whole, that chrome cost the parser a quarter of the values (tests/bench/savedPages.ts:
 * 76.8% → 58.1% of stated values on the development corpus, 100% → 69.2% on the seed reports).
 * Mozilla's Readability, the Firefox reader view's extraction, finds the article body; over
 * linkedom (a DOM in plain JS, so it runs in Node and in the import worker, which has no
 * DOMParser) it gave back exactly the plain texts' scores. The body then goes through
 * htmlToText, so tables stay rows of ` |` cells.
 *
 * The page title is kept as the first line: it often alone names the township and year. The
 * page's 发布日期 line is not brought back when Readability leaves it out: a page republished
 * years later (a 2014 report on a 2017 page) would lend the parser its date, and adding it
 * cost two values on the development corpus (one year taken from the page's date).
 */
import type { Readability as ReadabilityClass } from '@mozilla/readability'
import type { parseHTML as ParseHtml } from 'linkedom'
import { htmlToText } from '../parser/htmlToText.ts'

export interface PageLibraries {
  Readability: typeof ReadabilityClass
  parseHTML: typeof ParseHtml
}

/** Loads Readability and linkedom (only when a page arrives: they stay out of start-up code). */
export async function loadPageLibraries(): Promise<PageLibraries> {
  const [{ Readability }, { parseHTML }] = await Promise.all([import('@mozilla/readability'), import('linkedom')])
  return { Readability, parseHTML }
}

/**
 * Readability's scoring walks the tree again and again, so its time grows far faster than a
 * deeply nested page (docs/measurements.md). Real pages nest a few dozen elements deep and
 * hold a few thousand; past these limits (or the size) the page is read whole by htmlToText,
 * which is linear.
 */
const MAX_PAGE_CHARS = 8_000_000
const MAX_DEPTH = 80
const MAX_ELEMENTS = 15_000

interface Node {
  children?: ArrayLike<Node>
}

/** Start tags in the markup, counted up to `limit` (before building a DOM, itself slow when deep). */
function startTags(html: string, limit: number): number {
  const tag = /<[a-zA-Z]/g
  let n = 0
  while (tag.exec(html) && n <= limit) n++
  return n
}

/** True when the tree stays within MAX_DEPTH and MAX_ELEMENTS (an iterative walk). */
function withinLimits(root: Node): boolean {
  const stack: [Node, number][] = [[root, 0]]
  let elements = 0
  while (stack.length) {
    const [node, depth] = stack.pop()!
    if (++elements > MAX_ELEMENTS || depth > MAX_DEPTH) return false
    const children = node.children
    if (children) for (let i = 0; i < children.length; i++) stack.push([children[i], depth + 1])
  }
  return true
}

/** True when the markup is a whole page (has a body), not a fragment such as a lone table. */
export function isWholePage(html: string): boolean {
  return /<body[\s>]/i.test(html.slice(0, 1 << 20))
}

/** `页面标题_示范县人民政府` → `页面标题`: the site's name after the last separator goes. */
function withoutSiteName(title: string): string {
  const m = /^(.{6,}?)\s*(?:[_|｜]|\s[-–—]\s)[^_|｜]*$/.exec(title.trim())
  return (m ? m[1] : title).trim()
}

/**
 * The report text of a whole saved page, or htmlToText of all of it when Readability finds no
 * article (a bare report page whose body is the report is also an article, so it is kept whole).
 */
export function reportFromSavedPage(html: string, libraries: PageLibraries): string {
  if (!isWholePage(html) || html.length > MAX_PAGE_CHARS || startTags(html, MAX_ELEMENTS) > MAX_ELEMENTS) return htmlToText(html)
  let article: { title?: string | null; content?: string | null } | null
  try {
    const { document: page } = libraries.parseHTML(html)
    if (!withinLimits(page.documentElement as unknown as Node)) return htmlToText(html)
    article = new libraries.Readability(page as unknown as Document, { charThreshold: 100 }).parse()
  } catch {
    article = null
  }
  if (!article?.content) return htmlToText(html)
  const body = htmlToText(article.content)
  if (!body.trim()) return htmlToText(html)
  const title = withoutSiteName(article.title ?? '')
  return title && !body.slice(0, 400).includes(title) ? `${title}\n${body}` : body
}
