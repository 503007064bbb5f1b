import { CN_NUMBER_SOURCE, parseNumber } from '../numbers.ts'

/**
 * A number with its measure word, as reports write counts: `46条`, `1,136 条` (spaces are
 * gone in the reading view), `92余条`, `一千一百四十九条`, `1.2万条`, `21件`, `3名`.
 * Tokens that cannot be a count (`-3条`, `12.5条`, `1e5条`, 24 digits) are returned with
 * `value: null` and `implausible: true`, so the reader can warn instead of guessing.
 */
export interface CountToken {
  /** span of the number in the text searched */
  start: number
  end: number
  /** span of number and measure word */
  unitEnd: number
  raw: string
  unit: string
  value: number | null
  implausible: boolean
}

const ARABIC = '-?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?(?:[eE][+-]?\\d+)?'
/** measure words: items, people, occasions, money */
export const UNIT_SOURCE = '万元|元|人次|条|篇|则|件|项|期|份|个|次|人|名|位|起|宗|例|家|场'
const COUNT = new RegExp(`(${ARABIC}|${CN_NUMBER_SOURCE})(余|多)?(万(?![元人]))?(余|多)?(${UNIT_SOURCE})`, 'g')

const isDigit = (c: number) => c >= 48 && c <= 57
const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122)

/** Amounts may be decimal; counts of things may not. */
const MONEY = new Set(['万元', '元'])

export function findCounts(text: string): CountToken[] {
  const out: CountToken[] = []
  COUNT.lastIndex = 0
  let m: RegExpExecArray | null
  while ((m = COUNT.exec(text))) {
    const raw = m[1]
    const unit = m[5]
    // 第3件 is an ordinal, not a count; `ab5条` a code; `1,23条` / `1.5.3条` no number at all
    const before = text.charCodeAt(m.index - 1)
    if (before === 0x7b2c || isDigit(before) || isLetter(before)) continue
    if ((before === 44 || before === 46) && isDigit(text.charCodeAt(m.index - 2))) continue
    // a lone 一 is an article more often than a count (`一条流程`, `一次`), unless a verb
    // of receiving, having or publishing, or the people counted (`专职人员一名`), comes right before it
    // (`申请公开政府信息一件`: the thing counted named right before it)
    if (
      raw === '一' &&
      !/(?:收到|受理|接到|配备|安排|有|共|计|发布|公开|了|人员|职|员)$/.test(text.slice(Math.max(0, m.index - 2), m.index)) &&
      !(unit === '件' && /(?:信息|申请)$/.test(text.slice(Math.max(0, m.index - 2), m.index)))
    )
      continue
    const exp = /[eE]/.test(raw)
    let value = exp ? null : parseNumber(raw)
    let implausible = exp || raw.startsWith('-')
    if (value !== null && m[3]) value = value * 10000
    if (value !== null && !MONEY.has(unit) && (!Number.isSafeInteger(value) || value < 0)) implausible = true
    if (implausible) value = null
    out.push({ start: m.index, end: m.index + raw.length, unitEnd: m.index + m[0].length, raw: m[0], unit, value, implausible })
  }
  return out
}
