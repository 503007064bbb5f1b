import { basename, dirname, join } from 'node:path'
import { describeFsError, type FileSystem } from './fileSystem.ts'

/** A file to write whole. */
export interface FileOutput {
  path: string
  data: string
}

/** A folder to replace whole: afterwards it holds exactly these files. */
export interface FolderOutput {
  path: string
  files: { name: string; data: string }[]
}

let counter = 0
/** A hidden sibling name ending in .tmp (git-ignored), unique to this process and call. */
function tempSibling(path: string): string {
  counter++
  return join(dirname(path), `.${basename(path)}.${process.pid}-${counter}.tmp`)
}

/**
 * Write a set of files and folders so that each ends up either entirely new or untouched:
 * everything is first written to temporary siblings in the same folders, and only when all of
 * that succeeded is each one renamed into place (a rename within a folder is atomic). If any
 * write fails, the temporaries are removed, the old files stay as they were, and the error is
 * thrown as `<path>: <reason>`.
 */
export async function writeAtomically(files: FileOutput[], folders: FolderOutput[], fs: FileSystem): Promise<void> {
  const staged: { temp: string; path: string; folder: boolean }[] = []
  const cleanup = async () => {
    for (const s of staged) await fs.rm(s.temp).catch(() => {})
  }
  let current = ''
  try {
    for (const file of files) {
      current = file.path
      await fs.mkdir(dirname(file.path))
      const temp = tempSibling(file.path)
      staged.push({ temp, path: file.path, folder: false })
      await fs.writeFile(temp, file.data)
    }
    for (const folder of folders) {
      current = folder.path
      await fs.mkdir(dirname(folder.path))
      const temp = tempSibling(folder.path)
      staged.push({ temp, path: folder.path, folder: true })
      await fs.mkdir(temp)
      for (const f of folder.files) {
        current = join(folder.path, f.name)
        await fs.writeFile(join(temp, f.name), f.data)
      }
    }
  } catch (error) {
    await cleanup()
    throw new Error(`${current}: ${describeFsError(error)}`)
  }
  for (const s of staged) {
    try {
      if (!s.folder) {
        await fs.rename(s.temp, s.path)
        continue
      }
      // a folder cannot be renamed over a non-empty one: move the old aside first
      const old = tempSibling(s.path)
      const hadOld = await fs.rename(s.path, old).then(() => true, (e) => {
        if ((e as { code?: string }).code === 'ENOENT') return false
        throw e
      })
      try {
        await fs.rename(s.temp, s.path)
      } catch (e) {
        if (hadOld) await fs.rename(old, s.path).catch(() => {})
        throw e
      }
      if (hadOld) await fs.rm(old)
    } catch (error) {
      await cleanup()
      throw new Error(`${s.path}: ${describeFsError(error)}`)
    }
  }
}
