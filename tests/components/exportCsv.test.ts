import { describe, expect, it } from 'vitest'
import Papa from 'papaparse'
import { recordsToCsv } from '../../src/composables/exportCsv.ts'
import { REPORT_COLUMNS } from '../../src/data/schema.ts'
import { describeFilters } from '../../src/i18n/describeFilters.ts'
import { MESSAGES } from '../../src/i18n/index.ts'
import { DEFAULT_STATE } from '../../src/stores/queryState.ts'
import { fixtureDataset } from '../fixtures/dashboard/load.ts'

const { records } = fixtureDataset()

describe('recordsToCsv(records)', () => {
  it('starts with a UTF-8 BOM and writes the contract columns in order', () => {
    const csv = recordsToCsv(records.slice(0, 2))
    expect(csv.charCodeAt(0)).toBe(0xfeff)
    const parsed = Papa.parse<string[]>(csv.slice(1).trim())
    expect(parsed.data[0]).toEqual([...REPORT_COLUMNS])
    expect(parsed.data).toHaveLength(3)
  })

  it('keeps unstated values as empty cells, not 0', () => {
    const csv = recordsToCsv([records[0]])
    const row = Papa.parse<Record<string, string>>(csv.slice(1).trim(), { header: true }).data[0]
    expect(row.apps_new).toBe('')
    expect(row.ch_web).toBe('97')
  })

  it('neutralises cells that would run as spreadsheet formulas', () => {
    const csv = recordsToCsv([{ ...records[0], township: '=HYPERLINK("x")' }])
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`)
  })
})

describe('describeFilters(state, messages)', () => {
  it('says what is filtered, in each language', () => {
    const state = { ...DEFAULT_STATE, county: '洪泽区', yearFrom: 2021, yearTo: 2021, townships: ['洪泽区/岔河镇'] }
    expect(describeFilters(state, MESSAGES['zh-CN'])).toBe('洪泽区；乡镇（街道）: 岔河镇；年份: 2021')
    expect(describeFilters(DEFAULT_STATE, MESSAGES.en)).toBe('all data')
  })
})
