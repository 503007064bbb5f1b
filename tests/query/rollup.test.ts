/** Roll-ups: which level, top N plus the rest, sums that keep "not stated" apart, drill targets. */
import { describe, expect, it } from 'vitest'
import { emptyRecord, type ReportRecord } from '../../src/data/schema.ts'
import { DEFAULT_STATE } from '../../src/query/queryState.ts'
import * as rollups from '../../src/query/rollup.ts'
import { ROLLUP_TOP, type Rollup } from '../../src/query/rollup.ts'
import { selectRecords } from './helpers.ts'

// these tests build records; each roll-up takes them as a selection of a dataset of their own
type Rest = (n: number) => string
const chooseRollup = (rs: ReportRecord[], state: typeof DEFAULT_STATE) => rollups.chooseRollup(selectRecords(rs), state)
const volumeRollup = (rs: ReportRecord[], rollup: Rollup, year: number | null, rest: Rest) =>
  rollups.volumeRollup(selectRecords(rs), rollup, year, rest)
const channelRollup = (rs: ReportRecord[], rollup: Rollup, rest: Rest) => rollups.channelRollup(selectRecords(rs), rollup, rest)
const applicationRollup = (rs: ReportRecord[], rollup: Rollup, rest: Rest) => rollups.applicationRollup(selectRecords(rs), rollup, rest)
const procurementRollup = (rs: ReportRecord[], rollup: Rollup, rest: Rest) => rollups.procurementRollup(selectRecords(rs), rollup, rest)
import { clickTarget } from '../../src/charts/crossFilter.ts'

/** `provinces` × 4 prefectures × 3 counties × 5 townships, one year; province i states i+1 per report. */
function nation(provinces: number, year = 2023): ReportRecord[] {
  const out: ReportRecord[] = []
  for (let p = 0; p < provinces; p++)
    for (let c = 0; c < 12; c++)
      for (let t = 0; t < 5; t++) {
        const r = emptyRecord(`r${p}-${c}-${t}`, 'x')
        Object.assign(r, {
          province: `省${p}`,
          prefecture: `市${p}-${c % 4}`,
          county: `县${p}-${c}`,
          township: `镇${t}`,
          year,
          proactive_total: p + 1,
          ch_web: p === 0 ? null : 1,
          apps_new: 2,
        })
        out.push(r)
      }
  return out
}
const rest = (n: number) => `其他 ${n} 个`

describe('chooseRollup', () => {
  it('keeps small selections and picked townships report by report', () => {
    expect(chooseRollup(nation(1).slice(0, 30), DEFAULT_STATE)).toBeNull()
    expect(chooseRollup(nation(3), { ...DEFAULT_STATE, townships: ['县0-0/镇0'] })).toBeNull()
  })
  it('sums below the deepest chosen region, skipping a level with a single group', () => {
    const all = nation(25)
    expect(chooseRollup(all, DEFAULT_STATE)).toEqual({ level: 'province', townships: 25 * 60 })
    const one = all.filter((r) => r.province === '省3')
    expect(chooseRollup(one, { ...DEFAULT_STATE, province: '省3' })?.level).toBe('prefecture')
    const onePref = one.filter((r) => r.prefecture === '市3-1')
    expect(chooseRollup(onePref, { ...DEFAULT_STATE, prefecture: '市3-1' })).toBeNull() // 15 townships
    // a nation of one province: province says nothing, prefectures do
    expect(chooseRollup(nation(1), DEFAULT_STATE)?.level).toBe('prefecture')
  })
})

describe('roll-up series', () => {
  const all = nation(25)
  const rollup = chooseRollup(all, DEFAULT_STATE)!
  it('volume: top N provinces by sum, then one rest bar summing the others; bars drill', () => {
    const v = volumeRollup(all, rollup, null, rest)
    expect(v.items).toHaveLength(ROLLUP_TOP + 1)
    expect(v.items[0]).toMatchObject({ label: '省24', value: 25 * 60, reports: 60, drill: 'province:省24' })
    const r = v.items.at(-1)!
    expect(r).toMatchObject({ label: rest(5), value: (1 + 2 + 3 + 4 + 5) * 60, drill: '' })
    expect(clickTarget({ data: { key: '', drill: 'province:省24' } })).toEqual({ level: 'province', value: '省24' })
    expect(clickTarget({ data: { key: '', drill: '' } })).toBeNull()
  })
  it('volume: each bar carries the median township beside the sum, the rest bar the median of its townships', () => {
    // 省0: five townships of one county stating 1, 2, 3, 100 and nothing; a second report of
    // 镇0 the same year adds to its township's figure (median over townships, not reports)
    const rows: ReportRecord[] = []
    const add = (id: string, province: string, township: string, total: number | null) => {
      const r = emptyRecord(id, 'x')
      Object.assign(r, { province, prefecture: `${province}市`, county: `${province}县`, township, year: 2023, proactive_total: total })
      rows.push(r)
    }
    ;[1, 2, 3, 100, null].forEach((v, t) => add(`a${t}`, '省0', `镇${t}`, v))
    add('a0b', '省0', '镇0', 4) // 镇0: 1 + 4 = 5 → townships 5, 2, 3, 100
    for (let p = 1; p < 30; p++) add(`b${p}`, `省${p}`, '镇', p)
    const v = volumeRollup(rows, { level: 'province', townships: 40 }, null, rest)
    expect(v.items[0]).toMatchObject({ label: '省0', value: 110, reports: 5, median: 4 })
    expect(v.items[1]).toMatchObject({ label: '省29', median: 29 })
    // rest: provinces 1..10 (after 省0 and 省29..省11), one township each → median 5.5
    expect(v.items.at(-1)).toMatchObject({ label: rest(10), median: 5.5 })
  })
  it('channels: a province stating no channel is listed apart, never summed as 0', () => {
    const c = channelRollup(all, rollup, rest)
    expect(c.noneStated).toEqual(['省0'])
    expect(c.rows.every((r) => r.values.ch_web === 60 || r.label.startsWith('其他'))).toBe(true)
    expect(c.rows.at(-1)!.values.ch_weibo).toBeNull()
  })
  it('applications and procurement: summed per group, unstated stays null', () => {
    const a = applicationRollup(all, rollup, rest)
    expect(a.rows[0].values.apps_new).toBe(120)
    expect(a.rows[0].values.apps_granted).toBeNull()
    const p = procurementRollup(all, rollup, rest)
    expect(p.rows).toEqual([])
  })
  it('township level inside a county keeps township keys (a click picks the township)', () => {
    const many: ReportRecord[] = []
    for (let t = 0; t < 40; t++) {
      const r = emptyRecord(`t${t}`, 'x')
      Object.assign(r, { province: 'P', prefecture: 'Q', county: 'C', township: `镇${t}`, year: 2023, proactive_total: t })
      many.push(r)
    }
    const ru = chooseRollup(many, { ...DEFAULT_STATE, county: 'C' })!
    expect(ru.level).toBe('township')
    const v = volumeRollup(many, ru, null, rest)
    expect(v.items[0]).toMatchObject({ key: 'C/镇39', label: '镇39', drill: undefined })
    expect(v.items.at(-1)!.label).toBe(rest(40 - ROLLUP_TOP))
  })
})
