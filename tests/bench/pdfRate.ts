/**
 * PDF pages per second: the development corpus's real PDF (5 pages, CJK fonts, tables) read
 * from bytes to laid-out text with pdfjs on one core, round after round, the way the parse
 * and data commands read a PDF (pdfNode.ts). A first, untimed round loads pdfjs.
 */
import { readFileSync } from 'node:fs'
import { pdfToTextNode } from '../../src/io/pdfNode.ts'

const PDF = '../shared/dev-corpus/reports/101_hongze_2023.pdf'
/** read for at least this long, and at least this many rounds */
const MIN_SECONDS = 3
const MIN_ROUNDS = 5

export async function pdfPagesPerSecond(): Promise<{ name: string; value: string; target: string }[]> {
  const bytes = new Uint8Array(readFileSync(PDF))
  const first = await pdfToTextNode(bytes)
  if (!first.ok) throw new Error(`${PDF}: ${first.reason}`)
  let pages = 0
  let rounds = 0
  const start = process.hrtime.bigint()
  let seconds = 0
  while (seconds < MIN_SECONDS || rounds < MIN_ROUNDS) {
    const read = await pdfToTextNode(bytes)
    if (read.ok) pages += read.pages
    rounds++
    seconds = Number(process.hrtime.bigint() - start) / 1e9
  }
  return [
    {
      name: `PDF pages per second (${PDF.split('/').at(-1)}, ${first.pages} pages, ${rounds} rounds, text extraction and layout)`,
      value: `${(pages / seconds).toFixed(1)} pages/s`,
      target: '≥ 10 pages/s (a 30-page report in 3 s)',
    },
  ]
}
