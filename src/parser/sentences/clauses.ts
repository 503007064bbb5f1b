import type { CountToken } from './counts.ts'

/**
 * Sentences and clauses of the reading view (readingView.ts), as spans. A sentence ends at
 * 。；！？ (full-width or ASCII), a line end, a table pipe or a tab; a clause also at ，and ：
 * (not the colon of `http://`). Spans exclude the separator.
 */
export interface Span {
  start: number
  end: number
}

const SENTENCE_END = /[。；;！!？?\n|\t]/g
const CLAUSE_END = /[，,：:](?!\/\/)/g

export function sentencesOf(text: string): Span[] {
  const out: Span[] = []
  let start = 0
  SENTENCE_END.lastIndex = 0
  let m: RegExpExecArray | null
  while ((m = SENTENCE_END.exec(text))) {
    if (m.index > start) out.push({ start, end: m.index })
    start = m.index + 1
  }
  if (start < text.length) out.push({ start, end: text.length })
  return out
}

/** What every sentence reader needs: the view's text, its sentences and its counts, found once. */
export interface Reading {
  text: string
  sentences: Span[]
  /** every number with a measure word, in text order (counts.ts) */
  counts: CountToken[]
}

export function clausesOf(text: string, sentence: Span): Span[] {
  const out: Span[] = []
  const words = text.slice(sentence.start, sentence.end)
  let start = 0
  CLAUSE_END.lastIndex = 0
  let m: RegExpExecArray | null
  while ((m = CLAUSE_END.exec(words))) {
    out.push({ start: sentence.start + start, end: sentence.start + m.index })
    start = m.index + 1
  }
  out.push({ start: sentence.start + start, end: sentence.end })
  return out
}
