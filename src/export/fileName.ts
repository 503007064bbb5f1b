/**
 * Export file names that say what they hold: the place and the years of the view, like
 * `泉阳镇_2016-2019_政务公开年报.xlsx`. Pure.
 */
import type { ReportRecord } from '../data/schema.ts'
import type { QueryState } from '../query/queryState.ts'
import { keyLabel } from '../query/records.ts'

type NameFilters = Pick<QueryState, 'province' | 'prefecture' | 'county' | 'townships' | 'yearFrom' | 'yearTo'>

/** Characters no file system takes, and edge dots/spaces. */
const UNSAFE = /[\\/:*?"<>|\p{Cc}]+/gu

/** The place part: the chosen townships (up to three), else the deepest chosen region. */
export function placeOf(f: NameFilters, all = '全部地区'): string {
  if (f.townships.length) {
    const names = f.townships.map(keyLabel)
    return names.length > 3 ? `${names.slice(0, 3).join('、')}等${names.length}个乡镇` : names.join('、')
  }
  return f.county ?? f.prefecture ?? f.province ?? all
}

/** The years part: the chosen range, else the range the records span; '' when none. */
export function yearsOf(f: NameFilters, records: readonly ReportRecord[]): string {
  let from = f.yearFrom
  let to = f.yearTo
  if (from === null || to === null) {
    let min = Infinity
    let max = -Infinity
    for (const r of records) {
      if (r.year === null) continue
      if (r.year < min) min = r.year
      if (r.year > max) max = r.year
    }
    from ??= Number.isFinite(min) ? min : null
    to ??= Number.isFinite(max) ? max : null
  }
  if (from === null && to === null) return ''
  if (from === null || to === null || from === to) return String(from ?? to)
  return `${from}-${to}`
}

/** `<place>_<years>_<what>.<ext>`, safe on every file system. */
export function exportFileName(f: NameFilters, records: readonly ReportRecord[], what: string, ext: string): string {
  const parts = [placeOf(f), yearsOf(f, records), what].filter(Boolean).map((p) => p.replace(UNSAFE, '_').trim())
  return `${parts.join('_').replace(/^[.\s]+|[.\s]+$/g, '')}.${ext}`
}
