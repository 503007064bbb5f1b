import { describe, expect, it } from 'vitest'
import { duplicateKey, findConflicts } from '../../src/import/duplicates.ts'
import { imported, record } from './helpers.ts'

describe('duplicateKey', () => {
  it('is the county/township key plus the year', () => {
    expect(duplicateKey(record('a', '口前镇', 2014))).toBe('永吉县/口前镇|2014')
  })
  it('is null without a township or a year, so such reports never conflict', () => {
    expect(duplicateKey(record('a', null, 2014))).toBeNull()
    expect(duplicateKey(record('a', '口前镇', null))).toBeNull()
  })
})

describe('findConflicts', () => {
  const shown = [record('e1', '一拉溪镇', 2014), record('e2', '一拉溪镇', 2015)]

  it('puts a report for a shown township and year aside with the one it would replace', () => {
    const { fresh, conflicts } = findConflicts(shown, [imported('n1', '一拉溪镇', 2014), imported('n2', '一拉溪镇', 2016)])
    expect(fresh.map((r) => r.record.report_id)).toEqual(['n2'])
    expect(conflicts).toHaveLength(1)
    expect(conflicts[0].existing.report_id).toBe('e1')
    expect(conflicts[0].incoming.record.report_id).toBe('n1')
  })

  it('tells the same township name in another county apart', () => {
    const other = imported('n1', '一拉溪镇', 2014, { county: '磐石市' })
    expect(findConflicts(shown, [other]).conflicts).toEqual([])
  })

  it('catches two files for one township and year in the same import', () => {
    const { fresh, conflicts } = findConflicts([], [imported('n1', '口前镇', 2020), imported('n2', '口前镇', 2020)])
    expect(fresh.map((r) => r.record.report_id)).toEqual(['n1'])
    expect(conflicts[0].existing.report_id).toBe('n1')
  })

  it('lets reports without a township through as fresh', () => {
    expect(findConflicts(shown, [imported('n1', null, 2014), imported('n2', null, 2014)]).fresh).toHaveLength(2)
  })
})
