import { describe, expect, it } from 'vitest'
import { DEFAULT_STATE, parseQuery, toQuery } from '../../src/query/queryState.ts'

describe('parseQuery / toQuery', () => {
  it('gives the defaults for an empty query and writes nothing for them', () => {
    expect(parseQuery({})).toEqual(DEFAULT_STATE)
    expect(toQuery({ ...DEFAULT_STATE })).toEqual({})
  })

  it('round-trips every field through the URL', () => {
    const state = {
      ...DEFAULT_STATE,
      province: '江苏省',
      prefecture: '淮安市',
      county: '洪泽区',
      townships: ['洪泽区/岔河镇', '洪泽区/朱坝街道'],
      yearFrom: 2019,
      yearTo: 2021,
      templates: ['2019' as const, '2021' as const],
      search: '河',
      volumeMode: 'year' as const,
      volumeYear: 2020,
      channelMode: 'shares' as const,
      trendMetric: 'apps_new' as const,
      trendGroup: 'county' as const,
      sort: 'proactive_total',
      sortDir: 'asc' as const,
      columns: ['township', 'year'],
      page: 3,
    }
    expect(parseQuery(toQuery(state))).toEqual(state)
  })

  it('falls back to defaults for malformed values instead of failing', () => {
    const s = parseQuery({ y0: 'abc', tpl: ['2019', 'bogus'], vm: 'pie', tm: 'not_a_metric', page: '-2' })
    expect(s.yearFrom).toBeNull()
    expect(s.templates).toEqual(['2019'])
    expect(s.volumeMode).toBe('township')
    expect(s.trendMetric).toBe('proactive_total')
    expect(s.page).toBe(1)
  })

  it('reads a single township as a one-element list', () => {
    expect(parseQuery({ t: '洪泽区/岔河镇' }).townships).toEqual(['洪泽区/岔河镇'])
  })
})
