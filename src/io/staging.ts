import { basename, dirname, join } from 'node:path'
import { describeFsError, type FileSystem } from './fileSystem.ts'

/** A file being written in pieces; it replaces `path` only at commit. */
export interface StagedFile {
  append(data: string): Promise<void>
}

/** A folder being filled file by file; it replaces `path` whole (old files gone) only at commit. */
export interface StagedFolder {
  write(name: string, data: string): Promise<void>
}

/** The temporaries tempSibling names: `.<name>.<pid>-<n>.tmp`. */
const TEMP_NAME = /^\..+\.(\d+)-\d+\.tmp$/

/** Whether a process of this id is running (EPERM: it is, but not ours). */
function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as { code?: string }).code === 'EPERM'
  }
}

/**
 * Removes the temporaries a run killed before it could clean up left in `dir` (a SIGKILL, a
 * power cut): ours by name, of a process no longer running. `vite build` copied them into
 * dist/, and a folder of them held thousands of files. Returns the names removed; never throws.
 */
export async function removeStaleTemps(dir: string, fs: FileSystem, alive: (pid: number) => boolean = pidAlive): Promise<string[]> {
  const removed: string[] = []
  try {
    for await (const entry of await fs.readdir(dir)) {
      const m = TEMP_NAME.exec(entry.name)
      if (!m || Number(m[1]) === process.pid || alive(Number(m[1]))) continue
      await fs.rm(join(dir, entry.name))
      removed.push(entry.name)
    }
  } catch {
    // no such folder yet, or unreadable: nothing to clean
  }
  return removed
}

let counter = 0
/** A hidden sibling name ending in .tmp (git-ignored), unique to this process and call. */
function tempSibling(path: string): string {
  counter++
  return join(dirname(path), `.${basename(path)}.${process.pid}-${counter}.tmp`)
}

interface Entry {
  temp: string
  path: string
  folder: boolean
  /** a file's temp exists once something (even '') was written to it */
  written: boolean
}

/** `<path>: <reason>`, the one-line form every write error takes. */
function fsFailure(path: string, error: unknown): Error {
  return new Error(`${path}: ${describeFsError(error)}`)
}

/** A folder that could not be made: EEXIST there means a file stands where the folder should be. */
function folderFailure(path: string, error: unknown): Error {
  const code = (error as { code?: string } | null)?.code
  return code === 'EEXIST' ? new Error(`${dirname(path)}: not a folder`) : fsFailure(path, error)
}

/**
 * All-or-nothing output that can be written as it is produced: every file and folder is built
 * in a temporary sibling in its own folder (so the final rename stays on one file system and is
 * atomic), and only `commit` moves them into place. `abort` removes the temporaries and leaves
 * the old files as they were. Errors are thrown as `<final path>: <reason>`, naming the file
 * the user knows rather than a temporary.
 *
 * Streaming is why this exists: the data command appends CSV chunks as batches finish instead
 * of holding 100,000 records in memory for one big write.
 */
export class Staging {
  private readonly entries: Entry[] = []

  constructor(private readonly fs: FileSystem) {}

  async file(path: string): Promise<StagedFile> {
    try {
      await this.fs.mkdir(dirname(path))
    } catch (error) {
      throw folderFailure(path, error)
    }
    const entry: Entry = { temp: tempSibling(path), path, folder: false, written: false }
    this.entries.push(entry)
    const fs = this.fs
    return {
      async append(data) {
        try {
          // the first piece creates the temp (a stale one of the same name is replaced)
          if (entry.written) await fs.appendFile(entry.temp, data)
          else await fs.writeFile(entry.temp, data)
          entry.written = true
        } catch (error) {
          throw fsFailure(path, error)
        }
      },
    }
  }

  async folder(path: string): Promise<StagedFolder> {
    const entry: Entry = { temp: tempSibling(path), path, folder: true, written: true }
    try {
      await this.fs.mkdir(dirname(path))
      this.entries.push(entry)
      await this.fs.mkdir(entry.temp)
    } catch (error) {
      throw fsFailure(path, error)
    }
    const fs = this.fs
    return {
      async write(name, data) {
        try {
          await fs.writeFile(join(entry.temp, name), data)
        } catch (error) {
          throw fsFailure(join(path, name), error)
        }
      },
    }
  }

  /** Move everything into place, files first, in the order they were staged. */
  async commit(): Promise<void> {
    for (const e of this.entries) {
      try {
        if (!e.folder) {
          if (!e.written) await this.fs.writeFile(e.temp, '')
          await this.fs.rename(e.temp, e.path)
          continue
        }
        // a folder cannot be renamed over a non-empty one: move the old aside first
        const old = tempSibling(e.path)
        const hadOld = await this.fs.rename(e.path, old).then(() => true, (err) => {
          if ((err as { code?: string }).code === 'ENOENT') return false
          throw err
        })
        try {
          await this.fs.rename(e.temp, e.path)
        } catch (err) {
          if (hadOld) await this.fs.rename(old, e.path).catch(() => {})
          throw err
        }
        if (hadOld) await this.fs.rm(old)
      } catch (error) {
        await this.abort()
        throw fsFailure(e.path, error)
      }
    }
    this.entries.length = 0
  }

  /** Remove every temporary; the old files stay. Never throws. */
  async abort(): Promise<void> {
    for (const e of this.entries) await this.fs.rm(e.temp).catch(() => {})
    this.entries.length = 0
  }
}
