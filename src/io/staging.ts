import { basename, dirname, join } from 'node:path'
import { describeFsError, type FileSystem } from './fileSystem.ts'

/** A file being written in pieces; it replaces `path` only at commit. */
export interface StagedFile {
  append(data: string | Uint8Array): Promise<void>
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
  /** replaced in one rename after every other entry is in place (a manifest naming them) */
  last: boolean
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

  /**
   * `last`: the file goes in after all the others, renamed over the old one, so it is never
   * missing: a manifest naming the other files (data/manifest.ts) keeps naming the old ones
   * until the new ones are all in place, and stays the old one if any rename fails.
   */
  async file(path: string, { last = false }: { last?: boolean } = {}): Promise<StagedFile> {
    try {
      await this.fs.mkdir(dirname(path))
    } catch (error) {
      throw folderFailure(path, error)
    }
    const entry: Entry = { temp: tempSibling(path), path, folder: false, written: false, last }
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
    const entry: Entry = { temp: tempSibling(path), path, folder: true, written: true, last: false }
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

  /**
   * Move everything into place as one change: first every old file and folder is moved aside,
   * then every new one in, and only then are the old ones removed. If any rename fails (a CSV
   * open in Excel on Windows cannot be replaced) the new ones come out and the old ones go back:
   * reports.csv new with facts.csv old, a mixed pair, was what a failed second rename left.
   */
  async commit(): Promise<void> {
    const aside: { path: string; old: string }[] = []
    const placed: Entry[] = []
    const replaced: { entry: Entry; old: Uint8Array | null }[] = []
    const first = this.entries.filter((e) => !e.last)
    let at: Entry | null = null
    try {
      for (const e of first) {
        at = e
        if (!e.folder && !e.written) await this.fs.writeFile(e.temp, '')
        // a folder cannot be renamed over a non-empty one, and a file must come back on failure
        const old = tempSibling(e.path)
        const had = await this.fs.rename(e.path, old).then(
          () => true,
          (err) => {
            if ((err as { code?: string }).code === 'ENOENT') return false
            throw err
          },
        )
        if (had) aside.push({ path: e.path, old })
      }
      for (const e of first) {
        at = e
        await this.fs.rename(e.temp, e.path)
        placed.push(e)
      }
      for (const e of this.entries) {
        if (!e.last) continue
        at = e
        if (!e.written) await this.fs.writeFile(e.temp, '')
        const old = await this.fs.readFile(e.path).catch(() => null)
        await this.fs.rename(e.temp, e.path) // over the old one: one rename, never missing
        replaced.push({ entry: e, old })
      }
    } catch (error) {
      for (const { entry, old } of replaced.reverse()) {
        if (old === null) await this.fs.rm(entry.path).catch(() => {})
        else {
          const back = tempSibling(entry.path)
          await this.fs
            .writeFile(back, new TextDecoder().decode(old))
            .then(() => this.fs.rename(back, entry.path))
            .catch(() => {})
        }
      }
      for (const e of placed) await this.fs.rm(e.path).catch(() => {})
      for (const a of aside.reverse()) await this.fs.rename(a.old, a.path).catch(() => {})
      await this.abort()
      throw fsFailure(at!.path, error)
    }
    for (const a of aside) await this.fs.rm(a.old).catch(() => {})
    this.entries.length = 0
  }

  /** Remove every temporary; the old files stay. Never throws. */
  async abort(): Promise<void> {
    for (const e of this.entries) await this.fs.rm(e.temp).catch(() => {})
    this.entries.length = 0
  }
}
