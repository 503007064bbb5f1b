/** The messages between loadDataset.ts and csv.worker.ts. */
import type { CsvError, CsvRead } from '../data/csv.ts'
import type { ReportColumns } from '../data/columns.ts'
import type { Fact, ReportRecord } from '../data/schema.ts'
import type { RegionIndexCore } from '../query/regionIndexCore.ts'

export type CsvKind = 'reports' | 'facts'

export type CsvWorkerRequest =
  /** small files: validated rows, structured-cloned back */
  | { id: number; kind: CsvKind; text: string }
  /** large reports.csv: compact columns, transferred back; the file's text, or its bytes pushed */
  | {
      id: number
      kind: 'report-columns'
      text?: string
      /** the page reads the file and posts its bytes as 'report-bytes' messages with this id */
      pushed?: boolean
      /** keep the region columns for a 'region-core' request after this one (the whole file only) */
      keepRegion?: boolean
    }
  /** the next piece of a pushed file (`bytes` transferred), or its end (`end`, `error` if the read failed) */
  | { id: number; kind: 'report-bytes'; bytes?: Uint8Array; end?: boolean; error?: string }
  /** the region index core (regionIndexCore.ts) of the columns last parsed with keepRegion */
  | { id: number; kind: 'region-core' }
  /** large facts.csv: fetched, checked and indexed in the worker, which keeps it */
  | { id: number; kind: 'facts-index'; url: string }
  /** the evidence of one report from the worker's facts index */
  | { id: number; kind: 'facts-for'; reportId: string }

export type CsvWorkerResponse =
  | { id: number; ok: true; result: CsvRead<ReportRecord> | CsvRead<Fact> }
  | { id: number; ok: true; columns: ReportColumns; errors: CsvError[]; rowsRead: number; unterminatedQuote: boolean }
  | { id: number; ok: true; factsIndexed: number; errors: CsvError[] }
  | { id: number; ok: true; facts: Fact[] }
  | { id: number; ok: true; core: RegionIndexCore }
  | { id: number; ok: false; message: string }
