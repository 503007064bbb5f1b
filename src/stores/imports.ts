/**
 * Reports the user imported in the browser (files, folders, pasted text, a reports.csv), kept
 * in IndexedDB across reloads. This store holds the imported state only; the reports store
 * lays it over the loaded dataset for the panels. Other panels ask it for an imported report's
 * full text (textFor, for the evidence view) and whether a record was imported (the table badge).
 */
import { detailOf, problem } from '../data/problem.ts'
import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import { findConflicts } from '../import/duplicates.ts'
import { runImport, type ImportInput, type ImportProgress } from '../import/importClient.ts'
import { applyImport, layerRecords } from '../import/merge.ts'
import { csvFailures } from '../import/csvFailures.ts'
import { storedImports } from '../import/storedImports.ts'
import {
  EMPTY_STATE,
  type Conflict,
  type ConflictChoice,
  type ImportFailure,
  type ImportedReport,
  type ImportState,
} from '../import/types.ts'
import { useDatasetStore } from './dataset.ts'

/** idle → running (worker parsing) → review (duplicates to decide) → done */
export type ImportPhase = 'idle' | 'running' | 'review' | 'done'

export const useImportsStore = defineStore('imports', () => {
  const dataset = useDatasetStore()

  const state = shallowRef<ImportState>(EMPTY_STATE)
  const phase = ref<ImportPhase>('idle')
  const progress = ref<ImportProgress>({ done: 0, total: 0, current: '' })
  /** files (and CSV rows) of the last import that did not go in, each with its reason */
  const failures = shallowRef<ImportFailure[]>([])
  /** reports the last import added (or that replaced one) */
  const added = ref(0)
  /** the last import's duplicates, waiting for a choice each */
  const conflicts = shallowRef<Conflict[]>([])
  const choices = ref<ConflictChoice[]>([])
  const freshPending = shallowRef<ImportedReport[]>([])
  /** set when IndexedDB cannot be used: imports still work, but only until the page closes */
  const storageError = ref<string | null>(null)
  /** the last import is shown but could not be saved: the dialog must not say it was kept */
  const unsaved = ref(false)
  /** stored imports found damaged at start (hand-edited, corrupted) and dropped */
  const restoreDropped = ref(0)

  const importedIds = computed(() => new Set(state.value.reports.map((r) => r.record.report_id)))
  const texts = computed(() => {
    const m = new Map<string, string>()
    for (const r of state.value.reports) if (r.text !== null) m.set(r.record.report_id, r.text)
    return m
  })
  const count = computed(() => state.value.reports.length)
  const hasChanges = computed(() => state.value.reports.length > 0 || state.value.hidden.length > 0)

  /** The full text of an imported report, or null when the report was not imported as text. */
  function textFor(reportId: string): string | null {
    return texts.value.get(reportId) ?? null
  }

  function isImported(reportId: string): boolean {
    return importedIds.value.has(reportId)
  }

  // kept in IndexedDB and told to the other tabs (import/storedImports.ts)
  const stored = storedImports({
    get: () => state.value,
    set: (next) => (state.value = next),
    failed: (reason) => (storageError.value = reason),
  })
  const change = stored.change

  /** Loads what earlier visits imported; called once at start, after the dataset load began. */
  async function restore(): Promise<void> {
    restoreDropped.value = await stored.restore()
  }

  /** Waits for pending IndexedDB writes (tests and the bench use it). */
  function flushed(): Promise<void> {
    return stored.flushed()
  }

  // --- importing ---------------------------------------------------------------------------
  async function importInputs(inputs: readonly ImportInput[]): Promise<void> {
    if (phase.value === 'running' || inputs.length === 0) return
    phase.value = 'running'
    failures.value = []
    added.value = 0
    conflicts.value = []
    const items = await runImport(inputs, (p) => (progress.value = p)).catch((err: unknown) => {
      // the worker itself failed: every file is a failure, with that reason
      return inputs.map((i) => ({ kind: 'failed' as const, name: i.name, reason: problem('import_failed', { detail: detailOf(err) }) }))
    })
    const reports: ImportedReport[] = []
    const failed: ImportFailure[] = []
    // one report_id once per import: a second one would silently overwrite the first
    const firstOrigin = new Map<string, string>()
    const take = (name: string, r: ImportedReport) => {
      const first = firstOrigin.get(r.record.report_id)
      if (first !== undefined) return failed.push({ name, reason: problem('same_id_imported', { first, id: r.record.report_id }) })
      firstOrigin.set(r.record.report_id, name)
      reports.push(r)
    }
    for (const item of items) {
      if (item.kind === 'report') take(item.name, item.report)
      else if (item.kind === 'csv') {
        for (const r of item.reports) take(item.name, r)
        failed.push(...csvFailures(item.name, item.errors))
      } else failed.push({ name: item.name, reason: item.reason })
    }
    failures.value = failed
    // against what the page shows: the loaded reports with the earlier imports laid over them
    const split = findConflicts(layerRecords(dataset.records, state.value), reports)
    if (split.conflicts.length === 0) return commit(split.fresh, [], [])
    freshPending.value = split.fresh
    conflicts.value = split.conflicts
    choices.value = split.conflicts.map(() => 'keep')
    phase.value = 'review'
  }

  /** Pasted text goes the same way as a file; the source name decides the report_id. */
  function importText(text: string, sourceName: string): Promise<void> {
    const trimmed = sourceName.trim() || 'pasted-report'
    const name = /\.(txt|html?|md)$/i.test(trimmed) ? trimmed : `${trimmed}.txt`
    return importInputs([{ name, blob: new Blob([text], { type: 'text/plain' }) }])
  }

  /** Applies the user's choice for each duplicate (review phase). */
  function resolveConflicts(): Promise<void> {
    if (phase.value !== 'review') return Promise.resolve()
    return commit(freshPending.value, conflicts.value, choices.value)
  }

  /** Shows the import at once; 'done' (and what it says) once the write is through or failed. */
  async function commit(fresh: ImportedReport[], pending: readonly Conflict[], picked: readonly ConflictChoice[]): Promise<void> {
    const saved = change((current) => applyImport(current, fresh, pending, picked))
    const n = fresh.length + picked.filter((c) => c !== 'keep').length
    freshPending.value = []
    conflicts.value = []
    unsaved.value = !(await saved)
    added.value = n
    phase.value = 'done'
  }

  /** 移除导入的数据: every imported report goes, and replaced embedded ones come back (in every tab). */
  function removeImported(): void {
    void change(() => EMPTY_STATE)
    unsaved.value = false
    phase.value = 'idle'
    failures.value = []
    conflicts.value = []
    added.value = 0
  }

  return {
    state,
    phase,
    progress,
    failures,
    added,
    conflicts,
    choices,
    storageError,
    unsaved,
    restoreDropped,
    importedIds,
    texts,
    count,
    hasChanges,
    textFor,
    isImported,
    restore,
    flushed,
    importInputs,
    importText,
    resolveConflicts,
    removeImported,
  }
})
