/**
 * Townships with the same name in different counties (城关镇 in ten counties nationally) are
 * different townships: every series, legend entry, ranking row and choice names each one
 * uniquely where its name is not unique. ECharts draws one line, colour and legend entry per
 * series name, so two lines named 城关镇 were drawn as one.
 */
import { describe, expect, it } from 'vitest'
import { record } from '../../import/helpers.ts'
import { townshipKey, townshipLabels } from '../../../src/query/records.ts'
import { trendSeries } from '../../../src/query/series/trends.ts'
import { compareChoices, compareSeries } from '../../../src/query/series/compare.ts'
import { volumeRollup } from '../../../src/query/rollup.ts'
import { rankTownships } from '../../../src/quality/ranking.ts'
import { selectRecords } from '../helpers.ts'

const chengguan = (id: string, county: string, year: number, total: number) =>
  record(id, '城关镇', year, { county, prefecture: '安康市', province: '陕西省', proactive_total: total })
const records = [
  chengguan('a1', '白河县', 2022, 100),
  chengguan('a2', '白河县', 2023, 110),
  chengguan('b1', '旬阳市', 2022, 300),
  chengguan('b2', '旬阳市', 2023, 310),
  record('c1', '茅坪镇', 2023, { county: '白河县', prefecture: '安康市', province: '陕西省', proactive_total: 50 }),
]

describe('same-name townships', () => {
  it('townshipLabels adds the county only where a name repeats', () => {
    const label = townshipLabels(records.map(townshipKey))
    expect(label('白河县/城关镇')).toBe('城关镇（白河县）')
    expect(label('旬阳市/城关镇')).toBe('城关镇（旬阳市）')
    expect(label('白河县/茅坪镇')).toBe('茅坪镇')
  })

  it('draws one trend line per township, each with its own name (legend entry, colour)', () => {
    const lines = trendSeries(selectRecords(records), 'proactive_total', 'township').lines
    expect(lines.map((l) => l.name).sort()).toEqual(['城关镇（旬阳市）', '城关镇（白河县）', '茅坪镇'].sort())
    expect(new Set(lines.map((l) => l.name)).size).toBe(lines.length)
    expect(lines.find((l) => l.name === '城关镇（旬阳市）')!.data).toEqual([300, 310])
  })

  it('names township bars of a roll-up, compare lines, choices and the compliance ranking uniquely', () => {
    const bars = volumeRollup(selectRecords(records), { level: 'township', townships: 3 }, 2023, (n) => `其他 ${n}`).items
    expect(bars.map((b) => b.label)).toEqual(['城关镇（旬阳市）', '城关镇（白河县）', '茅坪镇'])
    const picked = ['白河县/城关镇', '旬阳市/城关镇']
    expect(compareSeries(selectRecords(records), picked).townships.map((t) => t.name)).toEqual(['城关镇（白河县）', '城关镇（旬阳市）'])
    expect(
      compareChoices(selectRecords(records))
        .map((c) => c.name)
        .sort(),
    ).toEqual(['城关镇（旬阳市）', '城关镇（白河县）', '茅坪镇'].sort())
    const results = new Map(
      records.map((r) => [r.report_id, { report_id: r.report_id, score: 90, deductions: [], unchecked: [], similarity: null }]),
    )
    const label = townshipLabels(records.map(townshipKey))
    const rows = rankTownships(
      records,
      results,
      townshipKey,
      (a, b) => a.localeCompare(b),
      (r) => label(townshipKey(r)),
    )
    expect(new Set(rows.map((r) => r.name)).size).toBe(3)
  })
})
