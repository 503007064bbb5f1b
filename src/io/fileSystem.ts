import { readFileSync, statSync } from 'node:fs'
import * as fsp from 'node:fs/promises'

export interface DirEntry {
  name: string
  isFile(): boolean
  isDirectory(): boolean
  isSymbolicLink(): boolean
}

/**
 * The file-system effects the CLI needs, as one object, so command logic can be tested with a
 * real temp folder or with a stub that fails on purpose (a permission error as root, a disk
 * full during a write). `nodeFileSystem` is the real one.
 */
export interface FileSystem {
  readFile(path: string): Promise<Uint8Array>
  stat(path: string): Promise<{ isFile(): boolean; isDirectory(): boolean; size: number }>
  /** a folder's entries; may be iterated lazily (a 100,000-file folder need not be one array) */
  readdir(path: string): Promise<Iterable<DirEntry> | AsyncIterable<DirEntry>>
  /** text is written as UTF-8; bytes as they are (reports.arrow) */
  writeFile(path: string, data: string | Uint8Array): Promise<void>
  /** add to the end of a file (the data command streams its CSVs in chunks) */
  appendFile(path: string, data: string | Uint8Array): Promise<void>
  rename(from: string, to: string): Promise<void>
  mkdir(path: string): Promise<void>
  rm(path: string): Promise<void>
}

export const nodeFileSystem: FileSystem = {
  readFile: (path) => fsp.readFile(path),
  stat: (path) => fsp.stat(path),
  // opendir hands out entries a few hundred at a time: a flat folder of 100,000 reports never
  // exists as 100,000 entry objects, which would raise the data command's peak memory
  readdir: (path) => fsp.opendir(path, { bufferSize: 256 }),
  writeFile: (path, data) => fsp.writeFile(path, data, 'utf8'),
  appendFile: (path, data) => fsp.appendFile(path, data, 'utf8'),
  rename: (from, to) => fsp.rename(from, to),
  mkdir: async (path) => {
    await fsp.mkdir(path, { recursive: true })
  },
  rm: (path) => fsp.rm(path, { recursive: true, force: true }),
}

/**
 * The same, reading with blocking calls: for a worker thread that has nothing else to do while
 * a file loads. A promise-based read hops through libuv's thread pool and back, several times
 * the cost of a blocking read for a small report (docs/measurements.md).
 * Never for the main thread of a program that must stay responsive.
 */
export const blockingReadFileSystem: FileSystem = {
  ...nodeFileSystem,
  readFile: async (path) => readFileSync(path),
  stat: async (path) => statSync(path),
}

/** A short reason for a failed file operation: "permission denied", "no such file or directory" … */
export function describeFsError(error: unknown): string {
  const code = (error as { code?: string } | null)?.code
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory'
    case 'EACCES':
    case 'EPERM':
      return 'permission denied'
    case 'EISDIR':
      return 'is a directory'
    case 'ENOTDIR':
      return 'not a directory'
    case 'ELOOP':
      return 'too many symbolic links'
    case 'ENOSPC':
      return 'no space left on device'
    case 'EROFS':
      return 'read-only file system'
    case 'EMFILE':
    case 'ENFILE':
      return 'too many open files'
    case 'ENAMETOOLONG':
      return 'file name too long'
    case 'EEXIST':
      return 'already exists'
    case 'ENOTEMPTY':
      return 'folder not empty'
    case 'EBUSY':
      return 'in use by another program'
    case 'EXDEV':
      return 'on another file system'
    case 'EINVAL':
      return 'invalid name'
    default:
      // another Node error: its text without the code prefix and the path it repeats
      if (code && error instanceof Error) return error.message.replace(/^[A-Z]+: /, '').replace(/, \w+ '.*'$/s, '')
      return error instanceof Error ? error.message : String(error)
  }
}
