/**
 * Writes landing.json next to a reports.csv (query/landing.ts): the file is read the
 * way the page reads it (parseColumns, records as views, the region index), so the landing
 * view is the page's own first picture. Holds the file's text and columns while it runs
 * (docs/measurements.md), which is why the data command runs it in a process of its own.
 */
import { readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseColumns } from '../data/parseColumns.ts'
import { fingerprint, HEAD_BYTES } from '../data/fingerprint.ts'
import { columnsToRecords } from '../data/columns.ts'
import { buildDataset } from '../query/dataset.ts'
import { buildLandingView, LANDING_FILE, LANDING_MIN_BYTES } from '../query/landing.ts'

export interface LandingWritten {
  /** the landing file, or null when reports.csv is too small to need one (a stale one is removed) */
  file: string | null
  rows: number
}

export function writeLanding(dir: string, minBytes = LANDING_MIN_BYTES): LandingWritten {
  const csv = join(dir, 'reports.csv')
  const target = join(dir, LANDING_FILE)
  const bytes = statSync(csv).size
  if (bytes < minBytes) {
    // a landing view of an earlier, larger reports.csv is never drawn (its head or size
    // differs), but it should not lie around either
    rmSync(target, { force: true })
    return { file: null, rows: 0 }
  }
  const file = readFileSync(csv)
  const head = fingerprint(file.subarray(0, HEAD_BYTES))
  const { columns } = parseColumns(file.toString('utf8'))
  const records = columnsToRecords(columns)
  const view = buildLandingView(buildDataset(records, { numbers: columns.numbers }), { bytes, head })
  const partial = `${target}.partial`
  writeFileSync(partial, JSON.stringify(view))
  renameSync(partial, target)
  return { file: target, rows: records.length }
}
