import { describe, expect, it } from 'vitest'
import { applyImport, layerFacts, layerRecords } from '../../src/import/merge.ts'
import { findConflicts } from '../../src/import/duplicates.ts'
import { EMPTY_STATE } from '../../src/import/types.ts'
import { imported, record } from './helpers.ts'

const base = [record('e1', '一拉溪镇', 2014), record('e2', '金塘镇', 2018)]
const baseFacts = base.map((r) => ({ report_id: r.report_id, field: 'year' as const, value: String(r.year), start: 0, end: 4, quote: '' }))

describe('applyImport', () => {
  it('adds fresh reports; the same report_id again replaces the earlier import', () => {
    const once = applyImport(EMPTY_STATE, [imported('n1', '口前镇', 2014)])
    const twice = applyImport(once, [imported('n1', '口前镇', 2014, { proactive_total: 7 })])
    expect(twice.reports).toHaveLength(1)
    expect(twice.reports[0].record.proactive_total).toBe(7)
  })

  it('keep leaves the existing report and drops the incoming one', () => {
    const { fresh, conflicts } = findConflicts(base, [imported('n1', '一拉溪镇', 2014)])
    expect(applyImport(EMPTY_STATE, fresh, conflicts, ['keep'])).toEqual({ reports: [], hidden: [] })
  })

  it('replace hides an embedded report (so it can come back) and adds the incoming one', () => {
    const { fresh, conflicts } = findConflicts(base, [imported('n1', '一拉溪镇', 2014)])
    const state = applyImport(EMPTY_STATE, fresh, conflicts, ['replace'])
    expect(state.hidden).toEqual(['e1'])
    expect(layerRecords(base, state).map((r) => r.report_id)).toEqual(['e2', 'n1'])
    expect(layerFacts(baseFacts, state).map((f) => f.report_id)).toEqual(['e2', 'n1'])
  })

  it('replace of an imported report removes it instead of hiding it', () => {
    const first = applyImport(EMPTY_STATE, [imported('n1', '口前镇', 2020)])
    const shown = layerRecords(base, first)
    const { fresh, conflicts } = findConflicts(shown, [imported('n2', '口前镇', 2020)])
    const state = applyImport(first, fresh, conflicts, ['replace'])
    expect(state.hidden).toEqual([])
    expect(state.reports.map((r) => r.record.report_id)).toEqual(['n2'])
  })

  it('keep both adds the incoming report, renaming it when it has the very same report_id', () => {
    const again = imported('e1', '一拉溪镇', 2014)
    const { conflicts } = findConflicts(base, [again])
    const state = applyImport(EMPTY_STATE, [], conflicts, ['both'])
    expect(state.reports[0].record.report_id).toBe('e1-2')
    expect(state.reports[0].facts.every((f) => f.report_id === 'e1-2')).toBe(true)
    expect(layerRecords(base, state)).toHaveLength(3)
  })

  it('a missing choice keeps the existing report', () => {
    const { conflicts } = findConflicts(base, [imported('n1', '一拉溪镇', 2014)])
    expect(applyImport(EMPTY_STATE, [], conflicts).reports).toEqual([])
  })
})

describe('layerRecords', () => {
  it('returns the base array itself when nothing is imported (no copy per load)', () => {
    expect(layerRecords(base, EMPTY_STATE)).toBe(base)
    expect(layerFacts(baseFacts, EMPTY_STATE)).toBe(baseFacts)
  })
})
