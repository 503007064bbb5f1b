/**
 * PDF bytes → the report's text, or one clear reason why not. The pdfjs module and where its
 * CMaps and standard fonts live are passed in (Node: the legacy build and package folders,
 * see pdfNode.ts; the browser: the worker's own copy, see src/import/pdfBrowser.ts), so this
 * file imports no pdfjs build itself and runs in both.
 *
 * Pages are laid out by pdfLayout.ts and joined with form feeds, as pdftotext does: a fact's
 * page is the number of form feeds before its offset, plus one (pageAt).
 */
import type * as Pdfjs from 'pdfjs-dist'
import { MAX_BYTES, tooLarge } from './decodeReportBytes.ts'
import { problem, type Problem } from '../data/problem.ts'
import { joinPages, layoutPage, type PositionedText } from './pdfLayout.ts'

export type PdfjsModule = Pick<typeof Pdfjs, 'getDocument'>

export interface PdfOptions {
  /** folder or URL (ending in /) of pdfjs-dist/cmaps/: Chinese fonts without embedded glyph maps need it */
  cMapUrl: string
  /** folder or URL (ending in /) of pdfjs-dist/standard_fonts/ */
  standardFontDataUrl: string
  /**
   * Where the bytes of a CMap or standard font come from, when not from those folders (the
   * browser build ships them as hashed assets: a name → URL table, not a folder).
   */
  binaryData?: (kind: 'cMapUrl' | 'standardFontDataUrl' | 'wasmUrl', filename: string) => Promise<Uint8Array>
}

export type PdfText = { ok: true; text: string; pages: number } | { ok: false; reason: Problem }

/** A longer PDF is not an annual report (they run 3–30 pages); refused before any page is read. */
export const MAX_PDF_PAGES = 200

/** Fewer visible characters than this on every page: there is no text layer to read. */
const MIN_TEXT_CHARS = 20

export function isPdfBytes(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46
}

/** pdfjs's errors → the one line the user reads. */
function describePdfError(error: unknown): Problem {
  const name = (error as { name?: string } | null)?.name ?? ''
  const message = error instanceof Error ? error.message : String(error)
  if (name === 'PasswordException') return problem('pdf_encrypted')
  if (name === 'InvalidPDFException') return problem('pdf_corrupt', { detail: message })
  return problem('pdf_unreadable', { detail: message })
}

interface RawItem {
  str: string
  transform: number[]
  width: number
  height: number
}

function isTextItem(item: unknown): item is RawItem {
  const it = item as Partial<RawItem>
  return typeof it.str === 'string' && Array.isArray(it.transform)
}

/** The item's writing direction, to the nearest quarter turn (0 = left to right, 90 = upwards). */
function quarterTurn(item: RawItem): number {
  const [a, b] = item.transform
  return (((Math.round(Math.atan2(b, a) / (Math.PI / 2)) % 4) + 4) % 4) * 90
}

/**
 * Items in the page's own reading frame: a page whose text runs upwards (a landscape table
 * set on a portrait page) is turned so its lines read left to right, top to bottom.
 */
function toPositioned(items: RawItem[]): PositionedText[] {
  const weight = new Map<number, number>()
  for (const item of items) weight.set(quarterTurn(item), (weight.get(quarterTurn(item)) ?? 0) + item.str.length)
  const turn = [...weight].sort((p, q) => q[1] - p[1])[0]?.[0] ?? 0
  const rad = (turn * Math.PI) / 180
  const [cos, sin] = [Math.round(Math.cos(rad)), Math.round(Math.sin(rad))]
  return items.map((item) => {
    const [a, b, c, d, x, y] = item.transform
    // the vertical scale of the text matrix is the font size, whatever the rotation
    const size = Math.hypot(c, d) || Math.hypot(a, b) || item.height || 0
    return { str: item.str, x: x * cos + y * sin, y: -x * sin + y * cos, width: item.width ?? 0, size }
  })
}

/**
 * pdfjs asks its BinaryDataFactory (an option its type declarations leave out) for CMaps and
 * fonts by file name; this one answers from `binaryData`, and the worker never fetches itself.
 */
function binaryDataOptions(binaryData: NonNullable<PdfOptions['binaryData']>): Record<string, unknown> {
  class BinaryDataFactory {
    fetch({ kind, filename }: { kind: 'cMapUrl' | 'standardFontDataUrl' | 'wasmUrl'; filename: string }): Promise<Uint8Array> {
      return binaryData(kind, filename)
    }
  }
  return { BinaryDataFactory, useWorkerFetch: false }
}

export async function extractPdfText(bytes: Uint8Array, pdfjs: PdfjsModule, options: PdfOptions): Promise<PdfText> {
  if (!isPdfBytes(bytes)) return { ok: false, reason: problem('not_pdf') }
  // the same limit as any report file (the commands check it before reading; the import here)
  if (bytes.length > MAX_BYTES) {
    return { ok: false, reason: tooLarge(bytes.length, MAX_BYTES) }
  }
  // pdfjs takes ownership of (and detaches) the buffer it is given, and refuses a Node Buffer:
  // hand it a plain copy
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    cMapUrl: options.cMapUrl,
    cMapPacked: true,
    standardFontDataUrl: options.standardFontDataUrl,
    // nothing from the network and no font loading: only the text is wanted
    disableFontFace: true,
    useSystemFonts: false,
    isEvalSupported: false,
    stopAtErrors: false,
    verbosity: 0,
    ...(options.binaryData ? binaryDataOptions(options.binaryData) : {}),
  } as Parameters<PdfjsModule['getDocument']>[0])
  try {
    let doc
    try {
      doc = await task.promise
    } catch (error) {
      return { ok: false, reason: describePdfError(error) }
    }
    if (doc.numPages > MAX_PDF_PAGES) {
      return { ok: false, reason: problem('pdf_too_many_pages', { pages: doc.numPages, limit: MAX_PDF_PAGES }) }
    }
    const pages: string[] = []
    let visible = 0
    let failed = 0
    for (let n = 1; n <= doc.numPages; n++) {
      try {
        const page = await doc.getPage(n)
        const content = await page.getTextContent()
        const items = toPositioned((content.items as unknown[]).filter(isTextItem))
        const text = layoutPage(items)
        visible += text.replace(/\s+/g, '').length
        pages.push(text)
        page.cleanup()
      } catch {
        // one damaged page: the others are still read, and this one stays an empty page so
        // later pages keep their numbers
        failed++
        pages.push('')
      }
    }
    if (failed === doc.numPages) return { ok: false, reason: problem('pdf_corrupt', { detail: 'no page could be read' }) }
    if (visible < MIN_TEXT_CHARS) {
      return { ok: false, reason: problem('pdf_no_text_layer', { pages: doc.numPages }) }
    }
    return { ok: true, text: joinPages(pages), pages: doc.numPages }
  } catch (error) {
    return { ok: false, reason: describePdfError(error) }
  } finally {
    await task.destroy().catch(() => undefined)
  }
}
