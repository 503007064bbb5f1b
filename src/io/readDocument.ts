/**
 * A report file's bytes → its text, whatever the format: the one place that picks a reader.
 * Used by the commands (readReportFile.ts) and the import (parseImportFile.ts) alike, so a file
 * gives the same text, record and report_id in both.
 *
 * - .docx → wordText.ts (mammoth); a .doc that is really a .docx (a ZIP) too.
 * - .doc (Word 97–2003) → wordText.ts with the reader the caller passes (word-extractor in the
 *   commands; the browser has none). Government sites often serve a web page or plain text
 *   under .doc: it is read as what it is, with the note `input_doc_not_word`.
 * - .mhtml/.mht (a page saved as one file) → its HTML part (mhtml.ts), then as a saved page.
 * - anything else → decodeReportBytes (text, HTML, their encodings); a whole saved web page is
 *   reduced to its report by savedPage.ts.
 */
import { problem } from '../data/problem.ts'
import { decodeReportBytes, type Decoded } from './decodeReportBytes.ts'
import { htmlFromMhtml } from './mhtml.ts'
import { loadPageLibraries, reportFromSavedPage } from './savedPage.ts'
import { docToText, docxToText, type DocReader } from './wordText.ts'

export interface DocumentReaders {
  /** Word 97–2003 reader; absent in the browser */
  doc?: DocReader
}

export const DOC_NOT_IN_BROWSER = problem('doc_commands_only')

const ZIP = [0x50, 0x4b, 0x03, 0x04]
const OLE = [0xd0, 0xcf, 0x11, 0xe0]
const startsWith = (bytes: Uint8Array, magic: number[]) => magic.length <= bytes.length && magic.every((b, i) => bytes[i] === b)

/** The file's lower-case extension ('.docx'), or ''. */
function extension(name: string): string {
  const m = /\.[^./\\]+$/.exec(name)
  return m ? m[0].toLowerCase() : ''
}

const ASCII = new TextDecoder('latin1')

/** Whether the bytes may be a whole web page (so the page libraries are worth loading). */
function mayBeWholePage(bytes: Uint8Array): boolean {
  let head = ASCII.decode(bytes.subarray(0, 8192))
  if (head.includes('\0')) head = head.replace(/\0/g, '') // UTF-16: ASCII with NULs between
  return /<(body|html)[\s>]/i.test(head)
}

/** Text and web pages: decodeReportBytes, a whole page reduced to the article it shows. */
async function textOrPage(bytes: Uint8Array, name: string): Promise<Decoded> {
  if (!mayBeWholePage(bytes)) return decodeReportBytes(bytes, name)
  const libraries = await loadPageLibraries()
  return decodeReportBytes(bytes, name, (html) => reportFromSavedPage(html, libraries))
}

export async function readDocument(bytes: Uint8Array, name: string, readers: DocumentReaders = {}): Promise<Decoded> {
  const ext = extension(name)
  if (ext === '.docx') {
    if (bytes.length === 0) return { ok: false, reason: problem('empty_file') }
    if (!startsWith(bytes, ZIP)) return { ok: false, reason: problem('docx_not_zip') }
    return docxToText(bytes)
  }
  if (ext === '.doc') {
    if (startsWith(bytes, ZIP)) return docxToText(bytes)
    if (startsWith(bytes, OLE)) return readers.doc ? docToText(bytes, readers.doc) : { ok: false, reason: DOC_NOT_IN_BROWSER }
    const decoded = await textOrPage(bytes, name)
    return decoded.ok ? { ...decoded, notes: [...decoded.notes, 'input_doc_not_word'] } : decoded
  }
  if (ext === '.mhtml' || ext === '.mht') {
    const html = htmlFromMhtml(bytes)
    if (!html) return { ok: false, reason: problem('mhtml_no_html') }
    return textOrPage(html, `${name}.html`)
  }
  return textOrPage(bytes, name)
}
