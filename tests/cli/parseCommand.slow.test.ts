import { spawnSync } from 'node:child_process'
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { REPORT_COLUMNS } from '../../src/data/schema.ts'
import { csvToRecords } from '../../src/data/csv.ts'
import { runParse } from '../../src/cli/runParse.ts'
import { parseReport as defaultParse } from '../../src/parser/parseReport.ts'
import { reportId } from '../../src/parser/reportId.ts'
import { encodeGbk, encodeUtf16 } from '../io/encodings.ts'
import { ROOT, captureIO, runEntry, tempDir } from './helpers.ts'

const CORPUS = join(ROOT, 'tests/fixtures/corpus/reports')
const NAME = '001_wutubulage_2019.txt'
const text = readFileSync(join(CORPUS, NAME), 'utf8')

let dir: string
beforeAll(() => {
  dir = tempDir('parse-command-')
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function folder(name: string, files: Record<string, string | Uint8Array>): string {
  const d = join(dir, name)
  mkdirSync(d, { recursive: true })
  for (const [f, data] of Object.entries(files)) writeFileSync(join(d, f), data)
  return d
}

describe('runParse', () => {
  it('prints a JSON array with one object per report, keyed by the columns in order', async () => {
    const io = captureIO()
    expect(await runParse({ format: 'json', inputs: [CORPUS] }, io)).toBe(0)
    const rows = JSON.parse(io.out()) as Record<string, unknown>[]
    expect(rows).toHaveLength(5)
    expect(io.err()).toBe('')
    for (const row of rows) {
      expect(Object.keys(row)).toEqual([...REPORT_COLUMNS])
      expect(typeof row.warnings).toBe('string')
      for (const [column, value] of Object.entries(row)) {
        if (column !== 'warnings') expect(['string', 'number', 'object']).toContain(typeof value) // object = null
        if (typeof value === 'object') expect(value).toBeNull()
      }
    }
    expect(rows[1].source).toBe(NAME)
    expect(rows[1].report_id).toBe(reportId(NAME, text))
  })

  it('prints reports.csv with --format csv, which reads back without errors', async () => {
    const io = captureIO()
    expect(await runParse({ format: 'csv', inputs: [CORPUS] }, io)).toBe(0)
    expect(io.out().split('\n')[0]).toBe(REPORT_COLUMNS.join(','))
    const { rows, errors } = csvToRecords(io.out())
    expect(errors).toEqual([])
    expect(rows.map((r) => r.source)).toEqual([
      '000_jietou_2018.txt',
      '001_wutubulage_2019.txt',
      '002_yilaxi_2014.txt',
      '003_jintang_2018.txt',
      '004_quanyang_2018.txt',
    ])
  })

  it('gives the same record for a report in UTF-8, GBK, UTF-16 LE and UTF-16 BE', async () => {
    const gbkText = text.replace(/㈠|㈡|㈢|況/g, '')
    const inputs = [
      folder('enc/utf8', { [NAME]: gbkText }),
      folder('enc/gbk', { [NAME]: encodeGbk(gbkText) }),
      folder('enc/utf16le', { [NAME]: encodeUtf16(gbkText, 'le', true) }),
      folder('enc/utf16be', { [NAME]: encodeUtf16(gbkText, 'be', false) }),
    ]
    const io = captureIO()
    expect(await runParse({ format: 'json', inputs }, io)).toBe(0)
    const [utf8, ...others] = JSON.parse(io.out())
    for (const other of others) expect(other).toEqual(utf8)
  })

  it('parses a report saved as an HTML page with its tables flattened', async () => {
    const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>乌图布拉格镇2019年政府信息公开工作年度报告</title></head><body>
      <p>2019年度，乌图布拉格镇累计主动公开政府信息350条。</p>
      <table><tr><td>信息内容</td><td>本年新<br>制作数量</td><td>本年新<br>公开数量</td><td>对外公开总数量</td></tr>
      <tr><td>规章</td><td>0</td><td>&nbsp;</td><td>0</td></tr></table></body></html>`
    const seen: string[] = []
    const io = captureIO({ parse: (t, s) => (seen.push(t), defaultParse(t, s)) })
    const code = await runParse({ format: 'json', inputs: [folder('html', { 'report.html': html })] }, io)
    expect(code).toBe(0)
    expect(seen[0]).toContain('规章 |\n0 |\n |\n0 |\n')
    expect(seen[0]).not.toContain('<td>')
    expect(JSON.parse(io.out())[0].source).toBe('report.html')
  })

  it('reports each bad file on its own stderr line, prints the rest and exits 1', async () => {
    const d = folder('mixed', {
      'a_good.txt': text,
      'b_empty.txt': '',
      'c_binary.txt': new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0, 0, 1, 2]),
      'd_zip.htm': new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0]),
      'e_good.txt': text.slice(0, 500),
    })
    const io = captureIO()
    expect(await runParse({ format: 'json', inputs: [d, join(dir, 'no-such-file.txt')] }, io)).toBe(1)
    expect(JSON.parse(io.out()).map((r: { source: string }) => r.source)).toEqual(['a_good.txt', 'e_good.txt'])
    expect(io.err().split('\n').filter(Boolean)).toEqual([
      `${join(dir, 'no-such-file.txt')}: no such file or directory`,
      `${join(d, 'b_empty.txt')}: empty file`,
      `${join(d, 'c_binary.txt')}: corrupt or truncated PDF (Invalid PDF structure.)`,
      `${join(d, 'd_zip.htm')}: binary file (ZIP archive (.docx/.xlsx/.zip)), not a text report`,
    ])
  })

  it('keeps going when the parser throws on one report', async () => {
    const d = folder('throws', { '1.txt': text, '2.txt': 'boom', '3.txt': text })
    const io = captureIO({
      parse: (t, s) => {
        if (t === 'boom') throw new Error('unexpected table')
        return defaultParse(t, s)
      },
    })
    expect(await runParse({ format: 'json', inputs: [d] }, io)).toBe(1)
    expect(JSON.parse(io.out())).toHaveLength(2)
    expect(io.err()).toBe(`${join(d, '2.txt')}: parser failed: unexpected table\n`)
  })

  it('parses a report cut off mid-sentence and mid-character, noting the truncation', async () => {
    const bytes = new TextEncoder().encode(text)
    let cut = Math.floor(bytes.length / 2)
    while ((bytes[cut] & 0xc0) !== 0x80) cut++ // stop inside a multi-byte character
    const io = captureIO()
    expect(await runParse({ format: 'json', inputs: [folder('cut', { 'cut.txt': bytes.subarray(0, cut) })] }, io)).toBe(0)
    const [row] = JSON.parse(io.out())
    expect(row.source).toBe('cut.txt')
    expect(row.warnings.split(';')).toContain('input_truncated_utf8')
  })

  it('prints an empty JSON array when nothing parsed', async () => {
    const io = captureIO()
    expect(await runParse({ format: 'json', inputs: [folder('none', { 'e.txt': '' })] }, io)).toBe(1)
    expect(io.out()).toBe('[]\n')
  })
})

describe('parse command (the entry, as npm runs it)', () => {
  it('exits 2 with a usage line for no arguments, an unknown format or an unknown option', () => {
    for (const args of [[], ['--format', 'xml', CORPUS], ['--frmat', 'json', CORPUS], ['--format', 'json']]) {
      const r = runEntry('src/cli/parseCommand.ts', args)
      expect(r.code, args.join(' ')).toBe(2)
      expect(r.stdout).toBe('')
      expect(r.stderr).toMatch(/^parse: .*\nusage: npm run --silent parse -- \[--format json\|csv\]/)
    }
  })

  it('exits 0 and prints JSON through npm run --silent parse', () => {
    const r = spawnSync('npm', ['run', '--silent', 'parse', '--', '--format', 'json', join(CORPUS, NAME)], { cwd: ROOT, encoding: 'utf8' })
    expect(r.status).toBe(0)
    expect(JSON.parse(r.stdout)).toHaveLength(1)
  })

  it('exits 1 when a file fails, 0 when all parsed, and csv prints the header', () => {
    const bad = runEntry('src/cli/parseCommand.ts', ['--format', 'csv', join(CORPUS, NAME), join(dir, 'missing.txt')])
    expect(bad.code).toBe(1)
    expect(bad.stdout.split('\n')[0]).toBe(REPORT_COLUMNS.join(','))
    expect(bad.stderr).toBe(`${join(dir, 'missing.txt')}: no such file or directory\n`)
  })

  it('finishes a 50 MB report without crashing', () => {
    const path = join(dir, 'huge.txt')
    const fd = openSync(path, 'w')
    const chunk = Buffer.from(text + '\n')
    let size = 0
    while (size < 50 * 1024 * 1024) {
      writeSync(fd, chunk)
      size += chunk.length
    }
    closeSync(fd)
    const started = Date.now()
    const r = runEntry('src/cli/parseCommand.ts', ['--format', 'json', path])
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    const [row] = JSON.parse(r.stdout)
    expect(row.source).toBe('huge.txt')
    expect(row.report_id).toMatch(/^[0-9a-f]{16}$/)
    console.log(`50 MB report parsed in ${((Date.now() - started) / 1000).toFixed(1)} s`)
  }, 300_000)
})
