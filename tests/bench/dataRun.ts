import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, renameSync, rmSync } from 'node:fs'
import { availableParallelism, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

const ROOT = resolve(import.meta.dirname, '../..')
const TSX = join(ROOT, 'node_modules/.bin/tsx')

/**
 * A synthetic corpus of `townships` × `years` report texts under os.tmpdir(), generated once
 * with `npm run synth` and kept for later runs (the folder name is the key: size and seed).
 * It is written to a .partial folder and renamed when complete, so an interrupted generation
 * is never taken for a finished one.
 */
export function synthCorpus(townships: number, years: number, seed = 1): string {
  const dir = join(tmpdir(), `zwgk-bench-${townships}x${years}-seed${seed}`)
  if (existsSync(dir)) return dir
  const partial = `${dir}.partial`
  rmSync(partial, { recursive: true, force: true })
  process.stderr.write(`bench: generating ${townships * years} synthetic reports into ${dir} (once) …\n`)
  const r = spawnSync(
    TSX,
    [
      join(ROOT, 'tools/synth/synthCommand.ts'),
      '--townships',
      String(townships),
      '--years',
      String(years),
      '--seed',
      String(seed),
      '--out',
      partial,
    ],
    {
      cwd: ROOT,
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  )
  if (r.status !== 0) throw new Error(`synth failed (exit ${r.status})`)
  renameSync(partial, dir)
  return dir
}

export interface DataRun {
  reports: number
  /** from spawning `tsx` to its exit: what a user waits for */
  wallSeconds: number
  /** inside runData only */
  runSeconds: number
  maxRssMb: number
  jobs: number
  /** the landing step after it (child process, as dataCommand.ts runs it); null if it failed */
  landingSeconds: number | null
}

/** One `data` run over `inDir` with every core, in a fresh child process; output thrown away. */
export function measureDataRun(inDir: string, jobs = availableParallelism()): DataRun {
  const out = mkdtempSync(join(tmpdir(), 'zwgk-bench-out-'))
  try {
    const started = process.hrtime.bigint()
    const r = spawnSync(TSX, [join(ROOT, 'tests/bench/measureData.ts'), inDir, out, String(jobs)], { cwd: ROOT, encoding: 'utf8' })
    const wallSeconds = Number(process.hrtime.bigint() - started) / 1e9
    if (r.status !== 0) throw new Error(`data run failed: ${r.stderr}`)
    const m = JSON.parse(r.stdout.trim().split('\n').at(-1)!) as {
      code: number
      summary: string
      errors: number
      seconds: number
      maxRssKb: number
      landingSeconds: number | null
    }
    if (m.code !== 0) throw new Error(`data run exit ${m.code}, ${m.errors} stderr lines`)
    return {
      reports: Number(m.summary.split(' ')[0]),
      wallSeconds,
      runSeconds: m.seconds,
      maxRssMb: m.maxRssKb / 1024,
      jobs,
      landingSeconds: m.landingSeconds,
    }
  } finally {
    rmSync(out, { recursive: true, force: true })
  }
}
