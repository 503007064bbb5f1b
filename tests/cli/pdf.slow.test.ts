/**
 * PDFs in the commands, run as npm runs them (tsx, real processes): a folder holding the
 * corpus PDF, a text report and four bad PDFs is parsed; each bad PDF gives one
 * `<path>: <reason>` line and the rest go on. `data` (with worker threads) writes the PDF's
 * record and facts and its extracted text, pages ended by form feeds, for the full-text view.
 */
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { csvToFacts, csvToRecords } from '../../src/data/csv.ts'
import { pdfToTextNode } from '../../src/io/pdfNode.ts'
import { makePdf } from '../fixtures/pdf/makePdf.ts'
import { ROOT, runEntry, tempDir } from './helpers.ts'
import { corpusRoot } from '../parser/corpusRoot.ts'

const PDF = join(corpusRoot('dev-corpus').root, 'reports/101_hongze_2023.pdf')
const TEXT = join(ROOT, 'tests/fixtures/corpus/reports/001_wutubulage_2019.txt')

let dir: string
let input: string
beforeAll(() => {
  dir = tempDir('pdf-command-')
  input = join(dir, 'in')
  mkdirSync(input)
  copyFileSync(PDF, join(input, '101_hongze_2023.pdf'))
  copyFileSync(TEXT, join(input, '001_wutubulage_2019.txt'))
  copyFileSync(join(ROOT, 'tests/fixtures/pdf/encrypted.pdf'), join(input, 'b_encrypted.pdf'))
  writeFileSync(join(input, 'c_truncated.pdf'), readFileSync(PDF).subarray(0, 40_000))
  writeFileSync(join(input, 'd_scan.pdf'), makePdf([{ image: true }, { image: true }, { image: true }]))
  writeFileSync(join(input, 'e_long.pdf'), makePdf(Array.from({ length: 250 }, () => ({ text: [[72, 700, 12, 'x']] }))))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const BAD = [
  ['b_encrypted.pdf', 'encrypted PDF (password required): save it without a password and import it again'],
  ['c_truncated.pdf', 'corrupt or truncated PDF (Invalid PDF structure.)'],
  ['d_scan.pdf', 'no text layer (3 pages of images only, a scan?): OCR needed before it can be read'],
  ['e_long.pdf', 'PDF has 250 pages (the limit is 200): not read'],
]

describe('PDFs in the commands', () => {
  it('parse: reads the PDF with the text report, one line for each bad PDF, exit 1', () => {
    const r = runEntry('src/cli/parseCommand.ts', ['--format', 'json', input])
    expect(r.stderr.trimEnd().split('\n')).toEqual(BAD.map(([name, reason]) => `${join(input, name)}: ${reason}`))
    expect(r.code).toBe(1)
    const rows = JSON.parse(r.stdout) as Record<string, unknown>[]
    expect(rows.map((row) => row.source)).toEqual(['001_wutubulage_2019.txt', '101_hongze_2023.pdf'])
    expect(rows[1]).toMatchObject({
      township: '洪泽区',
      prefecture: '淮安市',
      province: '江苏省',
      year: 2023,
      template: '2021',
      apps_new: 21,
    })
  }, 60_000)

  it('data: writes the PDF report, its facts and its extracted text (pages ended by form feeds)', async () => {
    const out = join(dir, 'out')
    const pub = join(dir, 'pub')
    const r = runEntry('src/cli/dataCommand.ts', ['--in', input, '--out', out, '--public', pub, '--jobs', '2'])
    expect(r.code).toBe(1) // the bad PDFs
    for (const [name] of BAD) expect(r.stderr).toContain(`${join(input, name)}: `)
    const reports = csvToRecords(readFileSync(join(out, 'reports.csv'), 'utf8'))
    expect(reports.errors).toEqual([])
    const record = reports.rows.find((row) => row.source === '101_hongze_2023.pdf')!
    expect(record.township).toBe('洪泽区')
    const facts = csvToFacts(readFileSync(join(out, 'facts.csv'), 'utf8')).rows.filter((f) => f.report_id === record.report_id)
    expect(facts.length).toBeGreaterThan(5)
    // the public text is the extraction, and the facts' offsets index it
    const text = readFileSync(join(pub, 'reports', '101_hongze_2023.pdf.txt'), 'utf8')
    const read = await pdfToTextNode(new Uint8Array(readFileSync(PDF)))
    expect(read.ok && read.text).toBe(text)
    expect(text.split('\f')).toHaveLength(6)
    for (const f of facts) expect(text.slice(f.start, f.end).replace(/\s+/g, '')).not.toBe('')
    const apps = facts.find((f) => f.field === 'apps_new')!
    expect(text.slice(apps.start, apps.end)).toContain('21')
  }, 90_000)
})
