/**
 * Reports the user imported in the browser (files, folders, pasted text, a reports.csv).
 * Other panels ask it for an imported report's full text (the evidence view) and whether a
 * record was imported. Filled in by the import dialog; kept in IndexedDB across reloads.
 */
import { defineStore } from 'pinia'
import { shallowRef } from 'vue'

export const useImportsStore = defineStore('imports', () => {
  /** report_id → normalised report text (the text fact offsets index into) */
  const texts = shallowRef<Map<string, string>>(new Map())
  /** report_ids of every imported record, for the 导入 badge and "remove imported" */
  const importedIds = shallowRef<Set<string>>(new Set())

  /** The full text of an imported report, or null when the report was not imported as text. */
  function textFor(reportId: string): string | null {
    return texts.value.get(reportId) ?? null
  }

  function isImported(reportId: string): boolean {
    return importedIds.value.has(reportId)
  }

  return { texts, importedIds, textFor, isImported }
})
