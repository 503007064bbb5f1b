import type { FactField } from '../../data/schema.ts'
import type { Collector } from '../collect.ts'

/**
 * The report text as the sentence readers see it: one sentence a line, with what a PDF, a
 * page wrap or a web store put inside sentences taken out, and a map back to the report's
 * own offsets so every fact still quotes the text as published.
 *
 * - spaces go (`1136 条` → `1136条`, `2023 年` → `2023年`), except one between two digits or
 *   letters, so separate figures (`0 1 1`) never run together;
 * - a line that stops mid-sentence is joined to the next (pdftotext -layout and copied pages
 *   break lines at the page width): the line is long, does not end in sentence punctuation,
 *   and the next line is not a heading or a table row;
 * - page numbers (`- 1 -`, `-2-`, `第 3 页`, `3/12`) and form feeds are dropped together with
 *   the blank lines around them, so a sentence broken over a page joins up too.
 */
export interface ReadingView {
  text: string
  /** at[i]: offset in the report text of view character i */
  at: Int32Array
}

/** a line shorter than this (after spaces go) is a title, a cell or a label, not a wrapped line */
const MIN_WRAPPED_LINE = 12
/**
 * A wrapped line runs to the page width: at least this share of the text's usual long-line
 * length, so a title or a heading that happens to have no full stop is not joined to the
 * paragraph under it.
 */
const WRAPPED_SHARE = 0.8
/** a line ending so is complete: sentence punctuation, or the last word of a title or heading */
const ENDS_SENTENCE = /(?:[。；;！!？?：:|]|报告|年报|情况|概述|说明|目录)$/
/** a line that starts a new item: 一、 (一) 1. 1、 （1） ① 第X条, a table row, a bullet */
const STARTS_ITEM =
  /^(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\d]+[)）]|\d+[、.．](?!\d)|[①-⑳]|第[一二三四五六七八九十\d]+[条章节部]|[|•●■◆\-—])/
const PAGE_NUMBER =
  /^(?:[-—–]\s*\d{1,4}\s*[-—–]|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*\/\s*\d{1,4}|共\s*\d{1,4}\s*页\s*第\s*\d{1,4}\s*页)$/
/** ASCII whitespace, NBSP, ideographic space, BOM and the other Unicode spaces */
function isSpace(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x3000 ||
    c === 0xfeff ||
    (c >= 0x2000 && c <= 0x200b) ||
    c === 0x1680 ||
    c === 0x202f ||
    c === 0x205f
  )
}
/** 0-9, A-Z, a-z */
function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)
}

interface Line {
  start: number
  end: number
  /** the line's length without spaces */
  size: number
  /** the first and last few characters without spaces, for the heading and full-stop tests */
  head: string
  tail: string
  /** a page number or form feed */
  page: boolean
  /** a table row (pipes or tabs) */
  cells: boolean
}

/** One pass over the text: each line's bounds and what the join decision needs. */
function splitLines(text: string): Line[] {
  const lines: Line[] = []
  let start = 0
  let size = 0
  let first = -1
  let last = -1
  let cells = false
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 10
    if (c !== 10 && c !== 13 && c !== 12) {
      if (!isSpace(c)) {
        size++
        if (first < 0) first = i
        last = i
        if (c === 124) cells = true
      } else if (c === 9) cells = true
      continue
    }
    const head = first < 0 ? '' : text.slice(first, Math.min(last + 1, first + 16)).replace(/\s+/g, '')
    const tail = first < 0 ? '' : text.slice(Math.max(first, last - 1), last + 1)
    const page = (c === 12 && size === 0) || (size > 0 && size <= 16 && PAGE_NUMBER.test(text.slice(first, last + 1)))
    lines.push({ start, end: i, size, head, tail, page, cells })
    // CRLF is one line end, not a line and a blank line
    if (c === 13 && text.charCodeAt(i + 1) === 10) i++
    start = i + 1
    size = 0
    first = -1
    last = -1
    cells = false
  }
  return lines
}

/** Join lines that continue one sentence, drop page numbers; offsets kept in `at`. */
export function readingView(text: string): ReadingView {
  const lines = splitLines(text)
  markPageChrome(text, lines)
  const minWrapped = Math.max(MIN_WRAPPED_LINE, Math.floor(WRAPPED_SHARE * usualWidth(lines)))
  const grouping = thousandsSpaces(text)
  const codes = new Uint16Array(text.length + 1)
  const at = new Int32Array(text.length + 1)
  let n = 0
  let prev: Line | null = null
  let blankRun = false
  let pageInRun = false
  for (const line of lines) {
    if (line.page || line.size === 0) {
      if (line.page) pageInRun = true
      else blankRun = true
      continue
    }
    if (prev) {
      // blank lines break a paragraph, unless they only surround a page number
      const broken = blankRun && !pageInRun
      const join = !broken && prev.size >= minWrapped && !ENDS_SENTENCE.test(prev.tail) && !STARTS_ITEM.test(line.head) && !line.cells
      if (!join) {
        codes[n] = 10
        at[n++] = prev.end
      }
    }
    blankRun = false
    pageInRun = false
    let lastWord = false
    let spaced = false
    for (let i = line.start; i < line.end; i++) {
      const ch = text.charCodeAt(i)
      if (isSpace(ch)) {
        // `1 583条`: a thousands separator, not a gap between two figures
        if (grouping.has(i)) continue
        if (ch === 9) {
          // a tab separates cells: keep it as a clause end
          codes[n] = 9
          at[n++] = i
          lastWord = false
        }
        spaced = true
        continue
      }
      const word = isWordChar(ch)
      if (spaced && word && lastWord) {
        codes[n] = 32
        at[n++] = i - 1
      }
      codes[n] = ch
      at[n++] = i
      lastWord = word
      spaced = false
    }
    prev = line
  }
  return { text: decode(codes, n), at: at.subarray(0, n) }
}

/** measure words a count in prose ends with, for the thousands-separator test */
const GROUPED_COUNT = /(?<![\d,.]|\d )\d{1,3}(?: \d{3})+(?= ?(?:条|件|篇|期|人|名|项|个|次))/g

/**
 * Offsets of spaces used as thousands separators: digit groups `\d{1,3}( \d{3})+`, one space
 * apiece, right before a measure word (`发布信息1 583条`, `1 152 篇`). A table row written by
 * pdftotext has two spaces or more between cells, so its figures never match; a lone digit
 * group after another (`0 1 583条`) is a row of figures too and stays apart.
 */
function thousandsSpaces(text: string): Set<number> {
  const out = new Set<number>()
  GROUPED_COUNT.lastIndex = 0
  let m: RegExpExecArray | null
  while ((m = GROUPED_COUNT.exec(text))) {
    for (let i = m.index; i < m.index + m[0].length; i++) if (text.charCodeAt(i) === 32) out.add(i)
  }
  return out
}

/**
 * Running headers and footers of a PDF: a line that stands next to a page break (a form feed
 * or a page number) on two pages or more, such as the report's title atop every page, is
 * page chrome like the page number, not part of the sentence it interrupts.
 */
function markPageChrome(text: string, lines: Line[]): void {
  const near: number[] = []
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i].page) continue
    for (const step of [-1, 1]) {
      let j = i + step
      while (j >= 0 && j < lines.length && lines[j].size === 0) j += step
      if (j >= 0 && j < lines.length && !lines[j].page) near.push(j)
    }
  }
  if (near.length === 0) return
  const key = (l: Line) => text.slice(l.start, l.end).replace(/\s+/g, '')
  const candidates = new Map<string, number>()
  for (const j of near) if (lines[j].size <= 60) candidates.set(key(lines[j]), 0)
  const sizes = new Set([...candidates.keys()].map((k) => k.length))
  // the same line elsewhere too (page 1 often has the title with no break before it)
  for (const l of lines) {
    if (!sizes.has(l.size)) continue
    const k = key(l)
    const n = candidates.get(k)
    if (n !== undefined) candidates.set(k, n + 1)
  }
  for (const l of lines) if (sizes.has(l.size) && (candidates.get(key(l)) ?? 0) >= 2) l.page = true
  // a report's name beside a page break is its running header even when the page break is the
  // only one (a two-page report) or the name differs from the title (`某某县 2013 年…年度报告`)
  for (const j of near) {
    const l = lines[j]
    if (l.size <= 48 && RUNNING_TITLE.test(key(l))) l.page = true
  }
}

/** the report's own name, as a running header writes it: no punctuation, ending in 报告 */
const RUNNING_TITLE = /^[^。，,；;：:！？]*(?:政府信息公开|政务公开)[^。，,；;：:！？]{0,8}报告$/

/** The 90th-percentile length of the text's lines of some length: the page width, for a PDF. */
function usualWidth(lines: Line[]): number {
  const lengths = new Uint32Array(lines.length)
  let n = 0
  for (const l of lines) if (!l.page && l.size >= 8) lengths[n++] = l.size
  if (n === 0) return 0
  const sorted = lengths.subarray(0, n).sort()
  return sorted[Math.min(n - 1, Math.floor(n * 0.9))]
}

const UTF16 = new TextDecoder('utf-16le')

function decode(codes: Uint16Array, n: number): string {
  return UTF16.decode(codes.subarray(0, n))
}

/** The report-text span of view span [start, end). */
export function spanOf(view: ReadingView, start: number, end: number): { start: number; end: number } {
  if (view.at.length === 0) return { start: 0, end: 0 }
  const s = view.at[Math.min(start, view.at.length - 1)]
  const e = view.at[Math.max(0, Math.min(end, view.at.length) - 1)] + 1
  return { start: s, end: Math.max(s, e) }
}

/** What a sentence reader writes to: values with spans in the view's text. */
export interface ViewSink {
  add(field: FactField, value: number | null, start: number, end: number, priority: number): void
}

/** A sink that maps view spans back to report offsets before handing values to `out`. */
export function sinkFor(view: ReadingView, out: Collector): ViewSink {
  return {
    add(field, value, start, end, priority) {
      const span = spanOf(view, start, end)
      out.add(field, value, span.start, span.end, priority, quoteOf(view, out.text, start, end))
    },
  }
}

const QUOTE_MAX = 240
/** 。；！？ and a line end: what ends a sentence of the view */
const isEnd = (c: number) =>
  c === 0x3002 || c === 0xff1b || c === 0x3b || c === 0xff01 || c === 0x21 || c === 0xff1f || c === 0x3f || c === 10

/**
 * The sentence around view span [start, end), quoted from the report text: a sentence a PDF
 * broke over lines or pages is quoted whole, with its line breaks as spaces.
 */
export function quoteOf(view: ReadingView, report: string, start: number, end: number): string {
  const t = view.text
  let from = start
  while (from > 0 && !isEnd(t.charCodeAt(from - 1)) && start - from < QUOTE_MAX) from--
  let to = end
  while (to < t.length && !isEnd(t.charCodeAt(to)) && to - end < QUOTE_MAX) to++
  if (to < t.length && t.charCodeAt(to) !== 10) to++
  if (to <= from) return ''
  const span = spanOf(view, from, to)
  // a line break inside Chinese text is no space in the sentence
  return report.slice(span.start, span.end).replace(/\s+/g, ' ').replace(CJK_GAP, '').trim()
}

const CJK_GAP = /(?<=[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef])\s(?=[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef])/g
