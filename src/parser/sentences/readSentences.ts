import type { Collector } from '../collect.ts'
import { sentencesOf, type Reading } from './clauses.ts'
import { findCounts } from './counts.ts'
import { readAppealSentences, readApplicationSentences, readNoneUnderHeadings } from './appeals.ts'
import { readDisclosureSentences } from './disclosure.ts'
import { readInterpretationSentences } from './interpretations.ts'
import { readingView, sinkFor } from './readingView.ts'
import { readProcurementSentences } from './procurement.ts'
import { readStaffSentences } from './staff.ts'

/**
 * Every count the report states in prose: proactive total and channels, applications,
 * reconsiderations and lawsuits, staff, interpretations and responses, the procurement amount's unit. All readers work on
 * one reading view of the text (lines joined, page numbers and spaces gone) and give their
 * values back at the report's own offsets. Table cells, read before, are trusted over these.
 */
export function readSentences(text: string, out: Collector): void {
  const view = readingView(text)
  const sink = sinkFor(view, out)
  const reading: Reading = { text: view.text, sentences: sentencesOf(view.text), counts: findCounts(view.text) }
  readDisclosureSentences(view, reading, out, reportYear(out))
  readApplicationSentences(reading, sink)
  readAppealSentences(view.text, sink)
  readNoneUnderHeadings(reading, sink)
  readStaffSentences(reading, sink)
  readInterpretationSentences(view.text, sink)
  readProcurementSentences(view, out)
}

/** The year the report covers, as the title and dates read before gave it (null when unknown). */
function reportYear(out: Collector): number | null {
  let best: { value: number | string; priority: number; start: number } | null = null
  for (const c of out.candidates) {
    if (c.field !== 'year') continue
    if (!best || c.priority > best.priority || (c.priority === best.priority && c.start < best.start)) best = c
  }
  return best ? Number(best.value) : null
}
