/**
 * npm run synth: the SYNTHETIC corpus generator. Writes report texts with known
 * values, or reports.csv / facts.csv directly (--csv). See options.ts for usage.
 */
import { USAGE, parseArgs } from './options.ts'
import { describeFsError } from '../../src/io/fileSystem.ts'
import { writeCorpus } from './writeCorpus.ts'
import { writeCsv } from './writeCsv.ts'
import { writeLanding } from '../../src/cli/writeLanding.ts'

async function main(): Promise<void> {
  let args
  const argv = process.argv.slice(2)
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(`${USAGE}\n`)
    return
  }
  try {
    args = parseArgs(argv)
  } catch (err) {
    // wrong usage: the problem and the usage, exit 2
    console.error(`synth: ${(err as Error).message}`)
    process.exit(2)
  }
  const started = Date.now()
  if (args.csv) {
    const r = await writeCsv(args, args.out, args.facts)
    console.error(`synthetic: ${r.rows} rows in ${args.out}/reports.csv, ${r.facts} facts in facts.csv (${Date.now() - started} ms)`)
    // the dashboard's first row precomputed, as `npm run data` writes it (landingCommand.ts)
    const landing = writeLanding(args.out)
    if (landing.file) console.error(`synthetic: landing view in ${landing.file}`)
  } else {
    const r = await writeCorpus(args, args.out)
    console.error(`synthetic: ${r.files} report texts and expected.json in ${args.out} (${Date.now() - started} ms)`)
  }
}

// a file-system failure (an --out that cannot be a folder, a disk full) is one plain line, no stack
main().catch((err) => {
  const path = (err as { path?: unknown }).path
  console.error(`synth: ${typeof path === 'string' ? `${path}: ` : ''}${describeFsError(err)}`)
  process.exit(1)
})
