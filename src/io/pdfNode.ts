/**
 * PDF text in Node (parse and data commands): pdfjs's legacy build, the build that runs on
 * Node 20, loaded on the first PDF so text-only runs never pay for it. CMaps and standard
 * fonts are read from the installed package, never fetched.
 */
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { extractPdfText, type PdfjsModule, type PdfText } from './pdfText.ts'

let loaded: Promise<{ pdfjs: PdfjsModule; root: string }> | null = null

function load(): Promise<{ pdfjs: PdfjsModule; root: string }> {
  loaded ??= (async () => {
    const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'))
    const pdfjs = (await import('pdfjs-dist/legacy/build/pdf.mjs')) as unknown as PdfjsModule
    return { pdfjs, root }
  })()
  return loaded
}

export async function pdfToTextNode(bytes: Uint8Array): Promise<PdfText> {
  const { pdfjs, root } = await load()
  return extractPdfText(bytes, pdfjs, {
    cMapUrl: join(root, 'cmaps') + '/',
    standardFontDataUrl: join(root, 'standard_fonts') + '/',
  })
}
