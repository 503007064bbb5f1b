import { spawnSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { nodeFileSystem } from '../../src/io/fileSystem.ts'
import type { CommandIO } from '../../src/cli/runParse.ts'

export const ROOT = resolve(import.meta.dirname, '../..')
const TSX = join(ROOT, 'node_modules/.bin/tsx')

/** A CommandIO on the real file system that records what the command prints. */
export function captureIO(overrides: Partial<CommandIO> = {}): CommandIO & { out: () => string; err: () => string } {
  let out = ''
  let err = ''
  return {
    fs: nodeFileSystem,
    stdout: (t) => {
      out += t
    },
    stderr: (t) => {
      err += t
    },
    out: () => out,
    err: () => err,
    ...overrides,
  }
}

export const tempDir = (prefix: string) => mkdtempSync(join(tmpdir(), prefix))

/** Run a command entry file the way npm does (tsx), from the project root. */
export function runEntry(entry: string, args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(TSX, [join(ROOT, entry), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, ...env },
  })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}
