/**
 * The scanner (scanColumns.ts, behind parseColumns / ColumnsParser) must give exactly what the
 * PapaParse path gave before it (parseColumnsWithPapa / `{ papa: true }`): the same columns
 * (numbers bit for bit, NaN and -0 included; codes; dictionaries in the same order), the same
 * errors, rowsRead and unterminatedQuote — on the committed dataset, a synthetic one, a table
 * of broken inputs, and random ones, whole, in pieces of lines and under a separate header.
 */
import { englishProblem } from '../../src/i18n/problems.ts'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ColumnsParser, parseColumns, parseColumnsWithPapa, type ColumnsPart } from '../../src/data/parseColumns.ts'
import { guessNewline } from '../../src/data/scanColumns.ts'
import { writeCsv } from '../../tools/synth/writeCsv.ts'
import { REPORTS_CSV } from '../fixtures/dashboard/load.ts'

const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), '../..')
const DATA_CSV = readFileSync(path.join(ROOT, 'data/reports.csv'), 'utf8')

/** Everything a part says, in a form where toEqual misses nothing (-0 and NaN spelled out). */
function snapshot(part: ColumnsPart) {
  const num = (v: number) => (Object.is(v, -0) ? '-0' : String(v))
  return {
    length: part.columns.length,
    numbers: part.columns.numbers.map((a) => {
      expect(a).toBeInstanceOf(Float64Array)
      expect(a.length).toBe(part.columns.length)
      return Array.from(a, num)
    }),
    codes: part.columns.codes.map((a) => {
      expect(a).toBeInstanceOf(Int32Array)
      expect(a.length).toBe(part.columns.length)
      return Array.from(a)
    }),
    dicts: part.columns.dicts,
    errors: part.errors,
    rowsRead: part.rowsRead,
    unterminatedQuote: part.unterminatedQuote,
  }
}

/**
 * The text fed as pieces of whole lines, cut after the given lines ('\r' before a cut dropped,
 * as parseColumnsStream does); `padded`: each piece as the first chars of a longer string
 * (`lines(text, end)`, as parseColumnsStream passes its chunk), with a quote, commas and line
 * ends after the end that must not be read.
 */
function inPieces(text: string, cuts: number[], papa: boolean, header?: string, padded = false): ColumnsPart {
  const lines = text.split('\n')
  const parser = new ColumnsParser(header, { papa })
  let from = 0
  for (const cut of [...new Set(cuts)].filter((c) => c > 0 && c < lines.length).sort((a, b) => a - b).concat(lines.length)) {
    const piece = lines.slice(from, cut).join('\n')
    const whole = cut < lines.length && piece.endsWith('\r') ? piece.slice(0, -1) : piece
    if (padded) parser.lines(`${whole}\nx"y,1\r\n"`, whole.length)
    else parser.lines(whole)
    from = cut
  }
  return parser.finish()
}

function expectSame(text: string, header?: string): ColumnsPart {
  const scanned = parseColumns(text, header)
  expect(snapshot(scanned)).toEqual(snapshot(parseColumnsWithPapa(text, header)))
  return scanned
}

function expectSameInPieces(text: string, cuts: number[], header?: string): void {
  const papa = snapshot(inPieces(text, cuts, true, header))
  expect(snapshot(inPieces(text, cuts, false, header))).toEqual(papa)
  expect(snapshot(inPieces(text, cuts, false, header, true))).toEqual(papa)
  expect(snapshot(inPieces(text, cuts, true, header, true))).toEqual(papa)
}

const [HEADER, ...ROWS] = DATA_CSV.trimEnd().split('\n')
const row = (i: number) => ROWS[i % ROWS.length]
/** cell j of a data row replaced (split on commas: the committed rows have no quotes) */
const withCell = (r: string, column: string, value: string) => {
  const cells = r.split(',')
  cells[HEADER.split(',').indexOf(column)] = value
  return cells.join(',')
}
const csv = (...lines: string[]) => lines.join('\n')

describe('the scanner reads reports.csv as the PapaParse path does', () => {
  it('the committed data/reports.csv, and the dashboard fixture', () => {
    expect(DATA_CSV.includes('"')).toBe(false) // all of it on the fast path
    const part = expectSame(DATA_CSV)
    expect(part.errors).toEqual([])
    expect(part.columns.length).toBe(ROWS.length)
    expectSame(REPORTS_CSV)
  })

  describe('a synthetic dataset', () => {
    let dir = ''
    let text = ''
    beforeAll(async () => {
      dir = mkdtempSync(path.join(tmpdir(), 'scan-columns-'))
      await writeCsv({ townships: 300, years: 10, endYear: 2024, seed: 7 }, dir, 'none')
      text = readFileSync(path.join(dir, 'reports.csv'), 'utf8')
    })
    afterAll(() => rmSync(dir, { recursive: true, force: true }))

    it('whole, in two parts, and in pieces as it arrives', () => {
      const whole = expectSame(text)
      expect(whole.columns.length).toBe(3000)
      const lines = text.split('\n')
      const half = Math.floor(lines.length / 2)
      expectSame(lines.slice(0, half).join('\n'))
      expectSame(lines.slice(half).join('\n'), lines[0])
      expectSameInPieces(text, Array.from({ length: 40 }, (_, i) => 1 + i * 71))
      expectSame(text.replace(/\n/g, '\r\n'))
    })
  })

  const CASES: Record<string, string> = {
    'empty text': '',
    'a BOM only': '\uFEFF',
    'two BOMs': '\uFEFF\uFEFF',
    'header only': HEADER,
    'header and a newline': HEADER + '\n',
    'BOM, CRLF, trailing newline': '\uFEFF' + csv(HEADER, row(0), row(1)).replace(/\n/g, '\r\n') + '\r\n',
    'CR line ends': csv(HEADER, row(0), row(1), row(2)).replace(/\n/g, '\r'),
    'mixed line ends': `${HEADER}\r\n${row(0)}\n${row(1)}\r\n${row(2)}\r${row(3)}`,
    'mostly LF with a stray CR': `${HEADER}\n${row(0)}\r\n${row(1)}\n${row(2)}`,
    'CRLF, ending in a lone CR': `${HEADER}\r\n${row(0)}\r\n${row(1)}\r`,
    'blank lines and whitespace lines': csv(HEADER, '', row(0), '   ', '\t', row(1), '', ''),
    'no trailing newline': csv(HEADER, row(0), row(1)),
    'a BOM inside': csv(HEADER, '\uFEFF' + row(0), row(1)),
    'quoted cells: commas, newlines, escaped quotes': csv(
      HEADER,
      withCell(row(0), 'warnings', '"a,b"'),
      withCell(row(1), 'source', '"two\nlines.txt"'),
      withCell(row(2), 'township', '"say ""hi"""'),
      row(3),
      withCell(row(4), 'proactive_total', '"12"'),
      withCell(row(5), 'report_id', 'r-sixth'), // row(5) repeats row(0)'s id
    ),
    'quotes in the middle of a cell, and a quote at the end': csv(HEADER, withCell(row(0), 'township', 'a"b'), withCell(row(1), 'warnings', 'x"'), row(2)),
    'a quoted cell with spaces after the quote': csv(HEADER, withCell(row(0), 'warnings', '"w"  '), withCell(row(1), 'township', '"t"  '), row(2)),
    'a malformed quote': csv(HEADER, withCell(row(0), 'township', '"a"b'), row(1)),
    'an unterminated quote': csv(HEADER, row(0), withCell(row(1), 'township', '"open'), row(2)),
    'an unterminated quote on the last line': csv(HEADER, row(0), withCell(row(1), 'warnings', '"open')),
    'too many and too few cells': csv(HEADER, row(0) + ',extra', row(1), row(2).split(',').slice(0, 20).join(','), 'only,three,cells', row(3)),
    'a trailing comma': csv(HEADER, row(0) + ',', row(1)),
    'numbers: spaces, decimals, signs, exponents, junk': csv(
      HEADER,
      withCell(row(0), 'proactive_total', ' 12 '),
      withCell(row(1), 'proactive_total', '1.5'),
      withCell(row(2), 'ch_web', '-3'),
      withCell(row(3), 'ch_web', '1e3'),
      withCell(row(4), 'ch_web', 'abc'),
      withCell(row(5), 'ch_web', '+7'),
      withCell(row(6), 'ch_web', '.5'),
      withCell(row(7), 'ch_web', '5.'),
      withCell(row(8), 'ch_web', '-0'),
      withCell(row(9), 'ch_web', '00012'),
      withCell(row(10), 'ch_web', '12345678901234567890'),
      withCell(row(11), 'ch_web', '9007199254740993'),
      withCell(row(12), 'ch_web', '   '),
      withCell(row(13), 'ch_web', '1 2'),
      withCell(row(0), 'year', '二〇二〇'),
      withCell(row(1), 'ch_web', '\u00a012'),
      withCell(row(2), 'ch_web', '12\r'),
    ),
    'ids and names: empty, spaces, unknown level and template': csv(
      HEADER,
      withCell(row(0), 'report_id', ''),
      withCell(row(1), 'report_id', '   '),
      withCell(row(2), 'source', ''),
      withCell(row(3), 'level', 'village'),
      withCell(row(4), 'template', '2020'),
      withCell(row(5), 'level', ''),
      withCell(row(6), 'template', ' 2019 '),
      withCell(row(7), 'township', ' 界头镇 '),
      withCell(row(8), 'township', '\u3000界头镇'),
      withCell(row(9), 'township', '界头镇\u3000'),
      withCell(row(10), 'township', '\u0001界头镇'),
      withCell(row(11), 'warnings', ' '),
      withCell(row(12), 'warnings', ''),
      withCell(row(13), 'report_id', ' padded-id '),
      withCell(withCell(row(14), 'level', 'nope'), 'ch_web', 'x'),
      row(0),
    ),
    'header: unknown, repeated and missing columns': csv(HEADER.replace('published', 'publishd') + ',extra,township', row(0) + ',x,y', row(1) + ',x,y'),
    'header: a missing column only': csv(HEADER.replace(/,warnings$/, ''), row(0).replace(/,[^,]*$/, ''), row(1).replace(/,[^,]*$/, '')),
    'header: columns in another order': (() => {
      const order = HEADER.split(',').reverse()
      const flip = (r: string) => r.split(',').reverse().join(',')
      return csv(order.join(','), flip(row(0)), flip(row(1)), flip(row(2)))
    })(),
    'header: spaces around names': csv(HEADER.split(',').map((h) => ` ${h} `).join(','), row(0), row(1)),
    'header: blank': csv('', row(0), row(1)),
    'header: quoted': csv(HEADER.split(',').map((h) => `"${h}"`).join(','), row(0), row(1)),
  }

  it.each(Object.entries(CASES))('%s', (_, text) => {
    expectSame(text)
    const lines = text.split('\n')
    // every cut into two pieces of lines, and every line a piece of its own
    for (let cut = 1; cut < lines.length; cut++) expectSameInPieces(text, [cut])
    expectSameInPieces(text, lines.map((_, i) => i))
    // a later part under the file's header, given separately
    if (lines.length > 1) {
      expectSame(lines.slice(1).join('\n'), lines[0])
      expectSame(lines.slice(2).join('\n'), lines[0])
      expectSameInPieces(lines.slice(1).join('\n'), [1, 2], lines[0])
    }
  })

  it('the broken cases do show the problems (so the table tests something)', () => {
    const errors = (name: string) => parseColumns(CASES[name]).errors.map((e) => englishProblem(e))
    expect(errors('numbers: spaces, decimals, signs, exponents, junk')).toEqual(expect.arrayContaining(['not a number: "abc"', 'not a number: "1 2"']))
    expect(errors('ids and names: empty, spaces, unknown level and template')).toEqual(expect.arrayContaining(['report_id is empty', 'unknown level "village"', 'unknown template "2020"']))
    expect(errors('too many and too few cells').filter((m) => m.startsWith('malformed row'))).toHaveLength(3)
    expect(parseColumns(CASES['an unterminated quote']).unterminatedQuote).toBe(true)
    const quoted = parseColumns(CASES['quoted cells: commas, newlines, escaped quotes'])
    expect(quoted.errors).toEqual([])
    expect(quoted.columns.dicts[1]).toContain('two\nlines.txt')
  })

  it('random files: cells from a nasty alphabet, any line ends, cut anywhere between lines', () => {
    const good = ROWS.slice(0, 4).map((r) => r.split(','))
    const columns = HEADER.split(',')
    const nasty = ['', ' ', '0', '7', ' 8', '1.5', '-3', '1e3', 'abc', '"q,x"', '"a""b"', '"two\nlines"', '"open', 'x"y', 'township', 'county', '2019', 'pre-2019', '界头镇', ' 界头镇 ', '\u3000镇', '万元', '\uFEFF']
    const line = fc.oneof(
      { weight: 6, arbitrary: fc.tuple(fc.nat(3), fc.array(fc.tuple(fc.nat(columns.length - 1), fc.constantFrom(...nasty)), { maxLength: 3 })).map(([g, edits]) => {
        const cells = good[g].slice()
        for (const [j, v] of edits) cells[j] = v
        return cells.join(',')
      }) },
      { weight: 1, arbitrary: fc.constantFrom('', ' ', 'a,b', good[0].join(',') + ',', good[1].slice(1).join(',')) },
    )
    const file = fc.record({
      header: fc.constantFrom(HEADER, HEADER + ',extra', HEADER.replace('county', 'country'), '\uFEFF' + HEADER, HEADER.split(',').reverse().join(',')),
      lines: fc.array(line, { maxLength: 12 }),
      nl: fc.constantFrom('\n', '\r\n', '\r'),
      end: fc.constantFrom('', '\n', '\r\n', '\r'),
      cuts: fc.array(fc.nat(14), { maxLength: 4 }),
    })
    fc.assert(
      fc.property(file, ({ header, lines, nl, end, cuts }) => {
        // a reversed header reads reversed rows
        const reversed = !header.startsWith('report_id') && !header.startsWith('\uFEFF')
        const body = lines.map((l) => (reversed ? l.split(',').reverse().join(',') : l))
        const text = [header, ...body].join(nl) + end
        expectSame(text)
        expectSameInPieces(text, cuts)
        const at = text.indexOf('\n')
        if (at > 0) expectSame(text.slice(at + 1), text.slice(0, at).replace(/\r$/, ''))
      }),
      { numRuns: 250, seed: 20261126 },
    )
  })
})

describe('guessNewline', () => {
  it.each([
    ['a\nb', '\n'],
    ['a\r\nb\r\nc', '\r\n'],
    ['a\rb\rc', '\r'],
    ['a\nb\r\nc', '\n'],
    ['a\r\nb\rc\rd', '\r'],
    ['"x\r\ny"\na', '\n'],
    ['', '\n'],
  ])('%j → %j (PapaParse’s guess)', (text, nl) => {
    expect(guessNewline(text)).toBe(nl)
  })
})
