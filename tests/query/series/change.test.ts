import { describe, expect, it } from 'vitest'
import { fixtureDataset } from '../../fixtures/dashboard/load.ts'
import { changeView, sortChanges } from '../../../src/query/series/change.ts'

const all = fixtureDataset().records
const siyang = all.filter((r) => r.county === '泗阳县')

describe('changeView', () => {
  it('gives each township its change from the year before the latest, absolute and in per cent', () => {
    const view = changeView(siyang, 'proactive_total', 'township')
    expect(view.years).toEqual([2022, 2023])
    expect([view.from, view.to]).toEqual([2022, 2023])
    const row = (name: string) => view.rows.find((r) => r.label === name)!
    expect(row('众兴街道')).toMatchObject({ previous: 321, last: 402, abs: 81, pct: 25.2, values: [321, 402] })
    expect(row('裴圩镇')).toMatchObject({ abs: -72, pct: -18.3 })
    // a year not stated is no change at all, never a rise from 0
    expect(row('王集镇')).toMatchObject({ previous: null, last: null, abs: null, pct: null, values: [null, 206], compared: 0 })
  })

  it('compares a region like for like: only the townships that state both years', () => {
    const view = changeView(siyang, 'proactive_total', 'county')
    expect(view.rows).toHaveLength(1)
    const [county] = view.rows
    expect(county.values).toEqual([321 + 339 + 393, 402 + 416 + 206 + 321])
    expect(county).toMatchObject({ previous: 1053, last: 1139, abs: 86, pct: 8.2, compared: 3 })
  })

  it('flags a change across a template switch and marks the template years in view', () => {
    const to2021 = changeView(
      all.filter((r) => r.year !== null && r.year <= 2021),
      'proactive_total',
      'township',
    )
    expect([to2021.from, to2021.to]).toEqual([2020, 2021])
    expect(to2021.crossesTemplate).toBe(true)
    expect(to2021.templateYears).toEqual([2019, 2021])
    expect(changeView(siyang, 'proactive_total', 'township').crossesTemplate).toBe(false)
    expect(
      changeView(
        siyang.filter((r) => r.year === 2023),
        'proactive_total',
        'township',
      ),
    ).toMatchObject({ from: null, to: null, crossesTemplate: false })
  })

  it('sorts by change either way, unstated changes last', () => {
    const rows = changeView(siyang, 'proactive_total', 'township').rows
    expect(sortChanges(rows, 'abs', 'desc').map((r) => r.label)).toEqual(['众兴街道', '爱园镇', '裴圩镇', '王集镇'])
    expect(sortChanges(rows, 'abs', 'asc').map((r) => r.label)).toEqual(['裴圩镇', '爱园镇', '众兴街道', '王集镇'])
    expect(sortChanges(rows, 'pct', 'desc')[0].label).toBe('众兴街道')
  })
})
