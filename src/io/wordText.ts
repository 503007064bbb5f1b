/**
 * Word files → report text.
 *
 * - `.docx` through mammoth (runs in Node and in the import worker): its HTML keeps paragraphs
 *   and tables (merged cells as colspan/rowspan), and htmlToText turns each table cell into a
 *   ` |` line, the same shape as a web page's table, so the 2019/2021 tables read as rows.
 * - Word 97–2003 `.doc` (an OLE compound file) through word-extractor, which needs Node's
 *   Buffer, streams and fs: the commands pass it in (wordDocNode.ts); the browser has none.
 *   Its text gives a table row as cells ending in TAB; each such row becomes ` |` cell lines.
 *
 * The libraries are loaded with import() when such a file arrives, so the page's start-up
 * code does not carry them.
 */
import { problem } from '../data/problem.ts'
import { htmlToText } from '../parser/htmlToText.ts'
import type { Decoded } from './decodeReportBytes.ts'

/** Reads a Word 97–2003 file's main text (word-extractor in Node). */
export type DocReader = (bytes: Uint8Array) => Promise<string>

const message = (err: unknown) => (err instanceof Error ? err.message : String(err)).split('\n')[0].slice(0, 200)

/** A Word text or mammoth HTML reduced to nothing is a document without a report. */
function finish(text: string): Decoded {
  if (!text.trim()) return { ok: false, reason: problem('word_no_text') }
  return { ok: true, text, encoding: 'utf-8', html: false, notes: [] }
}

/** .docx bytes (a ZIP of XML) → text with tables as ` |` cell lines. */
export async function docxToText(bytes: Uint8Array): Promise<Decoded> {
  const loaded = await import('mammoth')
  const mammoth = (loaded as unknown as { default?: typeof loaded }).default ?? loaded
  // Node's mammoth reads `buffer`, its browser build `arrayBuffer`: give both
  const arrayBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer
  const input = { buffer: bytes, arrayBuffer } as unknown as Parameters<typeof mammoth.convertToHtml>[0]
  let html: string
  try {
    // images would come back as base64 data: URLs, megabytes the parser never reads
    const convertImage = mammoth.images.imgElement(async () => ({ src: '' }))
    html = (await mammoth.convertToHtml(input, { convertImage })).value
  } catch (err) {
    return { ok: false, reason: problem('word_damaged', { extension: '.docx', detail: message(err) }) }
  }
  return finish(htmlToText(html))
}

/** Word 97 text → report text: a table row (cells ending in TAB) becomes one ` |` line a cell. */
export function docTextToReport(text: string): string {
  const lines: string[] = []
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    if (raw.includes('\t')) {
      const cells = raw.replace(/\t+$/, '').split('\t')
      for (const cell of cells) lines.push(`${cell.trim()} |`)
    } else if (raw.trim()) {
      lines.push(raw.trim())
    }
  }
  return lines.join('\n') + (lines.length ? '\n' : '')
}

/** .doc bytes (OLE compound file) → text, with the reader the caller has (Node only). */
export async function docToText(bytes: Uint8Array, read: DocReader): Promise<Decoded> {
  let text: string
  try {
    text = await read(bytes)
  } catch (err) {
    return { ok: false, reason: problem('word_damaged', { extension: '.doc', detail: message(err) }) }
  }
  return finish(docTextToReport(text))
}
