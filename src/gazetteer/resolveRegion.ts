/**
 * Pick one division among same-named candidates (金塘镇 ×4, 泉阳镇 ×2, 朝阳区 ×2) from what the
 * report's text says about its parents:
 *  1. names of the candidates' county, prefecture and province, full or short
 *     (`腾冲市界头镇`, `博乐市关于…`, `舟山`, `浙江省人民政府办公厅`), weighted by level;
 *  2. still tied: the generic word the text uses for its parent (`县政府`, `全县`, `区委`, `市政府`):
 *     a township whose text says 县政府 sits in a 县, not in a 市 or 区.
 * Pure; linear in the scanned windows.
 */
import { ancestorsOf, getGazetteer, type Division } from './gazetteer.ts'
import { countyKind } from './names.ts'

/** A mention of a candidate's parent division in the text. */
export interface RegionClue {
  /** the text as written (`舟山`, `腾冲市`) */
  text: string
  start: number
  end: number
  /** the division it names */
  division: Division
  /** true for a short form (`舟山` for 舟山市) */
  short: boolean
}

/** A generic word for the parent government: `县政府`, `全县`, `区委` … */
export interface ParentHint {
  word: string
  start: number
  end: number
  kind: '县' | '旗' | '区' | '市'
}

export interface ResolveOptions {
  /** [start, end) ranges to search for parent names; default: the first 3000 and last 1000 characters */
  ranges?: Array<[number, number]>
  /** strings consumed where they occur without counting as clues (the body's own name) */
  blockers?: string[]
  /** use generic parent words as a tie-breaker (default: true when the candidates are townships) */
  parentWords?: boolean
}

export interface Resolution {
  /** the division picked, or null */
  chosen: Division | null
  /** the candidates still in the running (one when chosen; several when ambiguous) */
  remaining: Division[]
  /** how the pick was made */
  by: 'unique' | 'clue' | 'parent_word' | 'ambiguous' | 'none'
  /** mentions of the remaining candidates' parents, in text order */
  clues: RegionClue[]
  /** the parent word that broke the tie, when `by === 'parent_word'` */
  hint?: ParentHint
}

const WEIGHT: Record<string, number> = {
  'county:full': 8,
  'county:short': 4,
  'prefecture:full': 4,
  'prefecture:short': 3,
  'province:full': 2,
  'province:short': 2,
}

interface Entry {
  division: Division
  short: boolean
}

export function defaultRanges(length: number): Array<[number, number]> {
  const head = Math.min(length, 3000)
  const tailStart = Math.max(head, length - 1000)
  return tailStart < length
    ? [
        [0, head],
        [tailStart, length],
      ]
    : [[0, head]]
}

/**
 * Find mentions of the given names in the ranges, longest match first, left to right (a match
 * consumes its characters, so `吉林省` is not also read as `吉林`). Returns [name, start] pairs.
 */
export function scanNames(
  text: string,
  names: ReadonlyMap<string, unknown>,
  ranges: Array<[number, number]>,
): Array<{ name: string; start: number }> {
  const lengthsByFirst = new Map<number, number[]>()
  const first = new Uint8Array(4096) // first characters, hashed; a hit is confirmed in the map
  for (const name of names.keys()) {
    if (!name) continue
    const c = name.charCodeAt(0)
    first[c & 4095] = 1
    const list = lengthsByFirst.get(c)
    if (list) {
      if (!list.includes(name.length)) list.push(name.length)
    } else lengthsByFirst.set(c, [name.length])
  }
  for (const list of lengthsByFirst.values()) list.sort((a, b) => b - a)
  const out: Array<{ name: string; start: number }> = []
  for (const [from, to] of ranges) {
    const end = Math.min(to, text.length)
    let i = Math.max(0, from)
    while (i < end) {
      const c = text.charCodeAt(i)
      if (first[c & 4095] === 0) {
        i++
        continue
      }
      let advanced = false
      for (const n of lengthsByFirst.get(c) ?? []) {
        if (i + n > end) continue
        const s = text.slice(i, i + n)
        if (names.has(s)) {
          out.push({ name: s, start: i })
          i += n
          advanced = true
          break
        }
      }
      if (!advanced) i++
    }
  }
  return out
}

// 县政府, 县委, 全县, 本县 …; not 自治区 / 社区 / 园区 / 城市 …, not 县级以上.
const PARENT_WORDS =
  /(?<![自治社园景校辖片矿林农垦城都])([县旗区市])(?:委|政府|人民政府|政务|里|直|人大|政协|纪委|信息公开|领导)|[全本]([县旗区市])(?![级长])/g

/** True when a division's name (`安康市`, or `腾冲县` for 腾冲市) ends at `end`: `安康市政务` is no generic word. */
function namedDivisionEndsAt(text: string, end: number): boolean {
  const g = getGazetteer()
  for (let n = 2; n <= 10 && n <= end; n++) {
    const s = text.slice(end - n, end)
    if (g.uppersByName(s).length) return true
    if (n >= 3 && g.uppersByShortName(s.slice(0, -1)).length) return true
  }
  return false
}

/**
 * Generic words for the parent government in the text (`县政府`, `全县`, `区委`), by kind, with
 * counts and the first hit. The end of a name (`安康市政务公开`, `永吉县政府`) does not count.
 */
export function parentWords(text: string, limit = 20_000): Map<ParentHint['kind'], { count: number; first: ParentHint }> {
  const out = new Map<ParentHint['kind'], { count: number; first: ParentHint }>()
  const scan = (from: number, to: number) => {
    const slice = text.slice(from, to)
    PARENT_WORDS.lastIndex = 0
    for (let m = PARENT_WORDS.exec(slice); m; m = PARENT_WORDS.exec(slice)) {
      const kind = (m[1] ?? m[2]) as ParentHint['kind']
      if (m[1] && namedDivisionEndsAt(text, from + m.index + 1)) continue
      const hit = out.get(kind)
      if (hit) hit.count++
      else out.set(kind, { count: 1, first: { word: m[0], start: from + m.index, end: from + m.index + m[0].length, kind } })
    }
  }
  if (text.length <= limit) scan(0, text.length)
  else {
    scan(0, limit - 2000)
    scan(text.length - 2000, text.length)
  }
  return out
}

function kindOfTownship(d: Division): string {
  const g = getGazetteer()
  const county = g.byCode(d.code.slice(0, 6))
  const city = g.byCode(d.code.slice(0, 4))
  if (!county) return ''
  if (city && city.name === county.name) return '市' // 东莞-type: towns directly under the city
  return countyKind(county.name)
}

/**
 * Choose among `candidates` (same name, different places) using the text. See the module comment.
 */
export function resolveRegion(candidates: Division[], text: string, options: ResolveOptions = {}): Resolution {
  const unique = [...new Map(candidates.map((c) => [c.code, c])).values()]
  if (unique.length === 0) return { chosen: null, remaining: [], by: 'none', clues: [] }

  // dictionary: parent names of every candidate → entries
  const dict = new Map<string, Entry[]>()
  const g = getGazetteer()
  const ancestors = new Map<string, Division[]>()
  for (const c of unique) {
    const list = ancestorsOf(c)
    ancestors.set(c.code, list)
    for (const a of list) {
      addEntry(dict, a.name, { division: a, short: false })
      for (const s of g.shortNamesOf(a)) addEntry(dict, s, { division: a, short: true })
    }
  }
  for (const b of options.blockers ?? []) if (b && !dict.has(b)) dict.set(b, [])

  const hits = scanNames(text, dict, options.ranges ?? defaultRanges(text.length))
  const clues: RegionClue[] = []
  for (const h of hits) {
    for (const e of dict.get(h.name) ?? []) {
      clues.push({ text: h.name, start: h.start, end: h.start + h.name.length, division: e.division, short: e.short })
    }
  }

  const scoreOf = (c: Division) => {
    const own = new Set((ancestors.get(c.code) ?? []).map((a) => a.code))
    const seen = new Set<string>()
    let score = 0
    for (const clue of clues) {
      if (!own.has(clue.division.code)) continue
      const key = clue.division.code + (clue.short ? 's' : 'f')
      if (seen.has(key)) continue
      seen.add(key)
      score += WEIGHT[`${clue.division.level}:${clue.short ? 'short' : 'full'}`] ?? 0
    }
    return score
  }
  const cluesFor = (chosen: Division[]) => {
    const own = new Set(chosen.flatMap((c) => (ancestors.get(c.code) ?? []).map((a) => a.code)))
    return clues.filter((k) => own.has(k.division.code))
  }

  if (unique.length === 1) return { chosen: unique[0], remaining: unique, by: 'unique', clues: cluesFor(unique) }

  const scores = unique.map(scoreOf)
  const best = Math.max(...scores)
  let remaining = unique.filter((_, i) => scores[i] === best)
  if (best > 0 && remaining.length === 1) {
    return { chosen: remaining[0], remaining, by: 'clue', clues: cluesFor(remaining) }
  }

  const useWords = options.parentWords ?? unique.every((c) => c.level === 'township')
  if (useWords) {
    const words = parentWords(text)
    const groups: Array<Array<ParentHint['kind']>> = [['县', '旗'], ['区'], ['市']]
    for (const group of groups) {
      const present = group.filter((k) => words.has(k))
      if (!present.length) continue
      const subset = remaining.filter((c) => present.includes(kindOfTownship(c) as ParentHint['kind']))
      if (subset.length === 0 || subset.length === remaining.length) continue
      remaining = subset
      if (subset.length === 1) {
        const kind = kindOfTownship(subset[0]) as ParentHint['kind']
        return { chosen: subset[0], remaining, by: 'parent_word', clues: cluesFor(remaining), hint: words.get(kind)?.first }
      }
      break
    }
  }
  return { chosen: null, remaining, by: 'ambiguous', clues: cluesFor(remaining) }
}

function addEntry(dict: Map<string, Entry[]>, name: string, entry: Entry): void {
  const list = dict.get(name)
  if (!list) dict.set(name, [entry])
  else if (!list.some((e) => e.division.code === entry.division.code && e.short === entry.short)) list.push(entry)
}
