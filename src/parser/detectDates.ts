import type { Collector } from './collect.ts'
import { FROM_LABEL, FROM_SENTENCE, FROM_TABLE } from './collect.ts'
import { parseChineseNumber } from './numbers.ts'

/**
 * The year the report covers, from the title or first lines (`界头镇2018年度政府信息公开
 * 年度报告`, `二〇一八年政府信息公开工作年度报告`), the statistics period (`统计期限自2018年
 * 1月1日`, with the spaces that replace lost characters: `自 2018 1 1`), or a table title
 * (`(2018年度)`). Only as a last resort from the publication date (the year before it),
 * with a warning; before that, from the year most body sentences open with, also with a warning.
 * The publication date comes from a 发布日期 / 发布时间 field, else the
 * signature date at the end.
 */
const YEAR = '((?:19|20)\\d{2}|[二][〇零○O][一二〇零○O][〇零○O一二三四五六七八九])'
// a title may wrap once (`2024 年上海市科委政府信息公开工作` + `年度报告`): the gaps may hold one line end
// (no digits, 月 or 日 in a gap: `发布日期:2020年1月15日\nXX镇2019年…报告` is a date line, then the title)
const GAP = (n: number) => `(?:[^。\\n\\d月日]|\\n(?![ \\t]*\\n)){0,${n}}?`
/** a title keyword that a wrap or a stray space may split (`政府信息\n公开`) */
const spaced = (...words: string[]) => `(?:${words.map((w) => [...w].join('\\s*')).join('|')})`
const TITLE_YEAR = new RegExp(
  `${YEAR}\\s*年\\s*度?${GAP(24)}${spaced('政府信息公开', '政务公开', '信息公开')}${GAP(16)}(?:年\\s*度)?${spaced('报告', '年报', '总结')}`,
  'dg',
)
const TITLE_YEAR_AFTER = new RegExp(
  `(?:政府信息公开|政务公开)${'[^。\\n]'}{0,8}?(?:年度)?报告\\s*[(（]\\s*${YEAR}\\s*年?度?\\s*[)）]`,
  'dg',
)
// `统计期限自2018年1月1日`, `统计期限为2020年1月1日至…`, `统计周期\n为 2024 年 1 月 1 日`, `自 2018 1 1` (characters lost)
const PERIOD_YEAR = new RegExp(
  `(?:统计|时限|期限|时间段|周期)${GAP(10)}(?:自|从|为|是|:)?\\s*${YEAR}\\s*年?\\s*0?1\\s*月?\\s*0?1(?!\\d)`,
  'dg',
)
// a whole calendar year anywhere: `2019年1月1日至2019年12月31日`, `2024年1月1日起至12月31日`
const RANGE_YEAR = new RegExp(
  `${YEAR}\\s*年\\s*0?1\\s*月\\s*0?1\\s*日?\\s*起?\\s*(?:至|到|[-—~～])\\s*(?:${YEAR}\\s*年\\s*)?12\\s*月\\s*31`,
  'dg',
)
// a year opening a sentence of the body (`2019年,新华街道…`, `2019年主动公开…`), when nothing names the year
const OPENING_YEAR = new RegExp(
  `(?:^|[\\n。；;！!？?])[ \\t]*(?:[一二三四五六七八九十]+、|[(（]?[一二三四五六七八九十\\d]{1,2}[)）.、])?[ \\t]*${YEAR}\\s*年度?(?![\\d\\s]*月|底|末|初|以来|来|起|开始|至|到|[-—~～])`,
  'dg',
)
const TABLE_YEAR = new RegExp(`[(（]\\s*${YEAR}\\s*年度\\s*[)）]`, 'dg')
const PUBLISHED_FIELD =
  /(?:发布日期|发布时间|发文日期|成文日期|公开日期|印发日期|生成日期)\s*[:：]?\s*((?:19|20)\d{2})\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})/d
// a signature date stands on a line of its own
const SIGNED_DATE = /(?:^|\n)[ \t]*((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日[ \t]*(?=\n|$)/dg
const SIGNED_CN_DATE =
  /(?:^|\n)[ \t]*([二][〇零○][一二〇零○][〇零○一二三四五六七八九])\s*年\s*([一二三四五六七八九十]{1,2})\s*月\s*([一二三四五六七八九十]{1,3})\s*日[ \t]*(?=\n|$)/dg

function yearValue(token: string): number | null {
  const n = /^\d{4}$/.test(token) ? Number(token) : parseChineseNumber(token.replace(/[○O]/g, '〇'))
  return n !== null && n >= 1990 && n <= 2100 ? n : null
}

function isoDate(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31) return null
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
}

export function detectDates(text: string, out: Collector): void {
  const head = text.slice(0, 1500)
  const tryYear = (pattern: RegExp, source: string, offset: number, priority: number): boolean => {
    pattern.lastIndex = 0
    const m = pattern.exec(source)
    if (!m) return false
    const y = yearValue(m[1])
    if (y === null) return false
    const [s, e] = m.indices![1]!
    out.add('year', y, offset + s, offset + e, priority)
    return true
  }
  const found =
    tryYear(TITLE_YEAR, head, 0, FROM_TABLE) ||
    tryYear(TITLE_YEAR_AFTER, head, 0, FROM_TABLE) ||
    tryYear(PERIOD_YEAR, text, 0, FROM_LABEL) ||
    tryYear(RANGE_YEAR, text, 0, FROM_LABEL) ||
    tryYear(TABLE_YEAR, text, 0, FROM_LABEL) ||
    tryYear(TITLE_YEAR, text, 0, FROM_SENTENCE)

  const published = readPublished(text, out)
  if (found) return
  const opening = openingYear(text, published?.year ?? null)
  if (opening) {
    out.add('year', opening.year, opening.start, opening.end, FROM_SENTENCE)
    out.warn(
      'year_from_text',
      { year: String(opening.year), count: opening.count },
      {
        field: 'year',
        start: opening.start,
        end: opening.end,
      },
    )
  } else if (published) {
    out.add('year', published.year - 1, published.start, published.end, FROM_SENTENCE)
    out.warn(
      'year_from_date',
      { year: String(published.year - 1), date: published.date },
      {
        field: 'year',
        start: published.start,
        end: published.end,
      },
    )
  }
}

/**
 * The year most sentences of the first pages open with (`2019年,我镇…`, `2019年主动公开…`);
 * a year after the publication year is a plan (`2021年,我镇将…`), not the report's.
 */
function openingYear(text: string, publishedYear: number | null): { year: number; start: number; end: number; count: number } | null {
  const head = text.slice(0, 3000)
  const counts = new Map<number, { count: number; start: number; end: number }>()
  OPENING_YEAR.lastIndex = 0
  for (let m = OPENING_YEAR.exec(head); m; m = OPENING_YEAR.exec(head)) {
    const y = yearValue(m[1])
    if (y === null || (publishedYear !== null && y > publishedYear)) continue
    const seen = counts.get(y)
    if (seen) seen.count++
    else {
      const [s, e] = m.indices![1]!
      counts.set(y, { count: 1, start: s, end: e })
    }
  }
  let best: { year: number; start: number; end: number; count: number } | null = null
  for (const [year, c] of counts) if (!best || c.count > best.count) best = { year, ...c }
  return best
}

function readPublished(text: string, out: Collector): { year: number; date: string; start: number; end: number } | null {
  const field = PUBLISHED_FIELD.exec(text.slice(0, 3000))
  if (field) {
    const date = isoDate(Number(field[1]), Number(field[2]), Number(field[3]))
    if (date) {
      const [s] = field.indices![1]!
      const [, e] = field.indices![3]!
      out.add('published', date, s, e, FROM_TABLE)
      return { year: Number(field[1]), date, start: s, end: e }
    }
  }
  // the signature: the last date in the closing lines
  const tailStart = Math.max(0, text.length - 400)
  const tail = text.slice(tailStart)
  let last: { year: number; date: string; start: number; end: number } | null = null
  for (const pattern of [SIGNED_DATE, SIGNED_CN_DATE]) {
    pattern.lastIndex = 0
    let m: RegExpExecArray | null
    while ((m = pattern.exec(tail))) {
      const y = yearValue(m[1])
      const mo = /^\d+$/.test(m[2]) ? Number(m[2]) : parseChineseNumber(m[2])
      const d = /^\d+$/.test(m[3]) ? Number(m[3]) : parseChineseNumber(m[3])
      if (y === null || mo === null || d === null) continue
      const date = isoDate(y, mo, d)
      const [s, e] = m.indices![1]!
      const end = m.indices![3]![1] + 1
      if (date && (!last || tailStart + s > last.start)) last = { year: y, date, start: tailStart + s, end: tailStart + Math.max(e, end) }
    }
  }
  if (last) out.add('published', last.date, last.start, last.end, FROM_LABEL)
  return last
}
