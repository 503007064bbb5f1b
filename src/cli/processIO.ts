import { nodeFileSystem } from '../io/fileSystem.ts'
import type { ProgressOutput } from './progress.ts'
import type { CommandIO } from './runParse.ts'

/**
 * The real effects for a command entry: the file system and the process's streams. A reader
 * that stops early (`parse … | head`) closes the pipe; that ends the command quietly instead
 * of crashing with an EPIPE stack trace.
 */
export function processIO(): CommandIO {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
    throw error
  })
  return {
    fs: nodeFileSystem,
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    progress: progressOutput(process.stderr),
  }
}

/**
 * A progress line only on a terminal: piped into a file, a CI log or a test, \r-rewritten
 * lines would be noise, so there is none at all.
 */
export function progressOutput(stream: { isTTY?: boolean; columns?: number; write(text: string): unknown }): ProgressOutput | undefined {
  if (!stream.isTTY) return undefined
  return {
    write: (text) => void stream.write(text),
    get columns() {
      return stream.columns || 80 // read each time: the terminal may be resized mid-run
    },
  }
}
