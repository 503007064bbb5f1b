/**
 * A problem (data/problem.ts: a code and its parameters) in words, from a catalogue's
 * `problems`: the page in its language, the commands in English (`englishProblem`), both built
 * from the same code and parameters. Placeholders: `{name}` a parameter as it is; `{name|or}`
 * and `{name|and}` a list joined as the catalogue's `problemLists` says; `{name|kind}` a term
 * the catalogue names (`problemKinds`, e.g. a binary file's kind); `{name|s}` an English
 * plural ending ('' for 1, else 's'). Pure.
 */
import type { Problem, ProblemParam } from '../data/problem.ts'
import en from './en.ts'
import type { Messages } from './zh-CN.ts'

function shown(value: ProblemParam | undefined, filter: string | undefined, m: Messages): string | null {
  if (value === undefined) return null
  if (filter === 's') return value === 1 ? '' : 's'
  if (typeof value !== 'string' && typeof value !== 'number') return value.join(filter === 'or' ? m.problemLists.or : m.problemLists.and)
  if (filter === 'kind') return m.problemKinds[String(value)] ?? String(value)
  return String(value)
}

/** `p` in the catalogue's words; a placeholder with no parameter stays visible. */
export function problemText(p: Problem, m: Messages): string {
  const template = m.problems[p.code] ?? p.code
  const params = p.params ?? {}
  return template.replace(/\{(\w+)(?:\|(\w+))?\}/g, (whole, name: string, filter?: string) => shown(params[name], filter, m) ?? whole)
}

/** The English line the commands print (and the tests read): the same words as the English page. */
export function englishProblem(p: Problem): string {
  return problemText(p, en)
}

/** A problem about one column of a row, the column named first (`proactive_total: not a number: "十二"`). */
export function columnProblemText(column: string | null | undefined, p: Problem, m: Messages): string {
  const text = problemText(p, m)
  return column ? `${column}${m.problemLists.column}${text}` : text
}
