import type { Rng } from './prng.ts'
import type { TableStyle } from './values.ts'

/**
 * A table as a report lays it out (label cells, then value cells; '' = a blank cell), and
 * the ways real pages flatten it into text (templates.md; shared/corpus/reports):
 *   pipe-lines          one cell per line ending ` |` (乌图布拉格镇 2019, our htmlToText)
 *   markdown            `| a | b |` rows under a `| --- |` rule
 *   tabs                a row per line, cells split by tabs (copied from a word processor)
 *   pdftotext           `label n n n n n n n`; blank cells vanish, as pdftotext loses them
 *   label-blank-value   label, blank line, value (金塘镇 2018's 统计表)
 *   html                a real <table> in an HTML page (see html.ts)
 */
export interface TableRow {
  labels: string[]
  values: string[]
}

export interface Table {
  /** header rows (cells only, no values) */
  header: string[][]
  rows: TableRow[]
  /** pdftotext prints the header characters one per line in narrow columns */
  verticalHeader?: boolean
}

export function flattenTable(table: Table, style: TableStyle, rng: Rng): string {
  switch (style) {
    case 'pipe-lines':
      return pipeLines(table, rng)
    case 'markdown':
      return markdown(table)
    case 'tabs':
      return tabs(table)
    case 'pdftotext':
      return pdftotext(table)
    case 'label-blank-value':
      return labelBlankValue(table)
    case 'html':
      return htmlTable(table, rng)
  }
}

function pipeLines(table: Table, rng: Rng): string {
  // a blank cell is written ` |` or `&nbsp; |`-turned-space; both read as empty
  const blank = rng.chance(0.5) ? '|' : ' |'
  const cells = [...table.header.flat(), ...table.rows.flatMap((r) => [...r.labels, ...r.values])]
  return cells.map((c) => (c === '' ? blank : `${c} |`)).join('\n')
}

function markdown(table: Table): string {
  const width = Math.max(...table.header.map((h) => h.length), ...table.rows.map((r) => r.labels.length + r.values.length))
  const line = (cells: string[]) => {
    const padded = [...cells, ...new Array(Math.max(0, width - cells.length)).fill('')]
    return `| ${padded.join(' | ')} |`
  }
  const out: string[] = []
  const [first, ...restHeader] = table.header.length ? table.header : [[]]
  out.push(line(first))
  out.push(`|${new Array(width).fill(' --- ').join('|')}|`)
  for (const h of restHeader) out.push(line(h))
  for (const r of table.rows) out.push(line([...r.labels, ...r.values]))
  return out.join('\n')
}

function tabs(table: Table): string {
  const out = table.header.map((h) => h.join('\t'))
  for (const r of table.rows) out.push([...r.labels, ...r.values].join('\t'))
  return out.join('\n')
}

function pdftotext(table: Table): string {
  const out: string[] = []
  for (const h of table.header) {
    if (table.verticalHeader) for (const cell of h) out.push(...[...cell])
    else out.push(h.join(' '))
  }
  for (const r of table.rows) {
    const values = r.values.filter((v) => v !== '')
    out.push([...r.labels, ...values].join(' ').trim())
  }
  return out.join('\n')
}

function labelBlankValue(table: Table): string {
  const out: string[] = []
  for (const h of table.header) for (const cell of h) out.push(cell, '')
  for (const r of table.rows) {
    for (const l of r.labels) out.push(l, '')
    for (const v of r.values) out.push(v, '')
  }
  return out.join('\n')
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

function htmlTable(table: Table, rng: Rng): string {
  const blank = rng.chance(0.5) ? '&nbsp;' : ''
  const td = (c: string) => `<td>${c === '' ? blank : escapeHtml(c)}</td>`
  const out = ['<table border="1" cellspacing="0">', '<tbody>']
  for (const h of table.header) out.push(`<tr>${h.map(td).join('')}</tr>`)
  for (const r of table.rows) out.push(`<tr>${[...r.labels, ...r.values].map(td).join('')}</tr>`)
  out.push('</tbody>', '</table>')
  return out.join('\n')
}
