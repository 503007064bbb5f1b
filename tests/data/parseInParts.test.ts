/**
 * reports.csv parsed in two parts (two workers) must give what parsing it whole gives: the same
 * records, in order, and the same problems on the same rows. splitBody must cut the bytes at a
 * line whatever the chunking, and hand the header to the second part.
 */
import { describe, expect, it } from 'vitest'
import { columnsToRecords, concatColumns } from '../../src/data/columns.ts'
import { plainRecords } from './plainRecords.ts'
import { parseColumns, parseColumnsStream } from '../../src/data/parseColumns.ts'
import { splitBody } from '../../src/data/splitBody.ts'
import { REPORTS_CSV } from '../fixtures/dashboard/load.ts'

/** The fixture's rows repeated with new ids, and broken rows scattered through it. */
function bigCsv(): string {
  const [header, ...rows] = REPORTS_CSV.trimEnd().split(/\r?\n/)
  const out = [header]
  for (let k = 0; k < 6; k++) {
    rows.forEach((row, i) => out.push(row.replace(/^[^,]+,/, `r${k}-${i},`)))
    out.push(k % 2 ? 'r-bad,only,three' : rows[0].replace(/^[^,]+,/, `r-num${k},`).replace(/,20(1\d|2\d),/, ',二〇二〇,'))
    if (k === 3) out.push('')
  }
  return out.join('\n')
}

function inTwo(text: string, cutLine: number) {
  const lines = text.split('\n')
  const first = lines.slice(0, cutLine).join('\n')
  const second = lines.slice(cutLine).join('\n')
  const a = parseColumns(first)
  const b = parseColumns(second, lines[0])
  return { a, b, rows: columnsToRecords(concatColumns(a.columns, b.columns)), errors: [...a.errors, ...b.errors.map((e) => ({ ...e, row: e.row + a.rowsRead }))] }
}

describe('parsing reports.csv in two parts', () => {
  const text = bigCsv()
  const whole = parseColumns(text)
  const lineCount = text.split('\n').length

  it('gives the whole file’s records and problems, wherever the cut falls', () => {
    expect(whole.errors.length).toBeGreaterThanOrEqual(6)
    for (const cut of [2, 7, Math.floor(lineCount / 2), lineCount - 3, lineCount - 1]) {
      const parts = inTwo(text, cut)
      expect(parts.a.unterminatedQuote).toBe(false)
      expect(plainRecords(parts.rows)).toEqual(plainRecords(columnsToRecords(whole.columns)))
      expect(parts.errors).toEqual(whole.errors)
    }
  })

  it('says when the cut fell inside a quoted cell', () => {
    const [header, row] = REPORTS_CSV.trimEnd().split(/\r?\n/)
    const quoted = `${header}\n${row.replace(/,([^,]*)$/, ',"two\nlines"')}\n${row}`
    const lines = quoted.split('\n')
    expect(parseColumns(lines.slice(0, 2).join('\n')).unterminatedQuote).toBe(true)
    expect(parseColumns(quoted).unterminatedQuote).toBe(false)
  })
})

async function readAll(stream: ReadableStream<Uint8Array>): Promise<string> {
  return new Response(stream).text()
}

function chunked(bytes: Uint8Array, size: number): ReadableStream<Uint8Array> {
  let at = 0
  return new ReadableStream({
    pull(c) {
      if (at >= bytes.length) return c.close()
      c.enqueue(bytes.slice(at, at + size))
      at += size
    },
  })
}

describe('splitBody', () => {
  const text = '标题,b,c\n' + Array.from({ length: 50 }, (_, i) => `镇${i},${i},x`).join('\n') + '\n'
  const bytes = new TextEncoder().encode(text)

  it.each([1, 7, 64, 1 << 20])('cuts at a line and hands out the header (chunks of %i bytes)', async (size) => {
    const { header, first, second } = splitBody(chunked(bytes, size), bytes.length)
    const [h, a, b] = await Promise.all([header, readAll(first), readAll(second)])
    expect(h).toBe('标题,b,c')
    expect(`${a}\n${b}`).toBe(text)
    expect(a.length).toBeGreaterThan(text.length / 2 - 20)
    expect(a.endsWith('\n')).toBe(false)
  })

  it('drops the \\r of a CRLF line end at the cut', async () => {
    const crlf = new TextEncoder().encode(text.replace(/\n/g, '\r\n'))
    const { header, first, second } = splitBody(chunked(crlf, 5), crlf.length)
    const [h, a, b] = await Promise.all([header, readAll(first), readAll(second)])
    expect(h).toBe('标题,b,c')
    expect(a.endsWith('\r')).toBe(false)
    expect(`${a}\r\n${b}`).toBe(text.replace(/\n/g, '\r\n'))
  })
})

describe('concatColumns at scale', () => {
  it('joins parts of 200,000 rows (no argument-list limits)', () => {
    const [header, row] = REPORTS_CSV.trimEnd().split(/\r?\n/)
    const part = (from: number) => parseColumns([header, ...Array.from({ length: 200_000 }, (_, i) => row.replace(/^[^,]+,/, `r${from + i},`))].join('\n'))
    const joined = concatColumns(part(0).columns, part(200_000).columns)
    expect(joined.length).toBe(400_000)
    expect(columnsToRecords(joined)[399_999].report_id).toBe('r399999')
  }, 60_000)
})

describe('parsing a part as it arrives', () => {
  const text = bigCsv()
  const whole = parseColumns(text)
  const bytes = new TextEncoder().encode(text)

  it.each([1, 13, 500, 1 << 20])('gives the whole parse for chunks of %i bytes, header, blank line and broken rows included', async (size) => {
    const part = await parseColumnsStream(chunked(bytes, size))
    expect(part.unterminatedQuote).toBe(false)
    expect(plainRecords(columnsToRecords(part.columns))).toEqual(plainRecords(columnsToRecords(whole.columns)))
    expect(part.errors).toEqual(whole.errors)
    expect(part.rowsRead).toBe(whole.rowsRead)
  })

  it('reads a later part under the file’s header, CRLF and a trailing newline as the whole parse does', async () => {
    const lines = text.split('\n')
    const second = lines.slice(9).join('\r\n') + '\r\n'
    const streamed = await parseColumnsStream(chunked(new TextEncoder().encode(second), 7), lines[0])
    const atOnce = parseColumns(second, lines[0])
    expect(plainRecords(columnsToRecords(streamed.columns))).toEqual(plainRecords(columnsToRecords(atOnce.columns)))
    expect(streamed.errors).toEqual(atOnce.errors)
  })

  it('says so when a quoted cell runs across two chunks', async () => {
    const [header, row] = REPORTS_CSV.trimEnd().split(/\r?\n/)
    const quoted = new TextEncoder().encode(`${header}\n${row.replace(/,([^,]*)$/, ',"two\nlines"')}\n${row}`)
    expect((await parseColumnsStream(chunked(quoted, 3))).unterminatedQuote).toBe(true)
  })
})
