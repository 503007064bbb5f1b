import { beforeEach, describe, expect, it } from 'vitest'
import { emptyRecord, type ReportRecord } from '../../src/data/schema.ts'
import { useDatasetStore } from '../../src/stores/dataset.ts'
import { COMPLIANCE_LIMIT, TEXT_LIMIT, useQualityStore } from '../../src/stores/quality.ts'
import { useReportTextsStore } from '../../src/stores/reportTexts.ts'
import { previousOf } from '../../src/query/series/compliance.ts'
import { buildDataset } from '../../src/query/dataset.ts'
import { createTestApp } from '../fixtures/dashboard/load.ts'

/** n townships × years, minimal records with a body, region and year. */
function records(townships: number, years: number[]): ReportRecord[] {
  const out: ReportRecord[] = []
  for (let t = 0; t < townships; t++) {
    for (const year of years) {
      const r = emptyRecord(`r${t}-${year}`, `t${t}_${year}.txt`)
      Object.assign(r, {
        township: `第${t}镇`,
        county: '某县',
        prefecture: '某市',
        province: '某省',
        level: 'township',
        year,
        template: year >= 2021 ? '2021' : '2019',
      })
      out.push(r)
    }
  }
  return out
}

describe('useQualityStore at scale', () => {
  beforeEach(async () => {
    await createTestApp('/')
  })

  it('checks at most COMPLIANCE_LIMIT reports and says how many were left out', () => {
    const all = records(Math.ceil((COMPLIANCE_LIMIT + 500) / 2), [2022, 2023])
    useDatasetStore().setData({ records: all, facts: [], errors: [] })
    const quality = useQualityStore()
    expect(quality.compliance.size).toBe(COMPLIANCE_LIMIT)
    expect(quality.complianceLeftOut).toBe(all.length - COMPLIANCE_LIMIT)
  })

  it('fetches no report text when more than TEXT_LIMIT reports are in view', async () => {
    useDatasetStore().setData({ records: records(TEXT_LIMIT, [2023, 2024]), facts: [], errors: [] })
    const texts = useReportTextsStore()
    let fetched = 0
    texts.setFetcher(async () => {
      fetched++
      return ''
    })
    await useQualityStore().loadTexts()
    expect(fetched).toBe(0)
  })

  it('runs no text check past TEXT_LIMIT reports, even on texts already at hand (imports)', () => {
    const all = records(TEXT_LIMIT, [2023, 2024])
    useDatasetStore().setData({ records: all, facts: [], errors: [] })
    const texts = useReportTextsStore()
    texts.put(all[0].report_id, '一、总体情况')
    const result = useQualityStore().compliance.get(all[0].report_id)!
    expect(result.unchecked).toContain('no_text')
    expect(result.deductions.some((d) => d.rule === 'section_missing')).toBe(false)
  })

  it('fetches a small selection a few at a time and gets every text', async () => {
    useDatasetStore().setData({ records: records(10, [2023, 2024]), facts: [], errors: [] })
    const texts = useReportTextsStore()
    let active = 0
    let peak = 0
    texts.setFetcher(async (url) => {
      peak = Math.max(peak, ++active)
      await new Promise((r) => setTimeout(r, 2))
      active--
      return url
    })
    await useQualityStore().loadTexts()
    expect(texts.texts.size).toBe(20)
    expect(peak).toBeLessThanOrEqual(6)
  })
})

describe('previousOf(dataset, record)', () => {
  it('finds the same body’s latest earlier report', () => {
    const all = records(3, [2019, 2021, 2020])
    const dataset = buildDataset(all)
    const r = all.find((x) => x.report_id === 'r1-2021')!
    expect(previousOf(dataset, r)?.report_id).toBe('r1-2020')
    expect(
      previousOf(
        dataset,
        all.find((x) => x.report_id === 'r2-2019')!,
      ),
    ).toBeNull()
  })
})
