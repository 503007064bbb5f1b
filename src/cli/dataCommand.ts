/**
 * Entry: `npm run data [-- --in DIR --out DIR --public DIR --jobs N]`
 * Builds reports.csv and facts.csv from the raw reports. Defaults: --in data/reports,
 * --out data, and the dashboard's copy in public/data (written by default only when --out is
 * not given, so a build into a scratch folder never touches the embedded dataset).
 * --jobs: parallel parsers (default: every core, at most twice the cores). Ctrl-C, SIGTERM or
 * SIGHUP leave the old files and no temporaries (exit 130, 143, 129).
 * Arguments only; the work is runData. Exit 0 all parsed, 1 some failed, 2 wrong usage.
 */
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { constants } from 'node:os'
import { fileURLToPath } from 'node:url'
import { commandArgs } from './commandArgs.ts'
import { processIO } from './processIO.ts'
import { runData } from './runData.ts'

const USAGE = 'usage: npm run data [-- --in DIR] [--out DIR] [--public DIR] [--jobs N]\n'

const { values, positionals, usage } = commandArgs('data', USAGE, {
  in: { type: 'string' },
  out: { type: 'string' },
  public: { type: 'string' },
  jobs: { type: 'string', short: 'j' },
})
if (positionals.length) usage(`unexpected argument "${positionals[0]}"`)
for (const name of ['in', 'out', 'public'] as const) {
  if (values[name] === '') usage(`--${name} needs a folder`)
}
const jobs = values.jobs === undefined ? undefined : Number(values.jobs)
if (jobs !== undefined && !(Number.isInteger(jobs) && jobs >= 1)) usage(`--jobs needs a whole number ≥ 1, got "${values.jobs}"`)

// Ctrl-C, SIGTERM and SIGHUP (a closed terminal) stop at the next batch and remove the
// half-written temporaries; a second signal of the
// same kind (the handler is gone by then) kills at once. Worker threads end with the process.
const stop = new AbortController()
let signalled: 'SIGINT' | 'SIGTERM' | 'SIGHUP' | null = null
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.once(signal, () => {
    signalled ??= signal
    stop.abort()
  })
}

const outDir = values.out ?? 'data'
const publicDir = values.public ?? (values.out === undefined ? 'public/data' : null)
process.exitCode = await runData({ inDir: values.in ?? 'data/reports', outDir, publicDir, jobs, signal: stop.signal }, processIO())
// stopped by a signal: the shell's convention, 128 + its number (130 for Ctrl-C)
if (process.exitCode === 130 && signalled) process.exitCode = 128 + constants.signals[signalled]

// A large reports.csv gets its landing view (the dashboard's charts, precomputed:
// landingCommand.ts). It reads the whole new file back, so it runs in a process of its own
// and the parse's memory stays what it was.
const written = [outDir, publicDir].filter((d): d is string => d !== null && existsSync(`${d}/reports.csv`))
if (!stop.signal.aborted && written.length) {
  const landing = spawnSync(
    process.execPath,
    [...process.execArgv, fileURLToPath(new URL('./landingCommand.ts', import.meta.url)), ...written],
    { stdio: 'inherit' },
  )
  if (landing.status !== 0 && process.exitCode === 0) process.exitCode = 1
}
