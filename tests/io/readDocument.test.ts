import { said } from '../i18n/said.ts'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { decodeReportBytes } from '../../src/io/decodeReportBytes.ts'
import { readDocument } from '../../src/io/readDocument.ts'
import { readWordDoc } from '../../src/io/wordDocNode.ts'
import { parseReport } from '../../src/parser/parseReport.ts'
import { textToArticleHtml, wrapInSiteChrome } from '../fixtures/pages/sitePage.ts'
import { encodeGbk } from './encodings.ts'

const utf8 = (s: string) => new TextEncoder().encode(s)
const fixture = (name: string) => new Uint8Array(readFileSync(`tests/fixtures/word/${name}`))
const quanyang = readFileSync('tests/fixtures/corpus/reports/004_quanyang_2018.txt', 'utf8')

describe('readDocument: one reader per format', () => {
  it('reads text as decodeReportBytes does', async () => {
    expect(await readDocument(utf8(quanyang), 'q.txt')).toEqual(decodeReportBytes(utf8(quanyang), 'q.txt'))
  })

  it('reduces a whole saved page, in GBK too, to its report', async () => {
    const page = wrapInSiteChrome('泉阳镇2018年政府信息公开年度报告', textToArticleHtml(quanyang))
    for (const bytes of [
      utf8(page),
      encodeGbk(page.replace('charset=UTF-8', 'charset=gb2312').replace(/[^\p{ASCII}\u4e00-\u9fff\u3000-\u303f\uff00-\uffef\n]/gu, ' ')),
    ]) {
      const d = await readDocument(bytes, '泉阳镇.htm')
      expect(d.ok).toBe(true)
      if (!d.ok) continue
      expect(d.html).toBe(true)
      expect(d.text).not.toContain('主办单位')
      expect(parseReport(d.text, 'q.htm').record).toMatchObject({ township: '泉阳镇', year: 2018 })
    }
  })

  it('reads .docx, and a .doc that is really a .docx', async () => {
    for (const name of ['w.docx', 'w.doc']) {
      const d = await readDocument(fixture('wutubulage_2019.docx'), name)
      expect(d.ok && parseReport(d.text, name).record.township).toBe('乌图布拉格镇')
    }
  })

  it('reads a Word 97 .doc with the reader it is given, and says why not without one', async () => {
    const d = await readDocument(fixture('wutubulage_2019.doc'), 'w.doc', { doc: readWordDoc })
    expect(d.ok && parseReport(d.text, 'w.doc').record.township).toBe('乌图布拉格镇')
    expect(said(await readDocument(fixture('wutubulage_2019.doc'), 'w.doc'))).toEqual({
      ok: false,
      reason: 'Word 97-2003 .doc is read by the commands only (npm run parse / data): save it as .docx to import it here',
    })
  })

  it('reads a .doc that is really a web page as the page, with a note', async () => {
    // Word's "save as web page" output, served as .doc by many government sites
    const page = `<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word"><head><meta charset="utf-8"><title>泉阳镇</title></head><body lang=ZH-CN><div class=WordSection1>${textToArticleHtml(quanyang)}</div></body></html>`
    const d = await readDocument(utf8(page), '泉阳镇2018.doc', { doc: readWordDoc })
    expect(d).toMatchObject({ ok: true, html: true, notes: ['input_doc_not_word'] })
    expect(d.ok && parseReport(d.text, 'q.doc').record).toMatchObject({ township: '泉阳镇', year: 2018 })
  })

  it('gives one clear reason for a .docx that is not a ZIP, and for an empty one', async () => {
    expect(said(await readDocument(utf8('<html><body>报告</body></html>'), 'r.docx'))).toEqual({
      ok: false,
      reason: 'not a .docx file: not a ZIP archive (damaged, or another format renamed)',
    })
    expect(said(await readDocument(new Uint8Array(0), 'r.docx'))).toEqual({ ok: false, reason: 'empty file' })
  })
})
