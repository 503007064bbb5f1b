/**
 * Entry: `npm run landing -- DIR [DIR …]`
 * Writes DIR/landing.json, the dashboard's charts precomputed from DIR/reports.csv
 * (query/landing.ts), when reports.csv is large enough to need one. `npm run data` and
 * `npm run synth -- --csv` run it themselves; run it by hand after replacing a reports.csv.
 * Exit 0 written or not needed, 1 a folder could not be read, 2 wrong usage.
 */
import { commandArgs } from './commandArgs.ts'
import { writeLanding } from './writeLanding.ts'

const USAGE = 'usage: npm run landing -- DIR [DIR …]   (each DIR holds a reports.csv)\n'
const { positionals, usage } = commandArgs('landing', USAGE, {})
if (!positionals.length) usage('name the folder that holds reports.csv')
for (const dir of positionals) {
  const started = Date.now()
  try {
    const done = writeLanding(dir)
    process.stdout.write(
      done.file
        ? `${done.file}: landing view of ${done.rows} reports (${Date.now() - started} ms)\n`
        : `${dir}: reports.csv is small, no landing view needed\n`,
    )
  } catch (error) {
    process.stderr.write(`${dir}: ${error instanceof Error ? error.message : String(error)}\n`)
    process.exitCode = 1
  }
}
