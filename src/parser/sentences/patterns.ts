import { NUMBER_SOURCE, parseNumber } from '../numbers.ts'

/** Shared pieces of the sentence patterns. */

/** a number as reports write it, captured, with `余`/`多` allowed after it */
export const NUM = `(${NUMBER_SOURCE}(?:万(?!元))?)(?:余|多)?`
/** characters that stay inside one clause of a sentence (no full stop, semicolon, line) */
export const IN_CLAUSE = '[^。；;\\n]'
/** as IN_CLAUSE, and no digits either (so the first number after a phrase is the one taken) */
export const NO_DIGIT = '[^。；;\\n\\d零〇一二两三四五六七八九十壹贰叁肆伍陆柒捌玖拾]'
/** words that say nothing happened: 未, 没有, 无 (not 无法) … */
export const NEGATION = '(?:没有|未曾|均未|并未|尚未|从未|未|无(?!法|正当|需))'

/** Position and value of capture group `group` in a match made with the `d` flag. */
export function numberAt(m: RegExpExecArray, group: number): { value: number | null; start: number; end: number } {
  const [start, end] = m.indices![group]!
  return { value: parseNumber(m[group]), start, end }
}
