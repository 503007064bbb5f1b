import { describe, expect, it } from 'vitest'
import { emptyRecord, type ReportRecord } from '../../src/data/schema.ts'
import { recordsOf, regionOptions, select } from '../../src/query/select.ts'
import { DEFAULT_STATE } from '../../src/query/queryState.ts'
import { buildDataset } from '../../src/query/dataset.ts'
import { scanFilter, scanRegionOptions } from './reference.ts'
import { trendSeries } from '../../src/query/series/trends.ts'
import { yearSlots } from '../../src/query/yearSlots.ts'

describe('yearSlots', () => {
  it('places whole-number years by offset, and gives up on fractional years or an absurd span', () => {
    const place = yearSlots([2015, 2017, 2018])!
    expect([2015, 2016, 2017, 2018].map((y) => place.slots[y - place.first])).toEqual([0, -1, 1, 2])
    expect(yearSlots([2019.5, 2020])).toBeNull()
    expect(yearSlots([2020, 999_999_999])).toBeNull()
    expect(yearSlots([])).toBeNull()
  })

  it('leaves answers unchanged for a malformed file whose years cannot be placed by offset', () => {
    const records: ReportRecord[] = []
    for (const [i, year] of [2019, 2020.5, 2021, 999_999_999, 2020.5, null].entries()) {
      const r = emptyRecord(`r${i}`, `r${i}.txt`)
      Object.assign(r, { province: '江苏省', county: `县${i % 2}`, township: `镇${i % 3}`, year, proactive_total: 10 + i })
      records.push(r)
    }
    const dataset = buildDataset(records)
    for (const patch of [{ yearFrom: 2020 }, { yearFrom: 2020, yearTo: 2021 }, { yearTo: 2021 }]) {
      const f = { ...DEFAULT_STATE, ...patch }
      const sel = select(dataset, f)
      expect(recordsOf(sel).map((r) => r.report_id)).toEqual(scanFilter(records, f).map((r) => r.report_id))
      const a = regionOptions(dataset, f)
      const b = scanRegionOptions(records, f)
      expect([a.province, a.county, a.townshipCount]).toEqual([b.province, b.county, b.townshipCount])
      // same-name townships may tie in name order (as in index.test.ts): compared as sets
      expect(new Set(a.township.map((t) => JSON.stringify(t)))).toEqual(new Set(b.township.map((t) => JSON.stringify(t))))
      // years that cannot be placed by offset are searched: the points fall in their years
      const trend = trendSeries(sel, 'proactive_total', 'township')
      const stated = recordsOf(sel).filter((r) => r.year !== null)
      expect(trend.years).toEqual([...new Set(stated.map((r) => r.year!))].sort((x, y) => x - y))
      expect(trend.lines.flatMap((l) => l.data).reduce<number>((s, v) => s + (v ?? 0), 0)).toBe(
        stated.reduce((s, r) => s + r.proactive_total!, 0),
      )
    }
  })
})
