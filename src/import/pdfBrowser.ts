/**
 * PDF text in the browser, inside the import worker: loaded (dynamic import) only when a PDF
 * arrives, so the page's start-up JavaScript does not carry pdfjs. pdfjs runs in this same
 * worker thread (its "fake worker": the worker module set on globalThis.pdfjsWorker), since
 * the import is already off the page's thread. CMaps and standard fonts are the package's own
 * files, shipped with the build as assets and fetched from this site, never from a CDN.
 */
import { extractPdfText, type PdfjsModule, type PdfText } from '../io/pdfText.ts'

const CMAPS = import.meta.glob('/node_modules/pdfjs-dist/cmaps/*.bcmap', { query: '?url', import: 'default', eager: true }) as Record<
  string,
  string
>
const FONTS = import.meta.glob('/node_modules/pdfjs-dist/standard_fonts/*.{pfb,ttf}', {
  query: '?url',
  import: 'default',
  eager: true,
}) as Record<string, string>

/** file name → URL of the shipped copy */
function byName(files: Record<string, string>): Map<string, string> {
  return new Map(Object.entries(files).map(([path, url]) => [path.slice(path.lastIndexOf('/') + 1), url]))
}

let loaded: Promise<PdfjsModule> | null = null

function load(): Promise<PdfjsModule> {
  loaded ??= (async () => {
    // the legacy build: the same as on Node, and it runs in the older Chromium cores that
    // office browsers still ship (the modern build needs Promise.withResolvers and more)
    const [pdfjs, worker] = await Promise.all([import('pdfjs-dist/legacy/build/pdf.mjs'), import('pdfjs-dist/legacy/build/pdf.worker.mjs')])
    ;(globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker
    return pdfjs as unknown as PdfjsModule
  })()
  return loaded
}

const cmaps = byName(CMAPS)
const fonts = byName(FONTS)

async function binaryData(kind: string, filename: string): Promise<Uint8Array> {
  const url = (kind === 'cMapUrl' ? cmaps : kind === 'standardFontDataUrl' ? fonts : null)?.get(filename)
  if (!url) throw new Error(`no bundled ${kind} file ${filename}`)
  const response = await fetch(url)
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`)
  return new Uint8Array(await response.arrayBuffer())
}

export async function pdfToTextBrowser(bytes: Uint8Array): Promise<PdfText> {
  const pdfjs = await load()
  return extractPdfText(bytes, pdfjs, { cMapUrl: 'bundled/', standardFontDataUrl: 'bundled/', binaryData })
}
