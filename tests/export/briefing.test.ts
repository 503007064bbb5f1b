import { describe, expect, it } from 'vitest'
import mammoth from 'mammoth'
import JSZip from 'jszip'
import { fixtureDataset } from '../fixtures/dashboard/load.ts'
import { briefingModel, type BriefingInput } from '../../src/export/briefingModel.ts'
import { writeBriefing } from '../../src/export/writeBriefing.ts'
import { MESSAGES } from '../../src/i18n/index.ts'
import { handOnMessages } from '../../src/i18n/handOn.ts'
import { computeKpis } from '../../src/query/series/kpi.ts'
import { complianceResults } from '../../src/query/series/compliance.ts'
import { rankTownships } from '../../src/quality/ranking.ts'
import { compareZh, townshipKey } from '../../src/query/records.ts'
import { coverageView, indexCoverage } from '../../src/query/series/coverage.ts'
import type { Fact } from '../../src/data/schema.ts'
import { buildDataset } from '../../src/query/dataset.ts'
import { selectRecords } from '../query/helpers.ts'

const data = fixtureDataset()
const records = data.records.filter((r) => r.county === '泗阳县')
const facts = new Map<string, Fact[]>()
for (const f of data.facts) facts.set(f.report_id, [...(facts.get(f.report_id) ?? []), f])
const compliance = complianceResults(
  records,
  buildDataset(data.records),
  () => null,
  (id) => facts.get(id) ?? [],
)
const ranking = rankTownships(records, compliance, townshipKey, compareZh)
const filters = { province: null, prefecture: null, county: '泗阳县', townships: [], yearFrom: null, yearTo: null }
/** a 1×1 PNG */
const PNG = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=='), (c) =>
  c.charCodeAt(0),
)

function input(): BriefingInput {
  const hand = handOnMessages('zh-CN')
  return {
    place: '泗阳县',
    filters: '泗阳县',
    dataset: '内置数据集',
    date: new Date(2026, 11, 4),
    records,
    kpis: computeKpis(selectRecords(records)),
    charts: [
      { key: 'volume', title: '主动公开数量', fields: ['proactive_total'], width: 800, height: 400 },
      { key: 'trends', title: '年度趋势', fields: ['proactive_total'], width: 800, height: 360 },
    ],
    templates: ['pre-2019', '2021'],
    unitless: 0,
    ranking,
    compliance,
    coverage: coverageView(indexCoverage(data.records), filters, records),
    t: MESSAGES['zh-CN'],
    m: hand.briefing,
    coverageMessages: hand.coverage,
    locale: 'zh-CN',
  }
}

describe('briefingModel', () => {
  const model = briefingModel(input())
  const texts = model.blocks.flatMap((b) => ('text' in b ? [b.text] : b.kind === 'table' ? [...b.header, ...b.rows.flat()] : []))

  it('opens with the title, dataset, filters and date, then the KPIs with how many reports stated them', () => {
    expect(model.blocks[0]).toEqual({ kind: 'title', text: '泗阳县政府信息公开工作年度报告情况简报' })
    expect(texts).toContain('内置数据集')
    expect(texts).toContain('2026-12-04')
    const proactive = records.reduce((s, r) => s + (r.proactive_total ?? 0), 0)
    const stated = records.filter((r) => r.proactive_total !== null).length
    const kpiTable = model.blocks.find((b) => b.kind === 'table' && b.rows.some((r) => r[0] === '主动公开信息'))
    expect(kpiTable && kpiTable.kind === 'table' && kpiTable.rows.find((r) => r[0] === '主动公开信息')).toEqual([
      '主动公开信息',
      proactive.toLocaleString('zh-CN'),
      `${stated}/${records.length} 份报告载明`,
    ])
  })

  it('puts each chart as an image with its notes, and the template caveat under the trends', () => {
    const images = model.blocks.filter((b) => b.kind === 'image').map((b) => (b as { key: string }).key)
    expect(images).toEqual(['volume', 'trends'])
    expect(texts.some((t) => t.includes('统计口径不同'))).toBe(true)
    expect(texts).toContain(`${records.length} 份报告中 ${records.filter((r) => r.proactive_total !== null).length} 份载明“主动公开总数”。`)
  })

  it('ranks the townships and quotes the findings, then the coverage table', () => {
    const rankingTable = model.blocks.find((b) => b.kind === 'table' && b.header[0] === '名次')
    expect(rankingTable && rankingTable.kind === 'table' && rankingTable.rows).toHaveLength(Math.min(20, ranking.length))
    expect(texts.some((t) => t.startsWith('五、未发布年报的乡镇'))).toBe(true)
    const coverageTable = model.blocks.find((b) => b.kind === 'table' && b.header[0] === '县区')
    expect(coverageTable).toBeDefined()
    const withDeductions = [...compliance.values()].some((r) => r.deductions.length)
    expect(texts.includes('四、发现的问题')).toBe(true)
    if (withDeductions) expect(texts.some((t) => /^1\. /.test(t))).toBe(true)
  })
})

describe('a synthetic dataset in the briefing', () => {
  it('says so in red under the title, beside the dataset and in every page footer', async () => {
    const model = briefingModel({ ...input(), synthetic: '合成数据，不是真实报告' })
    expect(model.blocks[1]).toEqual({ kind: 'alert', text: '合成数据，不是真实报告' })
    const bytes = await writeBriefing(
      model,
      new Map([
        ['volume', PNG],
        ['trends', PNG],
      ]),
    )
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) })
    const lines = value
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean)
    expect(lines[1]).toBe('合成数据，不是真实报告')
    expect(value).toContain('内置数据集 (合成数据，不是真实报告)')
    const zip = await JSZip.loadAsync(bytes)
    const xml = await zip.file('word/document.xml')!.async('string')
    // the notice's run is red and bold
    expect(xml).toMatch(
      /<w:r><w:rPr>(?:(?!<\/w:rPr>).)*<w:b\/>(?:(?!<\/w:rPr>).)*<w:color w:val="C00000"\/>(?:(?!<\/w:rPr>).)*<\/w:rPr><w:t[^>]*>合成数据，不是真实报告<\/w:t>/,
    )
    const footers = await Promise.all(
      Object.keys(zip.files)
        .filter((f) => /word\/footer\d*\.xml/.test(f))
        .map((f) => zip.file(f)!.async('string')),
    )
    expect(footers.join('')).toMatch(/w:color w:val="C00000"(?:(?!<\/w:r>).)*合成数据，不是真实报告/)
    // a real dataset's briefing has none of it
    const plain = await writeBriefing(briefingModel(input()), new Map())
    expect((await mammoth.extractRawText({ buffer: Buffer.from(plain) })).value).not.toContain('合成数据')
  })
})

describe('writeBriefing', () => {
  it('writes a .docx that mammoth reads: the title, filters and figures in the text', async () => {
    const model = briefingModel(input())
    const bytes = await writeBriefing(
      model,
      new Map([
        ['volume', PNG],
        ['trends', PNG],
      ]),
    )
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) })
    expect(value).toContain('泗阳县政府信息公开工作年度报告情况简报')
    expect(value).toContain('一、总体情况')
    expect(value).toContain('报告合规排名')
    const zip = await JSZip.loadAsync(bytes)
    const xml = await zip.file('word/document.xml')!.async('string')
    expect(xml).toContain('w:eastAsia="仿宋"')
    expect(xml).toContain('w:eastAsia="黑体"')
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/)
    // two charts drawn (docx stores the identical test picture once)
    expect(xml.match(/<w:drawing>/g)).toHaveLength(2)
    expect(Object.keys(zip.files).some((f) => f.startsWith('word/media/'))).toBe(true)
    const footers = await Promise.all(
      Object.keys(zip.files)
        .filter((f) => /word\/footer\d*\.xml/.test(f))
        .map((f) => zip.file(f)!.async('string')),
    )
    expect(footers.join('')).toContain('PAGE')
  })
})
