/** Corpus reports parsed once, with the decoded text the compliance rules read. */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseReport, reportText } from '../../src/parser/parseReport.ts'

const DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/corpus/reports')

export function corpusReport(file: string) {
  const raw = readFileSync(path.join(DIR, file), 'utf8')
  const { record, facts } = parseReport(raw, file)
  return { record, facts, text: reportText(raw) }
}
