/**
 * Name lookups on the gazetteer: townships by exact name or by stem, upper divisions by full or
 * short name, and splitting a written body name (`淮安市洪泽区`, `腾冲市界头镇`, `上海市科委`)
 * into the division names it starts with.
 */
import { getGazetteer, type Division } from './gazetteer.ts'
import { shortBodyName, townshipStem, townshipSuffix } from './names.ts'

export interface TownshipLookup {
  matches: Division[]
  /** exact: same name (after 人民政府 / 办事处 are dropped); stem: same stem, another or no suffix */
  by: 'exact' | 'stem' | 'none'
}

/**
 * Townships named `name`: exact first (`泉阳镇人民政府` → 泉阳镇), else by stem (`XX乡` → XX镇 after
 * a rename; `金塘` → 金塘镇). Stems of one character are not looked up.
 */
export function lookupTownship(name: string): TownshipLookup {
  const g = getGazetteer()
  const short = shortBodyName(name)
  const exact = g.townshipsByName(short)
  if (exact.length) return { matches: exact, by: 'exact' }
  const stem = townshipSuffix(short) ? townshipStem(short) : short
  if (stem.length < 2) return { matches: [], by: 'none' }
  const byStem = g.townshipsByStem(stem)
  return byStem.length ? { matches: byStem, by: 'stem' } : { matches: [], by: 'none' }
}

/** County-, prefecture- and province-level divisions by official name, else by short form. */
export function lookupDivision(name: string): { matches: Division[]; short: boolean } {
  const g = getGazetteer()
  const full = g.uppersByName(name)
  if (full.length) return { matches: full, short: false }
  return { matches: g.uppersByShortName(name), short: true }
}

/** One division name at the start of a written body name. Offsets are within that name. */
export interface NameSegment {
  text: string
  start: number
  end: number
  /** the divisions this part can be, narrowed by the parts before it */
  matches: Division[]
  /** written under a former name with the same stem (`腾冲县` for 腾冲市, `洪泽县` for 洪泽区) */
  renamed?: boolean
}

const UPPER_SUFFIX = /^[县区市旗州盟]$/

export interface SplitName {
  segments: NameSegment[]
  /** what follows the division names: '' for `淮安市洪泽区`, `科委` for `上海市科委` */
  rest: string
  restStart: number
}

/**
 * Split a written name into leading division names, longest match first:
 * `淮安市洪泽区` → [淮安市, 洪泽区]; `腾冲市界头镇` → [腾冲市, 界头镇]; `上海市科委` → [上海市] + `科委`;
 * `江苏淮安洪泽区` → [江苏, 淮安, 洪泽区]. Short forms count only when more text follows, and a
 * township name only when it ends the name. Each part's matches are narrowed to the
 * descendants of the part before it where that leaves any.
 */
export function splitDivisionNames(name: string): SplitName {
  const g = getGazetteer()
  const segments: NameSegment[] = []
  let pos = 0
  const max = Math.min(g.maxNameLength, 30)
  while (pos < name.length) {
    let found: NameSegment | null = null
    for (let n = Math.min(max, name.length - pos); n >= 2 && !found; n--) {
      const s = name.slice(pos, pos + n)
      const atEnd = pos + n === name.length
      let matches = g.uppersByName(s)
      if (atEnd) {
        const towns = g.townshipsByName(s)
        // an upper division and a township of the same name: the upper one wins unless a parent came first
        matches = matches.length && !(segments.length && towns.length) ? matches : [...towns, ...matches]
      }
      let renamed = false
      // a short form is a name only when more text follows, and not a bare suffix (`洪泽` + `县`)
      if (!matches.length && !atEnd && !UPPER_SUFFIX.test(name[pos + n])) matches = g.uppersByShortName(s)
      if (!matches.length && n >= 3 && UPPER_SUFFIX.test(s[n - 1])) {
        // a former name: 腾冲县 (now 腾冲市), 洪泽县 (now 洪泽区)
        matches = g.uppersByShortName(s.slice(0, -1)).filter((d) => d.level !== 'province' && !d.name.endsWith(s.slice(-1)))
        renamed = matches.length > 0
      }
      if (matches.length)
        found = renamed ? { text: s, start: pos, end: pos + n, matches, renamed } : { text: s, start: pos, end: pos + n, matches }
    }
    if (!found) break
    const parent = segments[segments.length - 1]
    if (parent) {
      const narrowed = found.matches.filter((m) => parent.matches.some((p) => m.code.startsWith(p.code) && m.code !== p.code))
      if (narrowed.length) {
        found.matches = narrowed
        parent.matches = parent.matches.filter((p) => narrowed.some((m) => m.code.startsWith(p.code)))
      }
    }
    segments.push(found)
    pos = found.end
    // `永吉县人民政府一拉溪镇`: a government word between two names is skipped
    const filler = /^(?:人民政府|政府)(?=[^办])/.exec(name.slice(pos, pos + 5))
    if (filler && pos + filler[0].length < name.length) pos += filler[0].length
  }
  return { segments, rest: name.slice(pos), restStart: pos }
}
