import { join } from 'node:path'
import { factsToCsv, recordsToCsv, reportTextFile } from '../data/csv.ts'
import { writeAtomically, type FileOutput, type FolderOutput } from '../io/writeAtomically.ts'
import { parseFiles } from './parseFiles.ts'
import type { CommandIO } from './runParse.ts'

export interface DataOptions {
  /** folder of raw reports, walked recursively */
  inDir: string
  /** where reports.csv and facts.csv go */
  outDir: string
  /** the dashboard's copy (public/data): both CSVs plus reports/ with each decoded text; null = none */
  publicDir: string | null
}

/**
 * `data`: build reports.csv and facts.csv from a folder of reports. Files that fail are
 * reported (`<path>: <reason>`) and left out; if none parsed, or any write fails, nothing is
 * replaced. Exit code 0 when every file parsed, 1 otherwise.
 */
export async function runData(options: DataOptions, io: CommandIO): Promise<number> {
  let failed = 0
  const fail = (path: string, reason: string) => {
    failed++
    io.stderr(`${path}: ${reason}\n`)
  }
  const parsed = await parseFiles([options.inDir], io.fs, fail, io.parse)
  // the source column names the file; two files of one name in different subfolders would clash
  const bySource = new Map<string, string>()
  const reports = parsed.filter((p) => {
    const first = bySource.get(p.source)
    if (first === undefined) {
      bySource.set(p.source, p.path)
      return true
    }
    fail(p.path, `same file name as ${first}; left out (the source column must be unique)`)
    return false
  })
  if (reports.length === 0) {
    io.stderr(`${options.inDir}: no report parsed; nothing written\n`)
    return 1
  }
  const records = reports.map((p) => p.result.record)
  const facts = reports.flatMap((p) => p.result.facts)
  const reportsCsv = recordsToCsv(records)
  const factsCsv = factsToCsv(facts)
  const files: FileOutput[] = [
    { path: join(options.outDir, 'reports.csv'), data: reportsCsv },
    { path: join(options.outDir, 'facts.csv'), data: factsCsv },
  ]
  const folders: FolderOutput[] = []
  if (options.publicDir !== null) {
    files.push(
      { path: join(options.publicDir, 'reports.csv'), data: reportsCsv },
      { path: join(options.publicDir, 'facts.csv'), data: factsCsv },
    )
    folders.push({
      path: join(options.publicDir, 'reports'),
      files: reports.map((p) => ({ name: reportTextFile(p.source), data: p.text })),
    })
  }
  try {
    await writeAtomically(files, folders, io.fs)
  } catch (error) {
    io.stderr(`${error instanceof Error ? error.message : String(error)}\n`)
    return 1
  }
  const where = [options.outDir, options.publicDir].filter((d) => d !== null).join(' and ')
  io.stdout(`${records.length} reports, ${facts.length} facts written to ${where}\n`)
  return failed ? 1 : 0
}
