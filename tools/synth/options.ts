import type { SynthOptions } from './generate.ts'
import type { FactsMode } from './writeCsv.ts'

/** Command-line options of `npm run synth`. */
export interface SynthArgs extends SynthOptions {
  out: string
  csv: boolean
  facts: FactsMode
}

export const USAGE = `usage: npm run synth -- --townships N --years Y --out DIR [--seed S] [--end-year YYYY] [--drop CODE[@YEAR],...] [--csv [--facts headline|all|none]]

Writes a SYNTHETIC corpus (never loaded by default): N real townships from the gazetteer,
Y consecutive years each ending at --end-year (default 2024), one report text per township-year
(synthetic_<adcode>_<year>.txt or .html) plus DIR/expected.json with the known values.
--drop leaves out the listed townships (9-digit codes), or one year of one (code@year), so
a test knows exactly which reports are missing.
--csv writes DIR/reports.csv and DIR/facts.csv with the same values instead of texts.`

export function parseArgs(argv: string[]): SynthArgs {
  const args: SynthArgs = { townships: 0, years: 0, endYear: 2024, seed: 1, out: '', csv: false, facts: 'headline' }
  const int = (flag: string, raw: string | undefined, min: number): number => {
    const n = Number(raw)
    if (raw === undefined || !Number.isInteger(n) || n < min) throw new Error(`${flag} needs an integer ≥ ${min}, got ${raw ?? 'nothing'}`)
    return n
  }
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]
    switch (flag) {
      case '--townships':
        args.townships = int(flag, argv[++i], 1)
        break
      case '--years':
        args.years = int(flag, argv[++i], 1)
        break
      case '--end-year':
        args.endYear = int(flag, argv[++i], 2000)
        break
      case '--seed':
        args.seed = int(flag, argv[++i], 0)
        break
      case '--out':
        args.out = argv[++i] ?? ''
        break
      case '--drop': {
        const list = (argv[++i] ?? '').split(',').filter(Boolean)
        const bad = list.find((d) => !/^\d{9}(@\d{4})?$/.test(d))
        if (!list.length || bad) throw new Error(`--drop takes 9-digit township codes, optionally @year, got ${bad ?? 'nothing'}`)
        args.drop = list
        break
      }
      case '--csv':
        args.csv = true
        break
      case '--facts': {
        const mode = argv[++i]
        if (mode !== 'all' && mode !== 'headline' && mode !== 'none') throw new Error(`--facts is headline, all or none, got ${mode}`)
        args.facts = mode
        break
      }
      case '--help':
      case '-h':
        throw new Error(USAGE)
      default:
        throw new Error(`unknown option ${flag}\n${USAGE}`)
    }
  }
  if (!args.townships || !args.years || !args.out) throw new Error(`--townships, --years and --out are required\n${USAGE}`)
  if (args.endYear - args.years + 1 < 2000) throw new Error('--years reaches before 2000')
  return args
}
