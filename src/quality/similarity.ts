/**
 * 内容雷同 (named by the 2021 notice): how much of a report is copied from the same body's
 * previous report. Sentences are compared after removing whitespace and turning every digit
 * into '#', so a copied paragraph with this year's figures swapped in still counts as copied.
 */
import type { Span } from './complianceTypes.ts'

/** Sentences shorter than this (headings, "无。") say nothing about copying. */
const MIN_LENGTH = 12

export interface SentenceSpan extends Span {
  key: string
}

const DIGITS = /[0-9０-９]+/g
const SPACE = /[\s\u3000]+/g

export function sentenceKey(sentence: string): string {
  return sentence.replace(SPACE, '').replace(DIGITS, '#')
}

/** Sentences of a text, split on 。！？；and line ends, with their offsets. */
export function splitSentences(text: string): SentenceSpan[] {
  const out: SentenceSpan[] = []
  const re = /[^。！？；!?;\n]+[。！？；!?;]?/g
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const key = sentenceKey(m[0])
    if (key.replace(/[#|，,、：:（）()“”"]/g, '').length >= MIN_LENGTH)
      out.push({ quote: m[0].trim(), start: m.index, end: m.index + m[0].length, key })
  }
  return out
}

export interface Similarity {
  /** copied sentences ÷ sentences (0–1) */
  share: number
  copied: number
  total: number
  /** the first copied sentences, for the quote */
  examples: SentenceSpan[]
}

export function similarity(text: string, previous: string): Similarity {
  const sentences = splitSentences(text)
  const before = new Set(splitSentences(previous).map((s) => s.key))
  const copied = sentences.filter((s) => before.has(s.key))
  return {
    share: sentences.length ? copied.length / sentences.length : 0,
    copied: copied.length,
    total: sentences.length,
    examples: copied.slice(0, 3),
  }
}
