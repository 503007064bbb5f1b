/**
 * Every problem the page can show about a file comes from its producer (decoder, importer,
 * CSV checks, loader) as a code with parameters, and is put into words by the catalogues: in
 * Chinese on the Chinese page with its values kept, in English as the commands print it. No
 * English sentence is translated back.
 */
import { describe, expect, it } from 'vitest'
import { decodeReportBytes } from '../../src/io/decodeReportBytes.ts'
import { unsupportedReason } from '../../src/import/acceptFile.ts'
import { parseImportFile } from '../../src/import/parseImportFile.ts'
import { readDocument } from '../../src/io/readDocument.ts'
import { noReportReason } from '../../src/cli/parseFiles.ts'
import { parseReport } from '../../src/parser/parseReport.ts'
import { csvToFacts, csvToRecords } from '../../src/data/csv.ts'
import { unreadable } from '../../src/data/loadDataset.ts'
import { dataAddress } from '../../src/data/dataAddress.ts'
import { PROBLEM_CODES, problem, type Problem } from '../../src/data/problem.ts'
import { columnProblemText, englishProblem, problemText } from '../../src/i18n/problems.ts'
import { MESSAGES } from '../../src/i18n/index.ts'
import { overBudgetReason } from '../../src/import/importClient.ts'
import { overBudgetReason as parseOverBudget } from '../../src/cli/parsePool.ts'
import { REPORTS_CSV } from '../fixtures/dashboard/load.ts'

const zh = MESSAGES['zh-CN']
const en = MESSAGES.en
const bytes = (...b: number[]) => new Uint8Array(b)
const text = (s: string) => new TextEncoder().encode(s)
const reasonOf = (d: { ok: true } | { ok: false; reason: Problem }) => (d.ok ? null : d.reason)
const failed = (item: Awaited<ReturnType<typeof parseImportFile>>) => (item.kind === 'failed' ? item.reason : null)

/** What each producer says, as the page receives it. */
async function produced(): Promise<(Problem | null)[]> {
  const [header, row] = REPORTS_CSV.trimEnd().split(/\r?\n/)
  const broken = [
    header.replace('published', 'publishd') + ',extra,extra',
    row.split(',').slice(0, 3).join(','),
    row.replace(/,20(1\d|2\d),/, ',二〇二〇,'),
    row.replace(/^[^,]+,/, ','),
    row.replace(',township,', ',hamlet,'),
    row.replace(/,(2019|2021|pre-2019),/, ',1999,'),
    `${row},"open`,
  ].join('\n')
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
    noReportReason({ path: 'a.html', html: true }, parseReport('你好', 'a.html')),
    unreadable('reports.csv', new Error('NotReadableError')),
    unreadable('reports.csv', new Error('not found')),
    dataAddress('https://evil.example/', { href: 'http://127.0.0.1/', hostname: '127.0.0.1' }, '/data/').refused,
    problem('too_large', { size: 64, limit: 50 }),
    overBudgetReason(15_000),
    overBudgetReason(5),
    parseOverBudget(60_000),
    ...csvToRecords(`${header}\n${row.replace(/,20(1\d|2\d),/, ',99999,')}\n${row}\n`).errors,
    ...['-3', '1e400', '100000000000000000000000'].flatMap(
      (v) => csvToRecords(`report_id,source,ch_web,fees_wan\nr1,a,${v},${v}\n`).errors,
    ),
    ...csvToRecords(`report_id,source,township\nr1,a,${'x'.repeat(100_001)}\n`).errors,
    ...csvToRecords('township\n泉阳镇\n').errors,
    ...csvToRecords('<!DOCTYPE html><html></html>').errors,
    ...csvToRecords(broken).errors,
    ...csvToFacts('report_id,field,value,quote,start,end\nr1,apps_new,1,x,9,3\nr1,nope,1,x,a,3').errors,
  ]
}

describe('problems as codes, in the page’s language (issue 15 item 4)', async () => {
  const all = await produced()

  it('every producer gives a code the catalogues know, and each has words in both', () => {
    expect(all.length).toBeGreaterThan(30)
    for (const p of all) {
      expect(p, 'a producer said nothing').not.toBeNull()
      expect(PROBLEM_CODES).toContain(p!.code)
    }
    for (const code of PROBLEM_CODES) {
      expect(zh.problems[code], `no Chinese for ${code}`).toMatch(/[\u4e00-\u9fff]/)
      expect(en.problems[code], `no English for ${code}`).toBeTruthy()
    }
  })

  it('fills every placeholder from the producer’s parameters, in both languages', () => {
    for (const p of all) {
      for (const m of [zh, en]) expect(problemText(p!, m), `${p!.code} ${JSON.stringify(p!.params)}`).not.toMatch(/\{\w+(\|\w+)?\}/)
      const words = problemText(p!, zh)
      // what is left in Latin letters is data: names, values, extensions, column names
      expect(
        words.replace(
          /“[^”]*”|[a-z_]+(?=：| 为空)|\.[a-z]+|reports\.csv|report_id|MB|NUL|PDF|ZIP|PNG|docx|xlsx|zip|NotReadableError|\s/g,
          '',
        ),
        words,
      ).not.toMatch(/[A-Za-z]{3,}/)
    }
  })

  it('words a code with its parameters in Chinese and in English', () => {
    const negative = csvToRecords('report_id,source,ch_web\nr1,a,-3\n').errors.find((e) => e.row === 1)!
    expect(negative).toEqual({ row: 1, column: 'ch_web', code: 'not_whole', params: { value: '-3' } })
    expect(problemText(negative, zh)).toBe('不是非负整数：“-3”')
    expect(problemText(negative, en)).toBe('not a whole number ≥ 0: "-3"')
    expect(columnProblemText(negative.column, negative, zh)).toBe('ch_web：不是非负整数：“-3”')
    expect(columnProblemText(negative.column, negative, en)).toBe('ch_web: not a whole number ≥ 0: "-3"')
    const big = problem('too_large', { size: 64, limit: 50 })
    expect(problemText(big, zh)).toBe('文件过大（64 MB，上限 50 MB）')
    expect(englishProblem(big)).toBe('too large (64 MB; the limit is 50 MB)')
  })

  it('joins list parameters and names terms as each catalogue says', () => {
    const refused = csvToRecords('township\n泉阳镇\n').errors.at(-1)!
    expect(refused).toMatchObject({ code: 'file_refused', params: { columns: ['report_id', 'source'] } })
    expect(problemText(refused, zh)).toBe('整个文件未载入：缺少“report_id”或“source”列')
    expect(problemText(refused, en)).toBe('file refused: no report_id or source column')
    const type = unsupportedReason('a.pptx')
    expect(problemText(type, zh)).toBe('不支持的文件类型 .pptx：可导入 .txt、.html、.htm、.md、.pdf、.docx 或 reports.csv')
    expect(problemText(type, en)).toBe('unsupported file type .pptx: import .txt, .html, .htm, .md, .pdf, .docx or a reports.csv')
    const pdf = reasonOf(decodeReportBytes(bytes(0x25, 0x50, 0x44, 0x46, 1, 2)))!
    expect(pdf).toEqual({ code: 'binary_kind', params: { kind: 'pdf' } })
    expect(problemText(pdf, zh)).toBe('二进制文件（PDF 文档），不是文本报告')
    expect(problemText(pdf, en)).toBe('binary file (PDF document), not a text report')
    expect(problemText(problem('pdf_no_text_layer', { pages: 1 }), en)).toBe(
      'no text layer (1 page of images only, a scan?): OCR needed before it can be read',
    )
    expect(problemText(problem('pdf_no_text_layer', { pages: 3 }), en)).toBe(
      'no text layer (3 pages of images only, a scan?): OCR needed before it can be read',
    )
  })

  it('the commands print the same English the page shows in English', () => {
    for (const p of all) expect(englishProblem(p!)).toBe(problemText(p!, en))
    expect(englishProblem(parseOverBudget(60_000))).toBe('took longer than 60 s to parse; skipped')
  })
})
