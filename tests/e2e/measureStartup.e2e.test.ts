/** Keeps the bench's helper working: it must find a painted chart and the start-up scripts. */
import { describe, expect, it } from 'vitest'
import { measureStartup } from './measureStartup.ts'

describe('measureStartup()', () => {
  it('reports the time to the first painted chart and the gzip size of the start-up JS', async () => {
    const { firstChartMs, startupJsGzipBytes } = await measureStartup()
    expect(firstChartMs).toBeGreaterThan(0)
    expect(firstChartMs).toBeLessThan(30_000)
    // vue + pinia + router + tree-shaken echarts: well above 100 kB gzip, well below the full echarts
    expect(startupJsGzipBytes).toBeGreaterThan(100_000)
    expect(startupJsGzipBytes).toBeLessThan(600_000)
  })
})
