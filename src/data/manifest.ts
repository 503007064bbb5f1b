/**
 * manifest.json: the generation of a dataset folder. `npm run data` writes reports.csv and
 * facts.csv, then this file last, naming both with their sizes and SHA-256, and a generation
 * id (from the two hashes). A reader takes the manifest first and fetches the files it names
 * with `?g=<generation>` (no HTTP cache hands back a file of another run); a file whose size
 * is not the manifest's was replaced while the page read it (a run committing between the two
 * downloads): the page reads the pair again, and after a few tries refuses it rather than
 * show reports of one run with the evidence of another. A folder without a manifest (made by
 * an earlier version, or by `npm run synth -- --csv`) is read as before.
 *
 * Pure: parsing and URLs here; the one fetch is passed in.
 */
import type { CsvKind } from '../workers/csvMessages.ts'

export const MANIFEST_FILE = 'manifest.json'
export const MANIFEST_FORMAT = 1

export interface ManifestFile {
  /** the file's name in the folder */
  name: string
  bytes: number
  sha256: string
}

export interface Manifest {
  format: typeof MANIFEST_FORMAT
  generation: string
  files: ManifestFiles
}

/**
 * The pair, and for a large set reports.arrow: reports.csv's rows as Arrow columns
 * (arrowColumns.ts), written in the same run and read by the page in the CSV's place.
 */
export type ManifestFiles = Record<CsvKind, ManifestFile> & { arrow?: ManifestFile }

/**
 * The message of a load problem for a file that is not the size the manifest says; the
 * dataset store reads the pair again when it sees it.
 */
export const NOT_THIS_GENERATION = 'not the file manifest.json names (size differs: a new dataset was written while it was read)'

const SAFE_NAME = /^[\w.-]+\.csv$/
const SAFE_ARROW_NAME = /^[\w.-]+\.arrow$/

function fileOf(value: unknown, safeName = SAFE_NAME): ManifestFile | null {
  if (!value || typeof value !== 'object') return null
  const { name, bytes, sha256 } = value as Record<string, unknown>
  if (typeof name !== 'string' || !safeName.test(name)) return null
  if (typeof bytes !== 'number' || !Number.isSafeInteger(bytes) || bytes < 0) return null
  if (typeof sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(sha256)) return null
  return { name, bytes, sha256 }
}

/** The manifest in `json` (parsed), or null when it is not one this page reads. */
export function readManifest(json: unknown): Manifest | null {
  if (!json || typeof json !== 'object') return null
  const { format, generation, files } = json as Record<string, unknown>
  if (format !== MANIFEST_FORMAT || typeof generation !== 'string' || !/^[\w-]{1,64}$/.test(generation)) return null
  if (!files || typeof files !== 'object') return null
  const reports = fileOf((files as Record<string, unknown>).reports)
  const facts = fileOf((files as Record<string, unknown>).facts)
  if (!reports || !facts) return null
  // an arrow entry this page cannot read is ignored: the CSVs are the dataset
  const arrow = fileOf((files as Record<string, unknown>).arrow, SAFE_ARROW_NAME)
  return { format: MANIFEST_FORMAT, generation, files: arrow ? { reports, facts, arrow } : { reports, facts } }
}

/** The manifest's text as `npm run data` writes it. */
export function manifestJson(files: ManifestFiles, generation: string): string {
  const manifest: Manifest = { format: MANIFEST_FORMAT, generation, files }
  return JSON.stringify(manifest, null, 2) + '\n'
}

/** What a load needs of a manifest: each file's name (with the generation query) and size. */
export interface Generation {
  generation: string
  /** file name relative to the folder, `reports.csv?g=…` */
  names: Record<CsvKind, string>
  bytes: Record<CsvKind, number>
  /** reports.arrow with the generation query, and its size, when the manifest lists one */
  arrow?: { name: string; bytes: number }
}

export function generationOf(m: Manifest): Generation {
  const q = `?g=${encodeURIComponent(m.generation)}`
  return {
    generation: m.generation,
    names: { reports: m.files.reports.name + q, facts: m.files.facts.name + q },
    bytes: { reports: m.files.reports.bytes, facts: m.files.facts.bytes },
    ...(m.files.arrow ? { arrow: { name: m.files.arrow.name + q, bytes: m.files.arrow.bytes } } : {}),
  }
}

/**
 * The folder's manifest, or null: none there (404, or a host's HTML page in its place), or not
 * one this page reads. `fetchText` throws for a missing file, as the loader's does.
 */
export async function fetchManifest(baseUrl: string, fetchText: (url: string) => Promise<string>): Promise<Manifest | null> {
  let text: string
  try {
    text = await fetchText(baseUrl + MANIFEST_FILE)
  } catch {
    return null
  }
  try {
    return readManifest(JSON.parse(text))
  } catch {
    return null
  }
}

/** UTF-8 byte length of a text without encoding it (the size check on a decoded file). */
export function utf8Length(text: string): number {
  let n = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c < 0x80) n += 1
    else if (c < 0x800) n += 2
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      n += 4
      i++
    } else n += 3
  }
  return n
}
