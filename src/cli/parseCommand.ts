/**
 * Entry: `npm run --silent parse -- --format json|csv <files or folders>...`
 * Arguments only; the work is runParse. Exit 0 all parsed, 1 some failed, 2 wrong usage.
 */
import { commandArgs } from './commandArgs.ts'
import { processIO } from './processIO.ts'
import { OUTPUT_FORMATS, runParse, type OutputFormat } from './runParse.ts'

const USAGE = 'usage: npm run --silent parse -- [--format json|csv] <file or folder>...\n'

const { values, positionals, usage } = commandArgs('parse', USAGE, {
  format: { type: 'string', short: 'f', default: 'json' },
})
const format = values.format ?? 'json'
if (!OUTPUT_FORMATS.includes(format as OutputFormat)) usage(`unknown format "${format}" (use json or csv)`)
if (positionals.length === 0) usage('no files or folders given')

process.exitCode = await runParse({ format: format as OutputFormat, inputs: positionals }, processIO())
