/**
 * reports.csv text → columns without PapaParse for the plain rows: a hand-written scanner over
 * the string (charCodeAt), numbers read from the char codes in place, text cells compared with
 * the previous row's value before anything is sliced (ten years of a township repeat its
 * names, level, template and unit), then looked up by a hash of their chars; only report_id,
 * source and new names are sliced. About 2× PapaParse's step mode + ReportColumnsBuilder.row
 * on the synthetic 380,000-row file in Node (42 MB half: ~0.45–0.55 s against ~1.0 s on
 * this 2-core machine); the rest of the time is the columns themselves and the GC of the ids.
 *
 * The results are those of the PapaParse path (parseColumnsWithPapa), byte for byte: the rows
 * and their numbers, the columns and dictionaries, every error and `unterminatedQuote`
 * (tests/data/scanColumns.slow.test.ts). Anything the scanner does not take as it is goes the old
 * way: a row with a quote to PapaParse (that line alone when it parses cleanly on its own,
 * else the rest of the piece, since a quoted cell may run across lines), a row with the wrong
 * cell count, a bad number, an unknown level or template or an empty id to
 * ReportColumnsBuilder.row, which writes the error. The line breaks are PapaParse's guess for
 * the piece (guessNewline), as before.
 *
 * Pure apart from PapaParse: no DOM.
 */
import Papa from 'papaparse'
import { ReportColumnsBuilder, SKIP_CELL, TEXT_FIELDS, UNIQUE, YEAR_K, readNumber } from './columns.ts'
import { MAX_CELL_CHARS, NUMBER_COLUMNS, isYearInRange, textCellProblem } from './schema.ts'

const COMMA = 44
const NN = NUMBER_COLUMNS.length
const NT = TEXT_FIELDS.length
const BOM = 0xfeff

/** per TEXT_FIELDS entry: what row() checks on it */
const UNIQUE_TEXT = TEXT_FIELDS.map((c) => UNIQUE.has(c))
const IS_WARNINGS = TEXT_FIELDS.map((c) => c === 'warnings')
const IS_ID = TEXT_FIELDS.map((c) => c === 'report_id')

/**
 * PapaParse's line-break guess for a text (its guessLineEndings, 5.7.1), [from, end): the
 * first MB, quoted parts removed, '\n' unless '\r' comes first, then '\r\n' if at least half the
 * '\r' have a '\n' after them, else '\r'.
 */
export function guessNewline(text: string, from = 0, end = text.length): '\n' | '\r\n' | '\r' {
  let input = text.substring(from, Math.min(end, from + 1024 * 1024))
  if (input.indexOf('\r') < 0) return '\n' // removing quoted parts cannot add one
  input = input.replace(/"([^]*?)"/gm, '')
  const r = input.split('\r')
  const n = input.split('\n')
  if (r.length === 1 || (n.length > 1 && n[0].length < r[0].length)) return '\n'
  let withN = 0
  for (let i = 0; i < r.length; i++) if (r[i][0] === '\n') withN++
  return withN >= r.length / 2 ? '\r\n' : '\r'
}

/** `s` found in `text` at `at` (the caller has checked the length fits). */
function sameText(text: string, at: number, s: string): boolean {
  for (let i = 0; i < s.length; i++) if (text.charCodeAt(at + i) !== s.charCodeAt(i)) return false
  return true
}

/** The scanner's hash of a text cell (computed as it reads the cell's chars). */
function hashOf(s: string): number {
  let h = 0
  for (let i = 0; i < s.length; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0
  return h
}

/** Hash → code, open addressing: a Map<number, number> cost more than the rest of a cell. */
class CodeByHash {
  private keys = new Int32Array(64)
  private codes = new Int32Array(64).fill(-1)
  private size = 0

  /** The code added under `hash`, or -1. */
  get(hash: number): number {
    const mask = this.keys.length - 1
    for (let i = hash & mask; ; i = (i + 1) & mask) {
      const code = this.codes[i]
      if (code < 0 || this.keys[i] === hash) return code
    }
  }

  /** Keeps the first code under a hash (a value with the same hash is found by its text). */
  add(hash: number, code: number): void {
    if (this.get(hash) >= 0) return
    if (2 * (this.size + 1) > this.keys.length) this.grow()
    const mask = this.keys.length - 1
    let i = hash & mask
    while (this.codes[i] >= 0) i = (i + 1) & mask
    this.keys[i] = hash
    this.codes[i] = code
    this.size++
  }

  private grow(): void {
    const { keys, codes } = this
    this.keys = new Int32Array(keys.length * 2)
    this.codes = new Int32Array(keys.length * 2).fill(-1)
    this.size = 0
    for (let i = 0; i < keys.length; i++) if (codes[i] >= 0) this.add(keys[i], codes[i])
  }
}

/** Text for PapaParse, which drops one leading BOM of whatever it is given. */
function forPapa(text: string): string {
  return text.charCodeAt(0) === BOM ? '\uFEFF' + text : text
}

/**
 * Rows fed as pieces of whole lines, in order (ColumnsParser.lines' contract: the first piece
 * may start with a BOM, '' is one empty line), into one ReportColumnsBuilder.
 */
export class ColumnsScanner {
  readonly builder = new ReportColumnsBuilder()
  /** the text ended inside a quoted cell, in some piece */
  unterminatedQuote = false
  private first = true
  private layout: Int32Array | null = null
  /** per text column: the last value coded and its code (not for unique columns) */
  private prev: string[] = TEXT_FIELDS.map(() => '')
  private prevCode = new Int32Array(TEXT_FIELDS.length).fill(-1)
  /** text cells of the current row to code once the whole row has passed */
  private pendingColumn = new Int32Array(TEXT_FIELDS.length)
  private pendingText: string[] = TEXT_FIELDS.map(() => '')
  private pendingHash = new Int32Array(TEXT_FIELDS.length)
  /** per text column: a dictionary code by its text's hash (the first value with that hash) */
  private hashed = TEXT_FIELDS.map(() => new CodeByHash())
  /** per text column: the code of '' once coded (warnings), else -1 */
  private emptyCode = new Int32Array(TEXT_FIELDS.length).fill(-1)

  /**
   * The piece `text.slice(0, end)`, read without slicing it: a slice of a longer string (the
   * stream's chunk and the start of the next line) reads ~20% slower than the string itself.
   */
  lines(text: string, end = text.length): void {
    let start = 0
    if (this.first) {
      this.first = false
      if (end > 0 && text.charCodeAt(0) === BOM) start = 1
    }
    // PapaParse reads '' as no rows; in a file an empty line is a row (a blank one)
    if (start === end) return this.builder.row([''])
    // and PapaParse drops a BOM at the start of every piece it is given
    if (text.charCodeAt(start) === BOM) start++
    if (start === end) return
    const nl = guessNewline(text, start, end)
    const nlLength = nl.length
    let quote = text.indexOf('"', start)
    if (quote >= end) quote = -1
    let a = start
    for (;;) {
      let b = text.indexOf(nl, a)
      const last = b < 0 || b + nlLength > end
      if (last) b = end
      if (quote >= 0 && quote < b) {
        if (!this.quotedLine(text.slice(a, b), nl)) {
          // a quoted cell across lines, or a broken one: PapaParse from here on, as before
          this.papa(text.slice(a, end), nl)
          return
        }
        quote = text.indexOf('"', b)
        if (quote >= end) quote = -1
      } else if (this.layout === null || !this.scanRow(text, a, b)) {
        // PapaParse splits an unquoted line at every comma
        this.builder.row(text.slice(a, b).split(','))
        if (this.layout === null) this.layout = this.builder.layout()
      }
      if (last) return
      a = b + nlLength
    }
  }

  /** A line with a quote, when PapaParse reads it alone as one row without a problem. */
  private quotedLine(line: string, nl: '\n' | '\r\n' | '\r'): boolean {
    let rows = 0
    let clean = true
    let cells: string[] = []
    Papa.parse<string[]>(forPapa(line), {
      delimiter: ',',
      newline: nl,
      step: (results) => {
        rows++
        if (results.errors.length > 0) clean = false
        cells = results.data
      },
    })
    if (rows !== 1 || !clean) return false
    this.builder.row(cells)
    if (this.layout === null) this.layout = this.builder.layout()
    return true
  }

  /** The old path (ColumnsParser before the scanner) for the rest of a piece. */
  private papa(text: string, nl: '\n' | '\r\n' | '\r'): void {
    Papa.parse<string[]>(forPapa(text), {
      delimiter: ',',
      newline: nl,
      step: (results) => {
        if (results.errors.some((e) => e.code === 'MissingQuotes')) this.unterminatedQuote = true
        this.builder.row(results.data, results.errors[0])
      },
    })
    this.layout = this.builder.layout()
  }

  /**
   * One unquoted line [a, b) with the header read: true when it is a good row, now added.
   * False leaves the builder as it was (nothing coded, nothing counted), for row() to read the
   * line again and say why.
   */
  private scanRow(text: string, a: number, b: number): boolean {
    const layout = this.layout!
    const cells = layout.length
    const builder = this.builder
    const slot = builder.slot
    const numbers = builder.stageNumbers
    const numberBase = slot * NN
    const codes = builder.stageCodes
    const codeBase = slot * NT
    const prev = this.prev
    // a line that may hold an over-long cell is left to row(), which checks the caps
    if (b - a > MAX_CELL_CHARS) return false
    let pending = 0
    let p = a
    for (let j = 0; j < cells; j++) {
      const k = layout[j]
      let e = p
      if (k >= 0) {
        // a number: plain digits read in place, anything else as row() reads it
        let ch = e < b ? text.charCodeAt(e) : COMMA
        if (ch === COMMA) numbers[numberBase + k] = Number.NaN // not stated
        else {
          let n = 0
          for (;;) {
            const d = ch - 48
            if (d < 0 || d > 9) break
            n = n * 10 + d
            if (++e === b) break
            ch = text.charCodeAt(e)
          }
          if ((e === b || ch === COMMA) && e - p < 16 && (k !== YEAR_K || isYearInRange(n))) numbers[numberBase + k] = n
          else {
            while (e < b && text.charCodeAt(e) !== COMMA) e++
            const v = readNumber(text.slice(p, e), k)
            if (v === undefined) return false
            numbers[numberBase + k] = v === null ? Number.NaN : v
          }
        }
      } else if (k === SKIP_CELL) {
        while (e < b && text.charCodeAt(e) !== COMMA) e++
      } else if (UNIQUE_TEXT[~k]) {
        // report_id, source: a new value on every row, sliced
        const c = ~k
        e = text.indexOf(',', p)
        if (e < 0 || e > b) e = b
        let s = text.slice(p, e)
        if (e > p && (text.charCodeAt(p) <= 32 || text.charCodeAt(e - 1) <= 32)) s = s.trim()
        // schema.ts's check (an id may not be empty), asked only of an empty cell
        if (s === '' && textCellProblem(TEXT_FIELDS[c], s) !== null) return false
        if (IS_ID[c] && builder.hasId(s)) return false // a repeated id: row() says so
        this.pendingText[c] = s
        this.pendingColumn[pending++] = c
      } else {
        const c = ~k
        // most rows repeat the previous row's names: the same text up to a comma (no slicing)
        const last = prev[c]
        const end = p + last.length
        if (last.length > 0 && (end === b || (end < b && text.charCodeAt(end) === COMMA)) && sameText(text, p, last)) {
          e = end
          codes[codeBase + c] = this.prevCode[c]
        } else {
          // else find the end, hashing the text for a value seen before but not on the row above
          let h = 0
          for (let ch: number; e < b && (ch = text.charCodeAt(e)) !== COMMA; e++) h = (Math.imul(h, 31) + ch) | 0
          const known = e > p ? this.hashed[c].get(h) : -1
          const value = known < 0 ? '' : builder.dictValue(c, known)
          if (known >= 0 && value.length === e - p && sameText(text, p, value)) {
            // the text of a dictionary entry: that entry (whether the cell needed trimming or not)
            codes[codeBase + c] = known
            prev[c] = value
            this.prevCode[c] = known
          } else {
            let s = e > p ? text.slice(p, e) : ''
            // as ReportColumnsBuilder's trimmed(): trim() only when an end is a space or control char
            const trim = e > p && (text.charCodeAt(p) <= 32 || text.charCodeAt(e - 1) <= 32)
            if (trim) s = s.trim()
            // a value not seen before: schema.ts's check (an empty id, an unknown level or template)
            if (textCellProblem(TEXT_FIELDS[c], s) !== null) return false
            if (s === '' && !IS_WARNINGS[c]) codes[codeBase + c] = -1
            else if (s === '' && this.emptyCode[c] >= 0) codes[codeBase + c] = this.emptyCode[c]
            else {
              this.pendingText[c] = s
              this.pendingHash[c] = trim ? hashOf(s) : h
              this.pendingColumn[pending++] = c
            }
          }
        }
      }
      if (e === b) {
        if (j !== cells - 1) return false // too few cells
      } else if (j === cells - 1) return false // too many
      p = e + 1
    }
    // the row has passed: code its new text cells, as row() does for a good row
    for (let i = 0; i < pending; i++) {
      const c = this.pendingColumn[i]
      const s = this.pendingText[c]
      const code = builder.textCode(c, s)
      codes[codeBase + c] = code
      if (UNIQUE_TEXT[c]) continue
      if (s === '') this.emptyCode[c] = code
      else {
        prev[c] = s
        this.prevCode[c] = code
        this.hashed[c].add(this.pendingHash[c], code)
      }
    }
    builder.addChecked()
    return true
  }
}
