import { english, said } from '../i18n/said.ts'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { readdirSync } from 'node:fs'
import { decodeReportBytes } from '../../src/io/decodeReportBytes.ts'
import { parseReport } from '../../src/parser/parseReport.ts'
import { concat, encodeGbk, encodeUtf16, utf8 } from './encodings.ts'

const report = readFileSync('tests/fixtures/corpus/reports/001_wutubulage_2019.txt', 'utf8')
const sample = '泉阳镇2018年政府信息公开工作年度报告\n一、总体情况\n2018年主动公开政府信息1149条，其中门户网站284条。\n'

function decoded(bytes: Uint8Array, name = 'r.txt') {
  const d = decodeReportBytes(bytes, name)
  if (!d.ok) throw new Error(`expected text, got: ${english(d.reason)}`)
  return d
}

describe('decodeReportBytes', () => {
  it('reads UTF-8 with and without a BOM to the same text', () => {
    expect(decoded(utf8(sample))).toMatchObject({ text: sample, encoding: 'utf-8', html: false, notes: [] })
    expect(decoded(concat(new Uint8Array([0xef, 0xbb, 0xbf]), utf8(sample))).text).toBe(sample)
  })

  it.each([
    ['le', true],
    ['be', true],
    ['le', false],
    ['be', false],
  ] as const)('reads UTF-16 %s (BOM: %s)', (endian, bom) => {
    const d = decoded(encodeUtf16(report, endian, bom))
    expect(d.text).toBe(report)
    expect(d.encoding).toBe(endian === 'le' ? 'utf-16le' : 'utf-16be')
  })

  it('reads BOM-less UTF-16 of text with no ASCII at all', () => {
    const pure = '泉阳镇人民政府政务公开工作年度报告主动公开政府信息'
    expect(decoded(encodeUtf16(pure, 'le', false)).text).toBe(pure)
  })

  it('reads GBK bytes as GB18030', () => {
    const gbkText = report.replace(/㈠|㈡|㈢|況/g, '') // keep to characters GBK has
    const d = decoded(encodeGbk(gbkText))
    expect(d).toMatchObject({ text: gbkText, encoding: 'gb18030' })
  })

  it('reads GBK even when a page is mostly ASCII markup with a little Chinese', () => {
    const page = `<html><head><meta charset="gbk"><title>x</title></head><body>${'<div class="nav">menu item</div>'.repeat(200)}<p>泉阳镇</p></body></html>`
    const d = decoded(encodeGbk(page), 'page.html')
    expect(d.encoding).toBe('gb18030')
    expect(d.text).toContain('泉阳镇')
  })

  it('prefers UTF-8 with a damaged byte over a GB18030 reading, and says so', () => {
    const bytes = utf8(report)
    bytes[2000] = 0xff
    const d = decoded(bytes)
    expect(d.encoding).toBe('utf-8')
    expect(d.notes).toEqual(['input_invalid_utf8_replaced'])
    expect(d.text.length).toBeGreaterThan(report.length - 5)
  })

  it('keeps a file cut off in the middle of a UTF-8 character, dropping the half character', () => {
    const bytes = utf8(sample)
    const cut = bytes.subarray(0, utf8('泉阳').length + 1) // one byte into 镇
    expect(decoded(cut)).toMatchObject({ text: '泉阳', encoding: 'utf-8', notes: ['input_truncated_utf8'] })
  })

  it('keeps a UTF-16 file that lost its last byte, noting the truncation', () => {
    const bytes = encodeUtf16(sample, 'le', true)
    expect(decoded(bytes.subarray(0, bytes.length - 1))).toMatchObject({
      text: sample.slice(0, -1),
      encoding: 'utf-16le',
      notes: ['input_truncated_utf16'],
    })
  })

  it('turns HTML into text by its name or by its content', () => {
    const html = '<table><tr><td>规章</td><td>&nbsp;</td></tr></table>'
    expect(decoded(utf8(html), 'a.html')).toMatchObject({ text: '规章 |\n |\n', html: true })
    const page = '<!DOCTYPE html><html><body><p>泉阳镇</p></body></html>'
    expect(decoded(utf8(page), 'saved.txt')).toMatchObject({ text: '泉阳镇\n', html: true })
  })

  it.each([
    ['an empty file', new Uint8Array(), 'empty file'],
    ['only a BOM and spaces', concat(new Uint8Array([0xef, 0xbb, 0xbf]), utf8('  \n\t ')), 'empty file (only whitespace)'],
    ['a PDF', utf8('%PDF-1.7\n%âãÏÓ\n1 0 obj'), 'binary file (PDF document), not a text report'],
    [
      'a .docx (ZIP)',
      new Uint8Array([0x50, 0x4b, 0x03, 0x04, 20, 0, 6, 0]),
      'binary file (ZIP archive (.docx/.xlsx/.zip)), not a text report',
    ],
    ['a PNG', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), 'binary file (PNG image), not a text report'],
    ['an RTF export', utf8('{\\rtf1\\ansi\\ansicpg936 {\\fonttbl}}'), 'binary file (RTF document), not a text report'],
    [
      'random bytes with NULs',
      new Uint8Array(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)),
      'binary file (contains NUL bytes)',
    ],
    ['control bytes', utf8('abc\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000e\u000f def'), 'binary file (control bytes)'],
    ['HTML with no text', utf8('<html><body><script>x()</script></body></html>'), 'no text in the HTML'],
  ])('rejects %s', (_, bytes, reason) => {
    expect(said(decodeReportBytes(bytes, 'r.txt'))).toEqual({ ok: false, reason })
  })
})

describe('line ends and stray NULs (issue 17 items 5 and 16)', () => {
  const dir = 'tests/fixtures/corpus/reports'
  const names = readdirSync(dir).filter((n) => n.endsWith('.txt'))

  it.each(names)('reads %s with CRLF or CR line ends to the same text, record and facts as with LF', (name) => {
    const lf = readFileSync(`${dir}/${name}`, 'utf8').replace(/\r\n?/g, '\n')
    const want = parseReport(decoded(utf8(lf)).text, name)
    for (const ending of ['\r\n', '\r']) {
      const text = decoded(utf8(lf.replace(/\n/g, ending))).text
      expect(text).toBe(lf)
      const got = parseReport(text, name)
      expect(got.record).toEqual(want.record)
      expect(got.facts).toEqual(want.facts)
      for (const f of got.facts) expect(text.slice(f.start, f.end)).not.toMatch(/\r/)
    }
  })

  it('keeps mixed line ends in one file apart from each other as lines', () => {
    expect(decoded(utf8('一\r\n二\r三\n四\r\r\n五')).text).toBe('一\n二\n三\n四\n\n五')
  })

  it('replaces a few NUL bytes in an otherwise good report, with a warning, offsets kept', () => {
    const bytes = utf8(report.replace('主动公开', '主动\u0000公开'))
    const d = decoded(bytes)
    expect(d.text).toBe(report.replace('主动公开', '主动\uFFFD公开'))
    expect(d.text.length).toBe(report.length + 1)
    expect(d.notes).toContain('input_nul_replaced')
    expect(decoded(utf8(report + '\u0000'.repeat(3))).notes).toContain('input_nul_replaced')
    // many NULs, or NULs thick in a short text, are still a binary file
    expect(said(decodeReportBytes(utf8(report + '\u0000'.repeat(9))))).toEqual({ ok: false, reason: 'binary file (contains NUL bytes)' })
  })
})
