import { describe, expect, it } from 'vitest'
import { withExportFrame, EXPORT_HEADER_PX } from '../../src/charts/exportOption.ts'
import { clickTarget } from '../../src/charts/crossFilter.ts'
import { DEFAULT_THEME } from '../../src/charts/theme.ts'

describe('withExportFrame(option, frame)', () => {
  const option = {
    grid: { top: 8, bottom: 40, left: 8 },
    series: [{ type: 'bar' as const, data: [1] }],
    tooltip: { trigger: 'axis' as const },
  }
  const framed = withExportFrame(option, {
    title: '主动公开数量',
    filters: '筛选：洪泽区；年份: 2021',
    source: '数据来源',
    theme: DEFAULT_THEME,
  }) as Record<string, any>

  it('adds the title, the active filters and the source, on a solid background', () => {
    expect(framed.title[0]).toMatchObject({ text: '主动公开数量', subtext: '筛选：洪泽区；年份: 2021' })
    expect(framed.graphic[0].style.text).toBe('数据来源')
    expect(framed.backgroundColor).toBe(DEFAULT_THEME.exportBackground)
    expect(framed.animation).toBe(false)
  })

  it('makes room for the header and leaves the original option untouched', () => {
    expect(framed.grid[0]).toMatchObject({ top: 8 + EXPORT_HEADER_PX, left: 8 })
    expect(option.grid.top).toBe(8)
    expect(framed.series).toBe(option.series)
  })
})

describe('clickTarget(params)', () => {
  it('reads the township key, the year, or a trend line id', () => {
    expect(clickTarget({ data: { value: 3, key: '洪泽区/岔河镇' } })).toEqual({ level: 'township', value: '洪泽区/岔河镇' })
    expect(clickTarget({ data: { value: 3, year: '2021' } })).toEqual({ level: 'year', value: '2021' })
    expect(clickTarget({ data: 5, seriesId: 'county:金湖县' })).toEqual({ level: 'county', value: '金湖县' })
    expect(clickTarget({ data: 5, seriesId: 'township:洪泽区/岔河镇' })).toEqual({ level: 'township', value: '洪泽区/岔河镇' })
    expect(clickTarget({ data: 5, seriesId: 'ch_web' })).toBeNull()
  })
})
