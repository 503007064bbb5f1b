/**
 * Child process of the bench: one `data` run (runData, as `npm run data` does it) in a fresh
 * process, then one JSON line on stdout with what the parent cannot see from outside: the
 * process's RSS high-water mark (getrusage covers every thread, so the workers are in it) and
 * the time inside runData, without tsx's start-up.
 *
 * usage: tsx tests/bench/measureData.ts IN OUT JOBS
 */
import { spawnSync } from 'node:child_process'
import { availableParallelism } from 'node:os'
import { fileURLToPath } from 'node:url'
import { runData } from '../../src/cli/runData.ts'
import { nodeFileSystem } from '../../src/io/fileSystem.ts'

const [inDir, outDir, jobs] = process.argv.slice(2)
let summary = ''
let errors = 0
const started = process.hrtime.bigint()
const code = await runData(
  { inDir, outDir, publicDir: null, jobs: Number(jobs) || availableParallelism() },
  { fs: nodeFileSystem, stdout: (t) => void (summary += t), stderr: () => void errors++ },
)
const seconds = Number(process.hrtime.bigint() - started) / 1e9
// the landing step dataCommand.ts runs after runData, in a process of its own as there
const landingStarted = process.hrtime.bigint()
const landing = spawnSync(
  process.execPath,
  [...process.execArgv, fileURLToPath(new URL('../../src/cli/landingCommand.ts', import.meta.url)), outDir],
  { encoding: 'utf8' },
)
const landingSeconds = landing.status === 0 ? Number(process.hrtime.bigint() - landingStarted) / 1e9 : null
console.log(
  JSON.stringify({
    code,
    summary: summary.trim(),
    errors,
    seconds,
    maxRssKb: process.resourceUsage().maxRSS,
    landingSeconds,
    landing: landing.stdout.trim(),
  }),
)
