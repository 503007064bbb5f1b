import nzh from 'nzh'

/**
 * Numbers as reports write them: `1149`, `1,149`, `+461`, `92余`, `12.5`, Chinese numerals
 * (`一千一百四十九`, `两`, `十二`, `叁`) and year-style digit strings (`二〇一八`).
 */

const CN_DIGITS = '零〇一二三四五六七八九'
/** A run of Chinese numeral characters, the everyday ones and the financial (大写) ones: 叁名, 贰拾条. */
export const CN_NUMBER_SOURCE = '[零〇一二两三四五六七八九十百千万壹贰叁肆伍陆柒捌玖拾佰仟]+'
/** financial numerals (大写), written for the everyday ones in formal texts */
const FINANCIAL: Record<string, string> = {
  壹: '一',
  贰: '二',
  叁: '三',
  肆: '四',
  伍: '五',
  陆: '六',
  柒: '七',
  捌: '八',
  玖: '九',
  拾: '十',
  佰: '百',
  仟: '千',
}
/** An Arabic number: thousands groups, a plain run, an optional sign and decimals. */
export const ARABIC_NUMBER_SOURCE = '[+-]?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?'
/** Either kind of number, as a regular-expression source (no capture groups). */
export const NUMBER_SOURCE = `(?:${ARABIC_NUMBER_SOURCE}|${CN_NUMBER_SOURCE})`

/** Parse a number token; null when it is not a number. */
export function parseNumber(token: string): number | null {
  const s = token.trim().replace(/[余多]$/, '')
  if (s === '') return null
  // `1.2万条`: an Arabic number with 万 after it
  const wan = /^([+-]?[\d,]+(?:\.\d+)?)万$/.exec(s)
  if (wan) {
    const n = parseNumber(wan[1])
    return n === null ? null : Math.round(n * 10000)
  }
  if (/^[+-]?[\d,]+(\.\d+)?$/.test(s)) {
    const n = Number(s.replace(/,/g, ''))
    return Number.isFinite(n) ? n : null
  }
  return parseChineseNumber(s)
}

/** `一千一百四十九` → 1149, `两` → 2, `二〇一八` → 2018; null when not a numeral. */
export function parseChineseNumber(s: string): number | null {
  if (!/^[零〇一二两三四五六七八九十百千万壹贰叁肆伍陆柒捌玖拾佰仟]+$/.test(s)) return null
  const t = s.replace(/两/g, '二').replace(/[壹贰叁肆伍陆柒捌玖拾佰仟]/g, (c) => FINANCIAL[c])
  // Digit-by-digit strings (years, codes) have no place words: 二〇一八.
  if (t.length > 1 && [...t].every((c) => CN_DIGITS.includes(c))) {
    return Number([...t].map((c) => (c === '〇' ? 0 : CN_DIGITS.indexOf(c) === 0 ? 0 : CN_DIGITS.indexOf(c) - 1)).join(''))
  }
  if (t === '零' || t === '〇') return 0
  const n = nzh.cn.decodeS(t)
  return typeof n === 'number' && Number.isFinite(n) && n > 0 ? n : null
}
