import type { FileSystem } from './fileSystem.ts'
import { Staging } from './staging.ts'

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

/**
 * Write a set of files and folders so that each ends up either entirely new or untouched:
 * everything is first written to temporary siblings in the same folders, and only when all of
 * that succeeded is each one renamed into place (a rename within a folder is atomic). If any
 * write fails, the temporaries are removed, the old files stay as they were, and the error is
 * thrown as `<path>: <reason>`. The whole-data form of Staging, for outputs already in memory.
 */
export async function writeAtomically(files: FileOutput[], folders: FolderOutput[], fs: FileSystem): Promise<void> {
  const staging = new Staging(fs)
  try {
    for (const file of files) await (await staging.file(file.path)).append(file.data)
    for (const folder of folders) {
      const staged = await staging.folder(folder.path)
      for (const f of folder.files) await staged.write(f.name, f.data)
    }
  } catch (error) {
    await staging.abort()
    throw error
  }
  await staging.commit()
}
