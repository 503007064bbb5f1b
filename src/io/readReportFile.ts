import { problem, type Problem } from '../data/problem.ts'
import { basename, join } from 'node:path'
import { MAX_BYTES, tooLarge, type Encoding } from './decodeReportBytes.ts'
import { describeFsError, nodeFileSystem, type FileSystem } from './fileSystem.ts'
import { pdfToTextNode } from './pdfNode.ts'
import { isPdfBytes } from './pdfText.ts'
import { readDocument } from './readDocument.ts'
import { readWordDoc } from './wordDocNode.ts'

/** A failed file operation as a problem: its short reason ("permission denied" …) as the detail. */
function fsProblem(error: unknown): Problem {
  return problem('fs_error', { detail: describeFsError(error) })
}
/** One report file read and decoded, or the reason it could not be. */
export type ReadReport =
  | { ok: true; path: string; source: string; text: string; encoding: Encoding | 'pdf'; html: boolean; notes: string[] }
  | { ok: false; path: string; reason: Problem }

/** File endings picked up when a folder is walked (a file named on the command line is always read). */
export const REPORT_EXTENSIONS = ['.txt', '.htm', '.html', '.md', '.pdf', '.docx', '.doc', '.mhtml', '.mht'] as const

function isReportName(name: string): boolean {
  const lower = name.toLowerCase()
  return REPORT_EXTENSIONS.some((ext) => lower.endsWith(ext))
}

/** Read one file: bytes → text (a PDF: pdfText.ts; the rest: readDocument, text, web pages, Word), never throwing. */
export async function readReportFile(path: string, fs: FileSystem = nodeFileSystem): Promise<ReadReport> {
  try {
    const info = await fs.stat(path)
    if (info.isDirectory()) return { ok: false, path, reason: problem('is_directory') }
    // FIFOs and devices could block forever or never end (/dev/zero)
    if (!info.isFile()) return { ok: false, path, reason: problem('not_regular_file') }
    if (info.size > MAX_BYTES) {
      return { ok: false, path, reason: tooLarge(info.size, MAX_BYTES) }
    }
    const bytes = await fs.readFile(path)
    // a PDF is told by its bytes (%PDF), whatever its name; its text layer is read with pdfjs
    if (isPdfBytes(bytes)) {
      const pdf = await pdfToTextNode(bytes)
      if (!pdf.ok) return { ok: false, path, reason: pdf.reason }
      return { ok: true, path, source: basename(path), text: pdf.text, encoding: 'pdf', html: false, notes: [] }
    }
    const decoded = await readDocument(bytes, path, { doc: readWordDoc })
    if (!decoded.ok) return { ok: false, path, reason: decoded.reason }
    const { text, encoding, html, notes } = decoded
    return { ok: true, path, source: basename(path), text, encoding, html, notes }
  } catch (error) {
    return { ok: false, path, reason: fsProblem(error) }
  }
}

export interface FileList {
  /** files to read, in order: arguments in the order given, each folder sorted */
  files: string[]
  /** inputs that could not be listed */
  failures: { path: string; reason: Problem }[]
}

/**
 * Expand command-line inputs into report files. Folders are walked recursively for
 * REPORT_EXTENSIONS files, skipping hidden entries and symbolic links to folders (no loops);
 * a file named directly is taken whatever its ending.
 */
export async function collectReportFiles(inputs: readonly string[], fs: FileSystem = nodeFileSystem): Promise<FileList> {
  const files: string[] = []
  const failures: FileList['failures'] = []
  const seen = new Set<string>()
  const add = (path: string) => {
    if (!seen.has(path)) {
      seen.add(path)
      files.push(path)
    }
  }
  async function walk(dir: string, found: string[]): Promise<void> {
    try {
      for await (const entry of await fs.readdir(dir)) {
        if (entry.name.startsWith('.')) continue
        const path = join(dir, entry.name)
        if (entry.isDirectory()) await walk(path, found)
        else if (isReportName(entry.name)) {
          if (entry.isFile()) found.push(path)
          else if (entry.isSymbolicLink()) {
            const target = await fs.stat(path).catch(() => null)
            if (target?.isFile()) found.push(path)
          }
        }
      }
    } catch (error) {
      // listing failed (at the start, or mid-way: the folder is reported, what was found stays)
      failures.push({ path: dir, reason: fsProblem(error) })
    }
  }
  for (const input of inputs) {
    let info
    try {
      info = await fs.stat(input)
    } catch (error) {
      failures.push({ path: input, reason: fsProblem(error) })
      continue
    }
    if (info.isDirectory()) {
      const found: string[] = []
      const before = failures.length
      await walk(input, found)
      if (found.length === 0 && failures.length === before) {
        failures.push({ path: input, reason: problem('no_report_files', { extensions: REPORT_EXTENSIONS }) })
      }
      found.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).forEach(add)
    } else {
      add(input) // regular or not, readReportFile says what is wrong with it
    }
  }
  return { files, failures }
}
