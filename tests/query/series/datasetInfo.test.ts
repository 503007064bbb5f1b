/** Which dataset the page shows (header, print header, exports): address, size, date, synthetic. */
import { describe, expect, it } from 'vitest'
import { datasetInfo } from '../../../src/query/series/datasetInfo.ts'
import { withExportFrame } from '../../../src/charts/exportOption.ts'
import { DEFAULT_THEME } from '../../../src/charts/theme.ts'
import { record } from '../../import/helpers.ts'

describe('datasetInfo', () => {
  it('names the embedded set apart from a ?data= address, with its reports and build date', () => {
    const rows = [record('a', '甲镇', 2023), record('b', '乙镇', 2023)]
    expect(datasetInfo('/data/', '/data/', rows, new Date('2026-12-01T08:00:00Z'))).toEqual({
      address: null,
      reports: 2,
      built: '2026-12-01',
      synthetic: 0,
    })
    expect(datasetInfo('http://127.0.0.1:8000/big/', '/data/', rows, null).address).toBe('http://127.0.0.1:8000/big/')
  })

  it('counts the synthetic reports (npm run synth names them synthetic_<adcode>_<year>)', () => {
    const rows = [{ ...record('s', '甲镇', 2023), source: 'synthetic_110101001_2023.txt' }, record('r', '乙镇', 2023)]
    expect(datasetInfo('/data/', '/data/', rows, null).synthetic).toBe(1)
  })

  it('writes "synthetic" in red into an exported image', () => {
    const framed = withExportFrame(
      { series: [] },
      { title: 't', filters: 'f', source: 's', theme: DEFAULT_THEME, synthetic: '合成数据，不是真实报告' },
    ) as { graphic: { style: { text: string; fill: string } }[] }
    const mark = framed.graphic.find((g) => g.style.text === '合成数据，不是真实报告')!
    expect(mark.style.fill).toBe('#c00000')
    const real = withExportFrame({ series: [] }, { title: 't', filters: 'f', source: 's', theme: DEFAULT_THEME }) as { graphic: unknown[] }
    expect(real.graphic).toHaveLength(1)
  })
})
