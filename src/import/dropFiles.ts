/**
 * Files from a drop or a picker as ImportInputs. A dropped folder is walked (webkitGetAsEntry)
 * and, like a picked folder, only its report files are taken: a folder of reports usually
 * holds other files too. A single file of another type is kept, so it is listed with its reason.
 */
import { fileKind } from './acceptFile.ts'
import type { ImportInput } from './importClient.ts'

/** Picked files; `fromFolder` (webkitdirectory) names them by their path inside the folder. */
export function inputsFromFiles(files: Iterable<File>, fromFolder = false): ImportInput[] {
  const out: ImportInput[] = []
  for (const file of files) {
    const name = (fromFolder && file.webkitRelativePath) || file.name
    if (fromFolder && fileKind(name) === null) continue
    out.push({ name, blob: file })
  }
  return out
}

function readEntries(reader: FileSystemDirectoryReader): Promise<FileSystemEntry[]> {
  return new Promise((resolve, reject) => reader.readEntries(resolve, reject))
}

async function walk(entry: FileSystemEntry, out: ImportInput[], inFolder: boolean): Promise<void> {
  if (entry.isFile) {
    const file = await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject))
    const name = entry.fullPath.replace(/^\//, '') || file.name
    if (!inFolder || fileKind(name) !== null) out.push({ name, blob: file })
    return
  }
  const reader = (entry as FileSystemDirectoryEntry).createReader()
  // readEntries hands back at most 100 entries per call: call until it returns none
  for (let batch = await readEntries(reader); batch.length; batch = await readEntries(reader)) {
    for (const child of batch) await walk(child, out, true)
  }
}

export async function inputsFromDrop(data: DataTransfer): Promise<ImportInput[]> {
  // entries must be taken synchronously, before the first await, or the browser empties the list
  const entries = [...data.items].map((item) => (item.kind === 'file' ? item.webkitGetAsEntry?.() : null))
  if (entries.every((e) => !e)) return inputsFromFiles(data.files)
  const out: ImportInput[] = []
  for (const entry of entries) if (entry) await walk(entry, out, false)
  return out
}
