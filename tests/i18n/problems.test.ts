/**
 * Every problem the page can show about a file, from the code that words it (decoder,
 * importer, CSV checks), must read in Chinese on the Chinese page with its values kept, and
 * stay as written in English.
 */
import { describe, expect, it } from 'vitest'
import { decodeReportBytes } from '../../src/io/decodeReportBytes.ts'
import { unsupportedReason } from '../../src/import/acceptFile.ts'
import { parseImportFile } from '../../src/import/parseImportFile.ts'
import { readDocument } from '../../src/io/readDocument.ts'
import { noReportReason } from '../../src/cli/parseFiles.ts'
import { parseReport } from '../../src/parser/parseReport.ts'
import { csvToFacts, csvToRecords } from '../../src/data/csv.ts'
import { FILE_NOT_FOUND } from '../../src/data/loadDataset.ts'
import { problemText } from '../../src/i18n/problems.ts'
import { overBudgetReason } from '../../src/import/importClient.ts'
import { REPORTS_CSV } from '../fixtures/dashboard/load.ts'

const bytes = (...b: number[]) => new Uint8Array(b)
const text = (s: string) => new TextEncoder().encode(s)
const reasonOf = (d: ReturnType<typeof decodeReportBytes>) => (d.ok ? '' : d.reason)
const failed = (item: Awaited<ReturnType<typeof parseImportFile>>) => (item.kind === 'failed' ? item.reason : '')

/** What each producer says, as the page receives it. */
async function produced(): Promise<string[]> {
  const [header, row] = REPORTS_CSV.trimEnd().split(/\r?\n/)
  const cells = header.split(',')
  const broken = [
    header.replace('published', 'publishd') + ',extra,extra',
    row.split(',').slice(0, 3).join(','),
    row.replace(/,20(1\d|2\d),/, ',二〇二〇,'),
    row.replace(/^[^,]+,/, ','),
    row.replace(',township,', ',hamlet,'),
    row.replace(/,(2019|2021|pre-2019),/, ',1999,'),
    `${row},"open`,
  ].join('\n')
  const csv = csvToRecords(broken).errors.map((e) => (e.column ? `${e.column}: ${e.message}` : e.message))
  const facts = csvToFacts('report_id,field,value,quote,start,end\nr1,apps_new,1,x,9,3').errors.map((e) => e.message)
  expect(cells.length).toBeGreaterThan(10)
  return [
    reasonOf(decodeReportBytes(bytes())),
    reasonOf(decodeReportBytes(text('   \n  '))),
    reasonOf(decodeReportBytes(bytes(0x89, 0x50, 0x4e, 0x47, 1, 2, 3))),
    reasonOf(decodeReportBytes(bytes(0x25, 0x50, 0x44, 0x46, 1, 2))),
    reasonOf(decodeReportBytes(bytes(0x50, 0x4b, 0x03, 0x04, 1))),
    reasonOf(decodeReportBytes(bytes(0x41, 0x42, 0x00, 0x00, 0x00, 0x43, 0x44, 0x00, 0x45))),
    reasonOf(decodeReportBytes(text('a\u0001\u0002\u0003\u0004\u0005b'.repeat(20)))),
    reasonOf(decodeReportBytes(text('<html><body><script>x</script></body></html>'), 'a.html')),
    unsupportedReason('报告.pptx'),
    unsupportedReason('README'),
    failed(await parseImportFile('x.csv', text('a,b\n1,2'))),
    failed(await parseImportFile('x.txt', text('你好，今天天气不错。'))),
    reasonOf(await readDocument(text('<html><body>x</body></html>'), 'a.docx')),
    reasonOf(await readDocument(bytes(0x50, 0x4b, 0x03, 0x04, 1, 2, 3), 'a.docx')),
    reasonOf(await readDocument(bytes(0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3), 'a.doc')),
    reasonOf(await readDocument(text('MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="B"\r\n\r\n--B--\r\n'), 'a.mhtml')),
    noReportReason({ path: 'a.html', html: true }, parseReport('你好', 'a.html')) ?? '',
    'cannot read file: NotReadableError',
    FILE_NOT_FOUND,
    'too large (64 MB; the limit is 50 MB)',
    overBudgetReason(15_000),
    overBudgetReason(5),
    ...csvToRecords(`${header}\n${row.replace(/,20(1\d|2\d),/, ',99999,')}\n${row}\n`).errors.map((e) => e.message),
    ...['-3', '1e400', '100000000000000000000000'].flatMap((v) => csvToRecords(`report_id,source,ch_web,fees_wan\nr1,a,${v},${v}\n`).errors.map((e) => e.message)),
    csvToRecords(`report_id,source,township\nr1,a,${'x'.repeat(100_001)}\n`).errors[0]?.message ?? '',
    csvToRecords('township\n泉阳镇\n').errors.at(-1)?.message ?? '',
    csvToRecords('<!DOCTYPE html><html></html>').errors[0]?.message ?? '',
    ...csv,
    ...facts,
  ]
}

describe('problemText', async () => {
  const all = await produced()

  it('has a Chinese wording for every problem the page can show', () => {
    expect(all.length).toBeGreaterThan(20)
    for (const p of all) {
      expect(p, 'a producer said nothing').not.toBe('')
      const zh = problemText(p, 'zh-CN')
      expect(zh, `no Chinese for: ${p}`).not.toBe(p)
      expect(zh).toMatch(/[\u4e00-\u9fff]/)
      // what is left in Latin letters is data: names, values, extensions, column names
      expect(zh.replace(/“[^”]*”|[a-z_]+(?=：| 为空)|\.[a-z]+|reports\.csv|report_id|MB|NUL|PDF|ZIP|PNG|docx|xlsx|zip|NotReadableError|\s/g, ''), zh).not.toMatch(/[A-Za-z]{3,}/)
    }
  })

  it('keeps the values the English names', () => {
    expect(problemText('too large (64 MB; the limit is 50 MB)', 'zh-CN')).toBe('文件过大（64 MB，上限 50 MB）')
    expect(problemText('proactive_total: not a number: "十二"', 'zh-CN')).toBe('proactive_total：不是数字：“十二”')
    expect(problemText('unsupported file type .pptx: import .txt, .html, .htm, .md, .docx or a reports.csv', 'zh-CN')).toContain('.pptx')
  })

  it('leaves English as written, and an unknown wording as it is', () => {
    for (const p of all) expect(problemText(p, 'en')).toBe(p)
    expect(problemText('something new went wrong', 'zh-CN')).toBe('something new went wrong')
  })
})
