import { nodeFileSystem } from '../io/fileSystem.ts'
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
  }
}
