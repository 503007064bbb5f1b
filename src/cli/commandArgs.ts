import { parseArgs, type ParseArgsConfig } from 'node:util'
import { describeFsError } from '../io/fileSystem.ts'

/**
 * The argument shell every command entry shares: parse with node:util's parseArgs, print
 * USAGE for --help (exit 0), and turn any argument problem into one `<command>: <problem>`
 * line plus the usage on stderr, exit 2.
 */
type Options = NonNullable<ParseArgsConfig['options']>
/** What parseArgs gives for these options: strings, or booleans for flags. */
type Values<T extends Options> = { [K in keyof T]?: T[K]['type'] extends 'boolean' ? boolean : string }

export function commandArgs<T extends Options>(
  command: string,
  usageText: string,
  options: T,
): { values: Values<T>; positionals: string[]; usage: (problem: string) => never } {
  // anything the command did not catch is one plain line and exit 1, never a stack trace
  const crash = (error: unknown) => {
    process.stderr.write(`${command}: ${describeFsError(error)}\n`)
    process.exit(1)
  }
  process.on('uncaughtException', crash)
  process.on('unhandledRejection', crash)
  const usage = (problem: string): never => {
    process.stderr.write(`${command}: ${problem}\n${usageText}`)
    process.exit(2)
  }
  let parsed: { values: Record<string, unknown>; positionals: string[] }
  try {
    parsed = parseArgs({ options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true })
  } catch (error) {
    return usage(error instanceof Error ? error.message : String(error))
  }
  if (parsed.values.help) {
    process.stdout.write(usageText)
    process.exit(0)
  }
  return { values: parsed.values as Values<T>, positionals: parsed.positionals, usage }
}
