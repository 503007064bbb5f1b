import { emptyRecord, type ParseResult } from '../data/schema.ts'

/** STUB: replaced by the real parser. Raw text and file name in; record, facts and warnings out. */
export function parseReport(text: string, source: string): ParseResult {
  void text
  return { record: emptyRecord('stub', source), facts: [], warnings: [] }
}
