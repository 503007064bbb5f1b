import { Parser } from 'htmlparser2'

/**
 * HTML report pages → the plain-text shape the parser reads.
 *
 * - Block elements (p, div, h1…, li, tr, br …) become line breaks; runs of HTML whitespace
 *   collapse to one space, as a browser shows them.
 * - Every table cell (td/th) becomes its own line ending in ` |`, the flattened-table shape of
 *   the text corpus (`规章 |`, `0 |`). A cell holding only &nbsp; or nothing is kept as an empty
 *   cell (` |`), so the cells after it stay in their columns.
 * - Entities are decoded; script, style, noscript, template and head metadata are dropped; the
 *   <title> is kept as a line because report pages often name the report only there.
 *
 * Pure module: htmlparser2 is a plain-JS tokenizer, so this runs in Node and in the browser.
 */

const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'br',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'html',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'tfoot',
  'thead',
  'title',
  'tr',
  'ul',
])
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'object', 'iframe'])
const CELL = new Set(['td', 'th'])
/** Open elements beyond which the reader starts afresh (real pages nest a few dozen deep). */
const MAX_DEPTH = 256

/** HTML whitespace (not NBSP or the ideographic space, which are content). */
const HTML_SPACE = /[ \t\n\r\f]+/g
const EDGE_SPACE = /^[ \t\n\r\f\u00a0\u3000]+|[ \t\n\r\f\u00a0\u3000]+$/g

/** Index just past leading whitespace, an XML declaration and comments (-1: one is unclosed). */
function afterPrologue(text: string): number {
  const skipSpace = (i: number) => {
    while (i < text.length && /\s/.test(text[i])) i++
    return i
  }
  let i = skipSpace(0)
  if (text.startsWith('<?xml', i)) {
    const end = text.indexOf('>', i)
    if (end < 0) return -1
    i = skipSpace(end + 1)
  }
  // one indexOf per comment: a pattern like (<!--[\s\S]*?-->\s*)* backtracks exponentially
  // over a run of comments that is not followed by a doctype
  while (text.startsWith('<!--', i)) {
    const end = text.indexOf('-->', i + 4)
    if (end < 0) return -1
    i = skipSpace(end + 3)
  }
  return i
}

/** True when the text is an HTML document or fragment rather than plain text. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 65536)
  const start = afterPrologue(head)
  if (start >= 0 && /^(<!doctype\s+html|<(html|head|body|meta|table|div|p)[\s>])/i.test(head.slice(start, start + 64))) return true
  // A page without a doctype: several real tags, not a stray "<10" in running text.
  const tags = head.match(/<\/?(html|body|div|p|table|tr|td|th|br|span|h[1-6])(\s[^<>]*)?\/?>/gi)
  return (tags?.length ?? 0) >= 5
}

/** Reduce HTML to text lines; see the module comment for the shape. */
export function htmlToText(html: string): string {
  const lines: string[] = []
  let line = '' // text of the current block line
  let skipDepth = 0
  let preDepth = 0
  /** Text of the open table cells, innermost last (nested tables flush the outer cell). */
  const cells: string[] = []

  const append = (raw: string) => {
    if (cells.length) {
      cells[cells.length - 1] += raw.replace(/[\r\n]+/g, ' ')
    } else if (preDepth) {
      const parts = raw.split(/\r?\n|\r/)
      line += parts[0]
      for (let i = 1; i < parts.length; i++) {
        breakLine()
        line = parts[i]
      }
    } else {
      line += raw
    }
  }
  const clean = (s: string) => s.replace(HTML_SPACE, ' ').replace(EDGE_SPACE, '')
  function breakLine() {
    const text = preDepth ? line.replace(/\s+$/, '') : clean(line)
    if (text) lines.push(text)
    line = ''
  }
  const breakInCell = () => {
    // a <p>/<br> inside a cell separates words, it does not end the cell
    if (cells.length) cells[cells.length - 1] += ' '
    else breakLine()
  }

  /** Elements open in the current parser; past MAX_DEPTH it is replaced by a fresh one. */
  let depth = 0
  let overflowed = false
  let parser: Parser | null = null
  const callbacks = {
    onopentag(name: string) {
      if (overflowed) return
      if (++depth > MAX_DEPTH) {
        overflowed = true
        parser?.pause()
        return
      }
      if (skipDepth || SKIP.has(name)) {
        skipDepth++
        return
      }
      if (CELL.has(name)) {
        breakLine()
        if (cells.length) {
          const outer = clean(cells[cells.length - 1])
          if (outer) lines.push(outer)
          cells[cells.length - 1] = ''
        }
        cells.push('')
      } else if (name === 'pre') {
        breakInCell()
        preDepth++
      } else if (BLOCK.has(name)) {
        breakInCell()
      }
    },
    ontext(data: string) {
      if (!skipDepth && !overflowed) append(data)
    },
    onclosetag(name: string) {
      if (overflowed) return
      depth--
      if (skipDepth) {
        skipDepth--
        return
      }
      if (CELL.has(name)) {
        if (cells.length) lines.push(`${clean(cells.pop() ?? '')} |`)
      } else if (name === 'pre') {
        breakInCell()
        if (preDepth) preDepth--
      } else if (BLOCK.has(name)) {
        breakInCell()
      }
    },
  }
  let rest = html
  for (;;) {
    depth = 0
    overflowed = false
    parser = new Parser(callbacks, { decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: true })
    parser.write(rest)
    if (!overflowed) {
      parser.end() // closes every element still open, so unclosed cells are emitted too
      break
    }
    // Nesting this deep is no page layout (a 1 MB run of <table>): htmlparser2 keeps its open
    // elements with Array#unshift, quadratic in the depth. Close what is open here and read
    // the rest with a fresh parser, so the time stays linear and no text is lost.
    while (cells.length) lines.push(`${clean(cells.pop() ?? '')} |`)
    breakLine()
    skipDepth = 0
    preDepth = 0
    rest = rest.slice(parser.endIndex + 1)
  }
  breakLine()
  return lines.join('\n') + (lines.length ? '\n' : '')
}
