import { said } from '../i18n/said.ts'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { htmlFromMhtml, looksLikeMhtml } from '../../src/io/mhtml.ts'
import { readDocument } from '../../src/io/readDocument.ts'
import { parseReport } from '../../src/parser/parseReport.ts'

// Chromium's own "save as single file" (Page.captureSnapshot) of a wrapped seed report
const saved = new Uint8Array(readFileSync('tests/fixtures/pages/quanyang_2018.mhtml'))
const ascii = (s: string) => new TextEncoder().encode(s)

describe('htmlFromMhtml', () => {
  it('takes the quoted-printable text/html part of a page Chromium saved as one file', () => {
    expect(looksLikeMhtml(saved)).toBe(true)
    const html = new TextDecoder().decode(htmlFromMhtml(saved)!)
    expect(html).toMatch(/^<!DOCTYPE html>/i)
    expect(html).toContain('泉阳镇')
    expect(html).not.toContain('=E6') // no quoted-printable left
  })

  it('decodes a base64 part and skips the parts that are not the page', () => {
    const page = Buffer.from('<html><body><p>泉阳镇2018年政府信息公开年度报告</p></body></html>').toString('base64')
    const mime = [
      'MIME-Version: 1.0',
      'Content-Type: multipart/related; boundary="XYZ"',
      '',
      '--XYZ',
      'Content-Type: text/css',
      '',
      'p { color: red }',
      '--XYZ',
      'Content-Type: text/html; charset="utf-8"',
      'Content-Transfer-Encoding: base64',
      '',
      page.slice(0, 40),
      page.slice(40),
      '--XYZ--',
      '',
    ].join('\r\n')
    expect(new TextDecoder().decode(htmlFromMhtml(ascii(mime))!)).toBe('<html><body><p>泉阳镇2018年政府信息公开年度报告</p></body></html>')
    expect(
      htmlFromMhtml(
        ascii(
          'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="B"\r\n\r\n--B\r\nContent-Type: image/png\r\n\r\nxx\r\n--B--\r\n',
        ),
      ),
    ).toBeNull()
  })
})

describe('readDocument on .mhtml', () => {
  it('reads the saved page to its report, without the site around it', async () => {
    const d = await readDocument(saved, '泉阳镇2018.mhtml')
    expect(d.ok).toBe(true)
    if (!d.ok) return
    expect(d.text).not.toContain('主办单位')
    expect(d.text).not.toContain('当前位置')
    expect(parseReport(d.text, 'q.mhtml').record).toMatchObject({ township: '泉阳镇', year: 2018 })
  })

  it('gives one reason for an .mhtml without a page', async () => {
    expect(
      said(
        await readDocument(
          ascii(
            'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="B"\r\n\r\n--B\r\nContent-Type: image/png\r\n\r\nxx\r\n--B--\r\n',
          ),
          'x.mht',
        ),
      ),
    ).toEqual({
      ok: false,
      reason: 'no web page in this .mhtml file (no text/html part)',
    })
  })
})
