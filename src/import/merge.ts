/**
 * The imported state after an import, and the records/facts the panels see. Pure: no store,
 * no IndexedDB. Embedded reports are never edited; a "replace" hides one by its report_id, so
 * "back to the embedded dataset" is just dropping the imported state.
 */
import type { Fact, ReportRecord } from '../data/schema.ts'
import type { Conflict, ConflictChoice, ImportedReport, ImportState } from './types.ts'

/** A copy under a new report_id (facts follow), for "keep both" of two reports with one id. */
export function withReportId(report: ImportedReport, id: string): ImportedReport {
  return {
    ...report,
    record: { ...report.record, report_id: id },
    facts: report.facts.map((f) => ({ ...f, report_id: id })),
  }
}

/** `id-2`, `id-3` … : the first suffix not taken. */
function freeId(id: string, taken: ReadonlySet<string>): string {
  for (let i = 2; ; i++) if (!taken.has(`${id}-${i}`)) return `${id}-${i}`
}

/**
 * Adds the fresh reports and applies one choice per conflict (same order as `conflicts`;
 * a missing choice keeps the existing report). Importing a report_id that is already imported
 * replaces it: same file name and same text is the same report.
 */
export function applyImport(
  state: ImportState,
  fresh: readonly ImportedReport[],
  conflicts: readonly Conflict[] = [],
  choices: readonly ConflictChoice[] = [],
): ImportState {
  const byId = new Map<string, ImportedReport>(state.reports.map((r) => [r.record.report_id, r]))
  const hidden = new Set(state.hidden)
  const shownIds = () => new Set([...byId.keys()])
  for (const r of fresh) byId.set(r.record.report_id, r)
  conflicts.forEach((c, i) => {
    const choice = choices[i] ?? 'keep'
    if (choice === 'keep') return
    let incoming = c.incoming
    if (choice === 'replace') {
      // an imported one goes away; an embedded one is hidden, so it can come back
      if (byId.has(c.existing.report_id)) byId.delete(c.existing.report_id)
      else hidden.add(c.existing.report_id)
    } else if (incoming.record.report_id === c.existing.report_id) {
      incoming = withReportId(incoming, freeId(incoming.record.report_id, shownIds()))
    }
    byId.set(incoming.record.report_id, incoming)
  })
  return { reports: [...byId.values()], hidden: [...hidden] }
}

/** The records every panel reads: the embedded ones not replaced, then the imported ones. */
export function layerRecords(base: readonly ReportRecord[], state: ImportState): ReportRecord[] {
  if (state.reports.length === 0 && state.hidden.length === 0) return base as ReportRecord[]
  const hidden = new Set(state.hidden)
  const out = hidden.size ? base.filter((r) => !hidden.has(r.report_id)) : base.slice()
  for (const r of state.reports) out.push(r.record)
  return out
}

/** The facts that go with layerRecords. */
export function layerFacts(base: readonly Fact[], state: ImportState): Fact[] {
  if (state.reports.length === 0 && state.hidden.length === 0) return base as Fact[]
  const hidden = new Set(state.hidden)
  const out = hidden.size ? base.filter((f) => !hidden.has(f.report_id)) : base.slice()
  for (const r of state.reports) for (const f of r.facts) out.push(f)
  return out
}
