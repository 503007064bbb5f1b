/**
 * Which page of a PDF a fact comes from. A PDF's extracted text ends each page with a form
 * feed (as pdftotext does; src/io/pdfLayout.ts joinPages), and facts index that text, so the
 * page is the number of form feeds before the fact's offset, plus one. Pure.
 */
export function pageAt(text: string, offset: number): number {
  let page = 1
  const end = Math.min(offset, text.length)
  for (let i = text.indexOf('\f'); i !== -1 && i < end; i = text.indexOf('\f', i + 1)) page++
  return page
}

/** A report whose text was read from a PDF (the source keeps the file's name). */
export function isPdfSource(source: string): boolean {
  return /\.pdf$/i.test(source)
}
