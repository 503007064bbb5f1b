import { describe, expect, it } from 'vitest'
import Papa from 'papaparse'
import { csvParts } from '../../src/composables/exportCsv.ts'
import { csvPartsWithLabels, zhHeader } from '../../src/export/csvHeaders.ts'
import { REPORT_COLUMNS } from '../../src/data/schema.ts'
import { MESSAGES } from '../../src/i18n/index.ts'
import { fixtureDataset } from '../fixtures/dashboard/load.ts'

const records = fixtureDataset().records
const text = async (parts: BlobPart[]) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(await new Blob(parts).arrayBuffer())

describe('CSV with Chinese headers', () => {
  it('keeps the machine-header CSV as it was, first part = BOM + header', async () => {
    const parts = await csvParts(records.slice(0, 3))
    expect(new TextDecoder().decode(parts[0] as Uint8Array)).toBe(REPORT_COLUMNS.join(','))
    expect((parts[0] as Uint8Array)[0]).toBe(0xef) // the BOM's UTF-8 bytes lead
  })

  it('swaps only the header: same rows, Chinese labels, BOM kept', async () => {
    const machine = await text(await csvParts(records))
    const zh = await text(await csvPartsWithLabels(records, MESSAGES['zh-CN'].columns))
    expect(zh.charCodeAt(0)).toBe(0xfeff)
    const [head, ...rest] = zh.slice(1).split('\r\n')
    expect(head).toBe(zhHeader(MESSAGES['zh-CN'].columns))
    expect(head.split(',').slice(0, 3)).toEqual(['报告编号', '原文文件', '乡镇'])
    expect(rest).toEqual(machine.slice(1).split('\r\n').slice(1))
    const parsed = Papa.parse<Record<string, string>>(zh.slice(1), { header: true })
    expect(parsed.data).toHaveLength(records.length)
  })

  it('a synthetic dataset: both CSVs open with a `#` notice line above the header, which Papa skips as a comment', async () => {
    const notice = '合成数据，不是真实报告'
    for (const parts of [
      await csvParts(records, undefined, notice),
      await csvPartsWithLabels(records, MESSAGES['zh-CN'].columns, undefined, notice),
    ]) {
      const csv = await text(parts)
      expect(csv.charCodeAt(0)).toBe(0xfeff)
      const [first, head] = csv.slice(1).split('\r\n')
      expect(first).toBe(`# ${notice}`)
      expect(head.startsWith('report_id,') || head.startsWith('报告编号,')).toBe(true)
      const parsed = Papa.parse<string[]>(csv.slice(1), { comments: '#' })
      expect(parsed.data).toHaveLength(records.length + 1)
    }
    // and the dashboard's own import reads the machine one back, notice and all
    const { parseImportFile } = await import('../../src/import/parseImportFile.ts')
    const item = await parseImportFile(
      'x-SYNTHETIC.csv',
      new Uint8Array(await new Blob(await csvParts(records.slice(0, 5), undefined, notice)).arrayBuffer()),
    )
    expect(item.kind).toBe('csv')
    expect(item.kind === 'csv' && [item.reports.length, item.errors]).toEqual([5, []])
  })
})
