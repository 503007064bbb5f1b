/** The messages between loadDataset.ts and csv.worker.ts. */
import type { CsvRead } from '../data/csv.ts'
import type { Fact, ReportRecord } from '../data/schema.ts'

export type CsvKind = 'reports' | 'facts'

export interface CsvWorkerRequest {
  id: number
  kind: CsvKind
  text: string
}

export type CsvWorkerResponse =
  | { id: number; ok: true; result: CsvRead<ReportRecord> | CsvRead<Fact> }
  | { id: number; ok: false; message: string }
