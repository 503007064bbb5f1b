/** The messages between src/import/importClient.ts and import.worker.ts. */
import type { ImportItem } from '../import/types.ts'

export type ImportWorkerRequest =
  /** how many files will follow, so progress can say "done of total" */
  | { type: 'start'; total: number }
  /**
   * some of the files, as Blobs (a File is cloned as a handle, its bytes are not copied): the
   * worker reads and parses them, so the page does no work per file
   */
  | { type: 'files'; files: Array<{ name: string; blob: Blob }> }

export type ImportWorkerResponse =
  /**
   * before each file: its position in this worker's files, so the page can time it (a file
   * past its budget is failed and the worker replaced, see importClient.ts)
   */
  | { type: 'file'; index: number }
  /** sent before a file when the last message is a while ago, so a big file shows its name */
  | { type: 'progress'; done: number; total: number; current: string }
  /** parsed items since the last batch; `done` counts every file finished so far */
  | { type: 'batch'; items: ImportItem[]; done: number; total: number; current: string }
