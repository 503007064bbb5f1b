/** Test helpers: records as the query functions take them. */
import type { ReportRecord } from '../../src/data/schema.ts'
import { buildDataset } from '../../src/query/dataset.ts'
import { DEFAULT_STATE } from '../../src/query/queryState.ts'
import { select, type Filters, type Selection } from '../../src/query/select.ts'

/** Every report of `records` (or those passing `filters`), as a Selection over a dataset of them. */
export function selectRecords(records: readonly ReportRecord[], filters: Partial<Filters> = {}): Selection {
  return select(buildDataset(records), { ...DEFAULT_STATE, ...filters })
}
