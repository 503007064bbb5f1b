/**
 * Entry: `npm run --silent parse -- --format json|csv <files or folders>...`
 * Arguments only; the work is runParse. Exit 0 all parsed, 1 some failed, 2 wrong usage.
 */
import { parseArgs } from 'node:util'
import { processIO } from './processIO.ts'
import { OUTPUT_FORMATS, runParse, type OutputFormat } from './runParse.ts'

const USAGE = 'usage: npm run --silent parse -- [--format json|csv] <file or folder>...\n'

function usage(problem: string): never {
  process.stderr.write(`parse: ${problem}\n${USAGE}`)
  process.exit(2)
}

let values: { format?: string; help?: boolean }
let positionals: string[]
try {
  ;({ values, positionals } = parseArgs({
    options: { format: { type: 'string', short: 'f', default: 'json' }, help: { type: 'boolean', short: 'h' } },
    allowPositionals: true,
  }))
} catch (error) {
  usage(error instanceof Error ? error.message : String(error))
}
if (values.help) {
  process.stdout.write(USAGE)
  process.exit(0)
}
const format = values.format ?? 'json'
if (!OUTPUT_FORMATS.includes(format as OutputFormat)) usage(`unknown format "${format}" (use json or csv)`)
if (positionals.length === 0) usage('no files or folders given')

process.exitCode = await runParse(
  { format: format as OutputFormat, inputs: positionals },
  processIO(),
)
