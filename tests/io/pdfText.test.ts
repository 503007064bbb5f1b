/**
 * PDF bytes → report text with pdfjs (Node, legacy build): the real development-corpus PDF
 * reads like its `pdftotext -layout` twin, field for field; Chinese set in a font without
 * embedded glyph maps reads through the package's CMaps; and each kind of bad PDF gives one
 * clear reason (with a Chinese wording for the page).
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { pdfToTextNode } from '../../src/io/pdfNode.ts'
import { MAX_PDF_PAGES } from '../../src/io/pdfText.ts'
import { readReportFile } from '../../src/io/readReportFile.ts'
import { parseReport } from '../../src/parser/parseReport.ts'
import { pageAt } from '../../src/data/pageAt.ts'
import type { Problem } from '../../src/data/problem.ts'
import { englishProblem, problemText } from '../../src/i18n/problems.ts'
import { MESSAGES } from '../../src/i18n/index.ts'
import { makePdf } from '../fixtures/pdf/makePdf.ts'
import { corpusRoot } from '../parser/corpusRoot.ts'
import { join } from 'node:path'

const REPORTS = join(corpusRoot('dev-corpus').root, 'reports')
const PDF = `${REPORTS}/101_hongze_2023.pdf`
const TWIN = `${REPORTS}/101_hongze_2023.txt`

async function textOf(bytes: Uint8Array): Promise<string> {
  const read = await pdfToTextNode(bytes)
  if (!read.ok) throw new Error(englishProblem(read.reason))
  return read.text
}

/** Why a PDF is refused, as the commands print it; '' when it is read. */
async function reasonOf(bytes: Uint8Array): Promise<string> {
  const read = await problemOf(bytes)
  return read ? englishProblem(read) : ''
}

async function problemOf(bytes: Uint8Array): Promise<Problem | null> {
  const read = await pdfToTextNode(bytes)
  return read.ok ? null : read.reason
}

describe('the development corpus PDF', () => {
  it('gives the same record as its pdftotext -layout twin, field for field', async () => {
    const read = await readReportFile(PDF)
    expect(read.ok).toBe(true)
    if (!read.ok) return
    expect(read.encoding).toBe('pdf')
    const fromPdf = parseReport(read.text, 'hongze').record
    const fromTwin = parseReport(readFileSync(TWIN, 'utf8'), 'hongze').record
    const { report_id: a, ...pdfFields } = fromPdf
    const { report_id: b, ...twinFields } = fromTwin
    expect(a).not.toBe(b) // different bytes, different id
    expect(pdfFields).toEqual(twinFields)
    expect(fromPdf.township).toBe('洪泽区')
    expect(fromPdf.year).toBe(2023)
    expect(fromPdf.apps_new).toBe(21)
  }, 30_000)

  it('reads five pages, ends each with a form feed, and rebuilds the tables as rows of cells', async () => {
    const text = await textOf(new Uint8Array(readFileSync(PDF)))
    expect(text.split('\f').length - 1).toBe(5)
    const rows = text.split('\n').map((l) => l.trim().split(/\s{2,}/))
    expect(rows).toContainEqual(['行政规范性文件', '0', '5', '5'])
    expect(rows).toContainEqual(['一、本年新收政府信息公开申请数量', '21', '0', '0', '0', '0', '0', '21'])
    // the row whose label wrapped around its values, put back together
    expect(rows).toContainEqual(['（二）部分公开（区分处理的，只计这一情 形，不计其他情形）', '4', '0', '0', '0', '0', '0', '4'])
    // a sentence the page wrapped (在政 | 府网站) reads as one line again
    expect(text).toContain('我区在政府网站平台主动公开政府信息 1136 条。')
    // facts carry their page: the application table is on page 3
    const { facts } = parseReport(text, '101_hongze_2023.pdf')
    const apps = facts.find((f) => f.field === 'apps_new')!
    expect(pageAt(text, apps.start)).toBe(text.slice(0, apps.start).split('\f').length)
    expect(pageAt(text, text.indexOf('一、本年新收'))).toBe(3)
    expect(pageAt(text, text.indexOf('洪泽区人民政府'))).toBe(1)
  }, 30_000)
})

describe('PDFs built for the test', () => {
  it('reads Chinese set in STSong-Light (no embedded font) through the package CMaps, one page per form feed', async () => {
    const text = await textOf(
      makePdf([
        {
          text: [
            [72, 760, 16, '石门镇人民政府'],
            [72, 730, 16, '政府信息公开工作年度报告'],
          ],
        },
        { text: [[72, 760, 12, 'page two']] },
      ]),
    )
    expect(text).toBe('石门镇人民政府\n政府信息公开工作年度报告\n\fpage two\n\f')
  })

  it('turns a page whose text runs upwards so its lines read in order', async () => {
    // lines of upward text: the first line is furthest left; each line's words go up the page
    const text = await textOf(
      makePdf([
        {
          upwards: true,
          text: [
            [100, 100, 12, 'First row label'],
            [100, 300, 12, 'cell one'],
            [130, 100, 12, 'Second row label'],
            [130, 300, 12, '42'],
          ],
        },
      ]),
    )
    const rows = text.split('\n').filter((l) => l.trim() !== '' && l !== '\f')
    expect(rows.map((l) => l.trim().split(/\s{2,}/))).toEqual([
      ['First row label', 'cell one'],
      ['Second row label', '42'],
    ])
  })

  it('refuses an encrypted PDF (a password to open it)', async () => {
    const reason = await reasonOf(new Uint8Array(readFileSync('tests/fixtures/pdf/encrypted.pdf')))
    expect(reason).toBe('encrypted PDF (password required): save it without a password and import it again')
  })

  it('refuses a truncated PDF and one whose body is garbage', async () => {
    const whole = new Uint8Array(readFileSync(PDF))
    expect(await reasonOf(whole.subarray(0, 40_000))).toMatch(/^corrupt or truncated PDF \(/)
    const garbage = new Uint8Array(4000).map((_, i) => (i * 7919) % 251)
    garbage.set([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x34])
    expect(await reasonOf(garbage)).toMatch(/^corrupt or truncated PDF \(/)
  })

  it(`refuses a PDF over ${MAX_PDF_PAGES} pages up front, with its count`, async () => {
    const long = makePdf(Array.from({ length: MAX_PDF_PAGES + 1 }, (_, i) => ({ text: [[72, 700, 12, `page ${i + 1}`]] })))
    expect(await reasonOf(long)).toBe('PDF has 201 pages (the limit is 200): not read')
    const limit = makePdf(Array.from({ length: MAX_PDF_PAGES }, (_, i) => ({ text: [[72, 700, 12, `page ${i + 1}`]] })))
    expect((await pdfToTextNode(limit)).ok).toBe(true)
  }, 30_000)

  it('says a scan (pages of images, no text) needs OCR', async () => {
    expect(await reasonOf(makePdf([{ image: true }, { image: true }]))).toBe(
      'no text layer (2 pages of images only, a scan?): OCR needed before it can be read',
    )
    expect(await reasonOf(makePdf([{ image: true }]))).toBe(
      'no text layer (1 page of images only, a scan?): OCR needed before it can be read',
    )
  })

  it('has a Chinese wording for every PDF refusal', async () => {
    const reasons = [
      await problemOf(new Uint8Array(readFileSync('tests/fixtures/pdf/encrypted.pdf'))),
      await problemOf(new Uint8Array(readFileSync(PDF)).subarray(0, 40_000)),
      await problemOf(makePdf(Array.from({ length: 201 }, () => ({ text: [[72, 700, 12, 'x']] })))),
      await problemOf(makePdf([{ image: true }])),
    ]
    expect(reasons.map((r) => problemText(r!, MESSAGES['zh-CN']))).toEqual([
      '加密的 PDF（需要密码）：请另存为不加密的文件后再导入',
      'PDF 文件损坏或不完整',
      'PDF 共 201 页（上限 200 页），未读取',
      '没有文字层（1 页只有图片，可能是扫描件）：需先用 OCR 识别文字才能读取',
    ])
  }, 30_000)
})
