/**
 * reports.csv text → columns (columns.ts), the whole file or one part of it, at once or as it
 * arrives. A part after the first has no header line of its own: it is given the file's
 * header, and its rows are numbered from the part's start, so the caller adds the rows read
 * before it (`rowsRead`). Plain rows are read by a scanner of our own (scanColumns.ts), the
 * rest by PapaParse. Pure apart from PapaParse; used by csv.worker.ts and the tests.
 */
import Papa from 'papaparse'
import { ReportColumnsBuilder, type ReportColumns } from './columns.ts'
import { ColumnsScanner } from './scanColumns.ts'
import type { CsvError } from './csv.ts'

export interface ColumnsPart {
  columns: ReportColumns
  errors: CsvError[]
  /** rows read, header included: the next part's row offset */
  rowsRead: number
  /**
   * the text ended inside a quoted cell, or a piece fed to `ColumnsParser.lines` did: the cut
   * was not a row boundary, and the caller parses the file whole instead
   */
  unterminatedQuote: boolean
}

/**
 * Rows fed as pieces of whole lines, in order: the text between two newlines goes in exactly
 * once, so the rows and their numbers are those of one parse of the whole text. Read by the
 * scanner (scanColumns.ts, ~2× faster); `{ papa: true }` reads every row with PapaParse as
 * before the scanner, which gives the same results (kept to test the scanner against).
 */
export class ColumnsParser {
  private readonly scanner: ColumnsScanner | null
  private readonly builder: ReportColumnsBuilder
  private unterminatedQuote = false
  private first = true

  constructor(
    private readonly header?: string,
    options: { papa?: boolean } = {},
  ) {
    this.scanner = options.papa ? null : new ColumnsScanner()
    this.builder = this.scanner ? this.scanner.builder : new ReportColumnsBuilder()
    if (header !== undefined) this.lines(header)
  }

  /**
   * Whole lines without the newline that ends the last one ('' is one empty line): `text`, or
   * its first `end` chars.
   */
  lines(text: string, end = text.length): void {
    if (this.scanner) return this.scanner.lines(text, end)
    if (end !== text.length) text = text.slice(0, end)
    if (this.first) {
      this.first = false
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1)
    }
    // PapaParse reads '' as no rows; in a file an empty line is a row (a blank one)
    if (text === '') return this.builder.row([''])
    // step, no header/dynamicTyping: ~3.5× faster and half the memory (toolchain.md §5)
    Papa.parse<string[]>(text, {
      delimiter: ',',
      step: (results) => {
        if (results.errors.some((e) => e.code === 'MissingQuotes')) this.unterminatedQuote = true
        this.builder.row(results.data, results.errors[0])
      },
    })
  }

  finish(): ColumnsPart {
    const rowsRead = this.builder.rowsRead
    const { columns, errors } = this.builder.finish()
    const unterminatedQuote = this.scanner ? this.scanner.unterminatedQuote : this.unterminatedQuote
    // a later part's header is the file's, already checked with the first part
    return { columns, errors: this.header === undefined ? errors : errors.filter((e) => e.row !== 0), rowsRead, unterminatedQuote }
  }
}

export function parseColumns(text: string, header?: string): ColumnsPart {
  const parser = new ColumnsParser(header)
  if (text !== '' || header === undefined) parser.lines(text)
  return parser.finish()
}

/** parseColumns through PapaParse for every row, as before the scanner: the reference it is tested against. */
export function parseColumnsWithPapa(text: string, header?: string): ColumnsPart {
  const parser = new ColumnsParser(header, { papa: true })
  if (text !== '' || header === undefined) parser.lines(text)
  return parser.finish()
}

/**
 * A part parsed while it downloads: each chunk's whole lines go to the parser at once, so the
 * parse runs alongside the transfer instead of after it (~1 s of 2.9 s per part at 380,000
 * rows). A quoted cell across a cut shows as an unterminated quote, as for the parts.
 */
export async function parseColumnsStream(stream: ReadableStream<Uint8Array>, header?: string): Promise<ColumnsPart> {
  const parser = new ColumnsParser(header)
  const decoder = new TextDecoder()
  const reader = stream.getReader()
  let carry = ''
  let any = false
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    const text = carry + decoder.decode(value, { stream: true })
    const cut = text.lastIndexOf('\n')
    if (cut < 0) {
      carry = text
      continue
    }
    // the text itself, not a slice of it: the scanner reads a flat string faster
    parser.lines(text, text.charCodeAt(cut - 1) === 13 ? cut - 1 : cut)
    any = true
    carry = text.slice(cut + 1)
  }
  carry += decoder.decode()
  // the last line, or the only one; a part with no text at all has no rows
  if (carry !== '' || any || header === undefined) parser.lines(carry)
  return parser.finish()
}
