import { describe, expect, it } from 'vitest'
import { DEFAULT_STATE } from '../../../src/query/queryState.ts'
import { recordsOf, select, selectAll } from '../../../src/query/select.ts'
import { buildDataset } from '../../../src/query/dataset.ts'
import { selectRecords } from '../helpers.ts'
import { computeKpis } from '../../../src/query/series/kpi.ts'
import { volumeByTownship, volumeByYear } from '../../../src/query/series/volume.ts'
import { channelSeries } from '../../../src/query/series/channels.ts'
import { procurementSeries } from '../../../src/query/series/procurement.ts'
import { applicationSeries } from '../../../src/query/series/applications.ts'
import { trendSeries } from '../../../src/query/series/trends.ts'
import { sortedRows, tableView } from '../../../src/query/series/table.ts'
import { fixtureDataset } from '../../fixtures/dashboard/load.ts'

const { records } = fixtureDataset()
const dataset = buildDataset(records)
const selected = (f: Partial<typeof DEFAULT_STATE>) => select(dataset, { ...DEFAULT_STATE, ...f })
const pick = (f: Partial<typeof DEFAULT_STATE>) => recordsOf(selected(f))
const hongze2021 = pick({ county: '洪泽区', yearFrom: 2021, yearTo: 2021 })
const siyang2022Selection = selected({ county: '泗阳县', yearFrom: 2022, yearTo: 2022 })
const siyang2022 = recordsOf(siyang2022Selection)

describe('computeKpis(records)', () => {
  it('sums the 金湖县 reports and says how many stated each figure', () => {
    expect(computeKpis(selected({ county: '金湖县' }))).toEqual({
      reports: 16,
      townships: 4,
      yearMin: 2020,
      yearMax: 2023,
      yearCount: 4,
      proactive: { sum: 5112, stated: 16 },
      applications: { sum: 22, stated: 16 },
      appeals: { sum: 6, stated: 16 },
    })
  })

  it('keeps an unstated total apart from zero', () => {
    // 2018 高良涧街道 states no applications; the other three do
    const k = computeKpis(selected({ yearTo: 2018 }))
    expect(k.applications).toEqual({ sum: 9, stated: 3 })
    // 王集镇 2022 states no proactive total
    expect(computeKpis(siyang2022Selection).proactive).toEqual({ sum: 321 + 339 + 393, stated: 3 })
  })

  it('reports null sums, not 0, for an empty selection', () => {
    const k = computeKpis(selected({ yearFrom: 2030 }))
    expect(k.proactive).toEqual({ sum: null, stated: 0 })
    expect(k.yearMin).toBeNull()
  })
})

describe('volumeByTownship / volumeByYear', () => {
  it('ranks townships for one year, largest first', () => {
    const v = volumeByTownship(hongze2021, 2021)
    expect(v.items.map((i) => [i.label, i.value])).toEqual([
      ['西顺河镇', 487],
      ['岔河镇', 382],
      ['高良涧街道', 295],
      ['朱坝街道', 276],
    ])
    expect(v.items[0].key).toBe('洪泽区/西顺河镇')
  })

  it('lists a township that states no total instead of drawing 0', () => {
    const v = volumeByTownship(siyang2022, null)
    expect(v.year).toBe(2022)
    expect(v.items.map((i) => i.value)).toEqual([393, 339, 321])
    expect(v.unstated).toEqual(['王集镇'])
  })

  it('sums the selection by year', () => {
    const v = volumeByYear(selected({ townships: ['洪泽区/岔河镇', '金湖县/银涂镇'], yearFrom: 2020, yearTo: 2022 }))
    expect(v.items.map((i) => [i.label, i.value, i.reports])).toEqual([
      ['2020', 276 + 381, 2],
      ['2021', 382 + 398, 2],
      ['2022', 121 + 460, 2],
    ])
  })
})

describe('channelSeries(records)', () => {
  it('keeps unstated channels null and counts them', () => {
    const s = channelSeries(hongze2021)
    const chahe = s.rows.find((r) => r.label === '岔河镇')!
    expect(chahe.values).toEqual({ ch_web: 244, ch_wechat: 105, ch_weibo: null, ch_bulletin: 33, ch_gazette: null, ch_other: null })
    expect(chahe.statedSum).toBe(382)
    expect(chahe.unstatedCount).toBe(3)
    const xishunhe = s.rows.find((r) => r.label === '西顺河镇')!
    // 西顺河镇 states 政府公报 as 0: a stated zero, not a gap
    expect(xishunhe.values.ch_gazette).toBe(0)
    expect(xishunhe.unstatedCount).toBe(1)
  })

  it('labels rows with the year when several years are shown', () => {
    const s = channelSeries(pick({ townships: ['洪泽区/岔河镇', '洪泽区/朱坝街道'], yearFrom: 2022 }))
    expect(s.rows.map((r) => r.label)).toEqual(['岔河镇 2022', '岔河镇 2023', '朱坝街道 2022', '朱坝街道 2023'])
  })
})

describe('procurementSeries(records)', () => {
  it('converts 元 to 万元, keeps 万元, and sets unitless amounts apart', () => {
    const s = procurementSeries(siyang2022)
    expect(s.rows.map((r) => [r.label, r.projects, r.amountWan])).toEqual([
      ['爱园镇', s.rows[0].projects, 254.7508],
      ['裴圩镇', s.rows[1].projects, null],
      ['王集镇', s.rows[2].projects, 49.48],
      ['众兴街道', s.rows[3].projects, null],
    ])
    expect(s.unitless.map((u) => [u.label, u.raw])).toEqual([
      ['裴圩镇', 573661],
      ['众兴街道', 641967],
    ])
  })

  it('leaves out reports that state nothing about procurement', () => {
    expect(procurementSeries(pick({ yearTo: 2018 })).rows).toEqual([])
  })
})

describe('applicationSeries(records)', () => {
  it('gives new applications, outcomes and appeals per report', () => {
    const s = applicationSeries(hongze2021)
    const zhuba = s.rows.find((r) => r.label === '朱坝街道')!
    expect(zhuba.values).toEqual({
      apps_new: 3,
      apps_granted: 1,
      apps_partial: 1,
      apps_denied: 1,
      apps_unavailable: 0,
      apps_not_processed: 0,
      apps_other: 0,
      reconsideration_total: 1,
      litigation_total: 0,
    })
  })

  it('lists reports with nothing stated apart', () => {
    expect(applicationSeries(pick({ yearTo: 2018 })).noneStated).toEqual(['高良涧街道'])
  })
})

describe('trendSeries(records, metric, group, selected)', () => {
  it('sums counts by county per year and says how many reports each point covers', () => {
    const t = trendSeries(selected({ yearFrom: 2020, yearTo: 2021 }), 'apps_new', 'county')
    expect(t.years).toEqual([2020, 2021])
    const jinhu = t.lines.find((l) => l.name === '金湖县')!
    expect(jinhu.data).toEqual([5 + 0 + 0 + 1, 0 + 3 + 1 + 1])
    expect(jinhu.covers).toEqual([4, 4])
    expect(jinhu.id).toBe('county:金湖县')
  })

  it('keeps a year with no stated value as a gap, never 0', () => {
    const t = trendSeries(selected({ townships: ['泗阳县/王集镇'] }), 'proactive_total', 'township', ['泗阳县/王集镇'])
    expect(t.lines).toHaveLength(1)
    expect(t.lines[0].data).toEqual([null, 206])
  })

  it('draws selected townships only, when some are selected', () => {
    const t = trendSeries(selected({ county: '洪泽区' }), 'proactive_total', 'township', ['洪泽区/岔河镇'])
    expect(t.lines.map((l) => l.name)).toEqual(['岔河镇'])
  })

  it('rolls up procurement in 万元 from stated units only', () => {
    const t = trendSeries(siyang2022Selection, 'procurement_amount_wan', 'county')
    expect(t.lines[0].data).toEqual([254.7508 + 49.48])
    expect(t.lines[0].covers).toEqual([2])
  })
})

describe('tableView(records, state)', () => {
  it('sorts descending with unstated values last, and pages', () => {
    const state = { ...DEFAULT_STATE, sort: 'proactive_total', sortDir: 'asc' as const }
    const v = tableView(sortedRows(siyang2022Selection, state), state)
    expect(v.rows.map((r) => r.proactive_total)).toEqual([321, 339, 393, null])
    const all = tableView(sortedRows(selectAll(dataset), DEFAULT_STATE), { ...DEFAULT_STATE, page: 2 })
    expect(all.total).toBe(48)
    expect(all.pages).toBe(2)
    expect(all.rows).toHaveLength(23)
  })
})

describe('the volume ranking’s default year', () => {
  it('is the latest year in the selection, not the one most reports cover', async () => {
    const { volumeByTownship } = await import('../../../src/query/series/volume.ts')
    const { volumeRollup } = await import('../../../src/query/rollup.ts')
    const { record } = await import('../../import/helpers.ts')
    const rows = [
      record('a', '甲镇', 2022, { proactive_total: 1 }),
      record('b', '乙镇', 2022, { proactive_total: 2 }),
      record('c', '丙镇', 2022, { proactive_total: 3 }),
      record('d', '甲镇', 2023, { proactive_total: 4 }),
    ]
    expect(volumeByTownship(rows, null).year).toBe(2023)
    expect(volumeRollup(selectRecords(rows), { level: 'township', townships: 3 }, null, (n) => `其他 ${n}`).year).toBe(2023)
    expect(volumeByTownship(rows, 2022).year).toBe(2022)
    // a later year in which no report states the figure would be an empty chart: not chosen
    const later = [...rows, record('e', '乙镇', 2024, { proactive_total: null })]
    expect(volumeByTownship(later, null).year).toBe(2023)
    expect(volumeRollup(selectRecords(later), { level: 'township', townships: 3 }, null, (n) => `其他 ${n}`).year).toBe(2023)
  })
})
