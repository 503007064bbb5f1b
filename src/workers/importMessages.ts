/** The messages between src/import/importClient.ts and import.worker.ts. */
import type { ImportItem } from '../import/types.ts'

export type ImportWorkerRequest =
  /** how many files will follow, so progress can say "done of total" */
  | { type: 'start'; total: number }
  /** one file; `buffer` is transferred, not copied */
  | { type: 'file'; name: string; buffer: ArrayBuffer }
  /** a file the page could not read: counted and listed like any other failure */
  | { type: 'unreadable'; name: string; reason: string }

export type ImportWorkerResponse =
  /** sent before a file when the last message is a while ago, so a big file shows its name */
  | { type: 'progress'; done: number; total: number; current: string }
  /** parsed items since the last batch; `done` counts every file finished so far */
  | { type: 'batch'; items: ImportItem[]; done: number; total: number; current: string }
