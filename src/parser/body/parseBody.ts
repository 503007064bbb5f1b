/**
 * The reporting body of a report and its region: township (short name), level, county,
 * prefecture, province and adcode, each with the text that named it.
 *
 * 1. Find the body's name as written: title > organisation line by the title > 填报单位 >
 *    signature > 发布机构 > `结合XX实际` > most frequent known township in the head.
 * 2. Complete a name written without its suffix (`金塘2018年度…` + `填报单位:金塘镇`).
 * 3. Split it into division names (`淮安市洪泽区`, `腾冲市界头镇`, `上海市科委`) to decide the level.
 * 4. Resolve same-named divisions with the gazetteer (parents named in the text, then 县政府-type words).
 *
 * Input is normalised text (normalizeText: half-width, simplified, same offsets as the raw text).
 * Never throws; looks only at bounded windows and specific regex hits.
 */
import type { Level, ParseWarning } from '../../data/schema.ts'
import { quoteAround, warning, type Found } from '../evidence.ts'
import {
  ancestorsOf,
  divisionPath,
  getGazetteer,
  lookupDivision,
  lookupTownship,
  regionOf,
  resolveRegion,
  shortBodyName,
  splitDivisionNames,
  townshipStem,
  townshipSuffix,
  type Division,
  type NameSegment,
  type RegionClue,
  type Resolution,
} from '../../gazetteer/index.ts'
import {
  HEAD,
  TAIL,
  findHeadings,
  findLabels,
  findMentions,
  findPhrases,
  findSignature,
  findTitles,
  plausibleName,
  type NameHit,
} from './findNames.ts'

export interface BodyResult {
  values: Found[]
  warnings: ParseWarning[]
}

type RegionField = 'county' | 'prefecture' | 'province' | 'adcode'

/** how far the text is searched for a parent's name when the head and tail leave a tie */
const WHOLE_TEXT = 60_000

const SOURCE_ORDER = ['title', 'heading', 'filler', 'signature', 'publisher', 'phrase', 'mention'] as const
const DEPARTMENT_END = /(?:局|委|委员会|办|办公室|厅|署|中心|所|站|院|处|队|会|部|馆|社|公司|集团|法院|检察院|分局|支队|大队)$/
const COUNTY_END = /(?:县|区|市|旗|林区|特区)$/
const PREFECTURE_END = /(?:州|盟|地区)$/
const ZONE_END = /(?:实验区|试验区|开发区|新区|高新区|示范区|园区|管理区|合作区|旅游区|保税区|度假区)$/

export function parseBody(text: string): BodyResult {
  try {
    return parse(typeof text === 'string' ? text : '')
  } catch (err) {
    return {
      values: [],
      warnings: [warning('body_parse_error', { detail: String(err).slice(0, 120) })],
    }
  }
}

interface Body {
  hit: NameHit
  /** the body's own name as stored (`界头镇`, `洪泽区`, `上海市科委`) and its span */
  name: string
  start: number
  end: number
  level: Level | null
  /** leading division names written before the body's name (`腾冲市` in 腾冲市界头镇) */
  prefix: NameSegment[]
  /** divisions the body can be (before resolution) */
  candidates: Division[]
  /** how the candidates were found */
  by: 'exact' | 'stem' | 'prefix' | 'none'
}

function parse(text: string): BodyResult {
  const warnings: ParseWarning[] = []
  const hits = collectHits(text)
  const chosen = pickHit(hits)
  if (!chosen) {
    warnings.push(warning('body_not_found'))
    return { values: [], warnings }
  }
  let body = preferChild(analyse(complete(chosen, hits, text)), hits, text)

  const year = getGazetteer().year
  const values: Found[] = []
  const found = (field: Found['field'], value: string, start: number, end: number) =>
    values.push({ field, value, start, end, quote: quoteAround(text, start, end) })
  found('township', body.name, body.start, body.end)
  if (body.level) found('level', body.level, body.start, body.end)

  // where to look for parent names: the default head/tail windows plus the lines of every name hit
  // (one candidate: the clues only point the evidence at a parent's name, so a shorter head will do)
  const headEnd = Math.min(text.length, body.candidates.length > 1 ? 3000 : 1500)
  const ranges: Array<[number, number]> = [[0, headEnd]]
  if (body.candidates.length > 1) ranges.push([Math.max(0, text.length - 1000), text.length])
  for (const h of hits) if (h.end > headEnd) ranges.push([Math.max(0, h.start - 60), Math.min(text.length, h.end + 60)])
  ranges.sort((a, b) => a[0] - b[0])
  const merged: Array<[number, number]> = []
  for (const r of ranges) {
    const last = merged[merged.length - 1]
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1])
    else merged.push([r[0], r[1]])
  }

  const blockers = [body.name, shortBodyName(body.hit.raw), body.hit.raw]
  let resolution: Resolution = resolveRegion(body.candidates, text, { ranges: merged, blockers })
  if (resolution.by === 'ambiguous' && text.length > headEnd) {
    // a county or city named anywhere in the text (an address, a site name, 按照XX县要求) decides it
    const whole: Array<[number, number]> = [[0, Math.min(text.length, WHOLE_TEXT)]]
    if (text.length > WHOLE_TEXT) whole.push([Math.max(WHOLE_TEXT, text.length - 2000), text.length])
    resolution = resolveRegion(body.candidates, text, { ranges: whole, blockers })
  }
  const renamed = body.by === 'exact' && body.level === 'township' ? renamedInNamedCounty(body, resolution, text, blockers) : null
  if (renamed) {
    body = renamed.body
    resolution = renamed.resolution
  }
  if ((resolution.by === 'ambiguous' || resolution.by === 'none') && body.level === 'township' && !body.prefix.length) {
    const written = writtenUnderCounty(body, text)
    if (written) {
      body = { ...written, start: body.start, end: body.end }
      resolution = resolveRegion(body.candidates, text, { ranges: merged, blockers })
    }
  }
  const at = { field: 'township' as const, start: body.start, end: body.end, quote: quoteAround(text, body.start, body.end) }

  if (resolution.chosen) {
    const d = resolution.chosen
    const region = regionOf(d)
    if (body.by === 'stem') {
      const written = body.name
      if (townshipSuffix(written) && written !== d.name) {
        warnings.push(warning('township_renamed', { name: written, year: String(year), matched: divisionPath(d) }, at))
      } else if (!townshipSuffix(written) && body.level === 'township') {
        warnings.push(warning('township_name_incomplete', { name: written, matched: divisionPath(d) }, at))
      }
    }
    if (body.by === 'stem' && (body.level === 'county' || body.level === 'prefecture')) {
      warnings.push(warning('county_renamed', { name: body.name, year: String(year), matched: divisionPath(d) }, at))
    }
    if (body.level === 'department') {
      emitDepartmentRegion(d, body, resolution, text, found)
    } else {
      emitRegion(region, d, body, resolution, text, found)
    }
  } else if (resolution.by === 'ambiguous') {
    // several places bear the name and the text singles none out: county, prefecture and
    // province stay empty (never the province one of them happens to share with the others)
    const list = resolution.remaining.map(divisionPath)
    const shown = list.slice(0, 8).join('、') + (list.length > 8 ? ' …' : '')
    warnings.push(warning('region_ambiguous', { name: body.name, count: resolution.remaining.length, candidates: shown }, at))
    // the divisions written before the name (`吉林省兴华乡`) count as named too
    const written: RegionClue[] = body.prefix.flatMap((seg) =>
      seg.matches.map((division) => ({
        text: seg.text,
        start: body.hit.start + seg.start,
        end: body.hit.start + seg.end,
        division,
        short: false,
      })),
    )
    emitNamedRegion({ ...resolution, clues: [...resolution.clues, ...written] }, found)
  } else if (body.prefix.length) {
    // not in the gazetteer, but written under a known county/prefecture (`腾冲市XX乡`)
    const last = body.prefix[body.prefix.length - 1]
    const parent = resolveRegion(last.matches, text, { ranges: merged, blockers, parentWords: false }).chosen
    if (parent) {
      const r = regionOf(parent)
      const s = body.hit.start + last.start
      const e = body.hit.start + last.end
      if (parent.level === 'county' && r.county) found('county', r.county, s, e)
      if (parent.level !== 'province' && r.prefecture) found('prefecture', r.prefecture, s, e)
      if (r.province) found('province', r.province, s, e)
    }
    if (body.level !== 'department') {
      warnings.push(warning('township_not_in_gazetteer', { name: body.name, year: String(year), under: last.text }, at))
    }
  } else if (body.level !== 'department') {
    warnings.push(warning('township_not_in_gazetteer', { name: body.name, year: String(year) }, at))
  }
  return { values, warnings }
}

function collectHits(text: string): NameHit[] {
  const titles = findTitles(text)
  const title = titles.find((t) => t.name) ?? titles[0]
  const hits: NameHit[] = []
  for (const t of titles) if (t.name) hits.push(t.name)
  hits.push(...findHeadings(text, title ? title.line : null))
  hits.push(...findLabels(text))
  const sig = findSignature(text)
  if (sig) hits.push(sig)
  hits.push(...findPhrases(text))
  // the mention scan is a fallback: only when nothing else names a body
  if (!hits.length) hits.push(...findMentions(text).slice(0, 1))
  return hits
}

function pickHit(hits: NameHit[]): NameHit | null {
  for (const source of SOURCE_ORDER) {
    const h = hits.find((x) => x.source === source && plausibleName(shortBodyName(x.raw)))
    if (h) return h
  }
  return null
}

/**
 * A page header or 发布机构 often names the parent government (`永吉县人民政府`) while the
 * signature or 填报单位 names the township under it (`一拉溪镇人民政府`): when the chosen body is a
 * county, prefecture or province and another hit is a division inside it, that one wrote the report.
 */
function preferChild(body: Body, hits: NameHit[], text: string): Body {
  if (body.level !== 'county' && body.level !== 'prefecture' && body.level !== 'province') return body
  if (!body.candidates.length) return body
  for (const source of SOURCE_ORDER) {
    for (const h of hits) {
      if (h.source !== source || h === body.hit) continue
      const other = analyse(complete(h, hits, text))
      if (other.level === 'department' || !other.candidates.length) continue
      const inside = other.candidates.some((c) => body.candidates.some((p) => c.code.length > p.code.length && c.code.startsWith(p.code)))
      if (!inside) continue
      // keep only the candidates under the parent named by the header
      const narrowed = other.candidates.filter((c) => body.candidates.some((p) => c.code.startsWith(p.code)))
      return { ...other, candidates: narrowed }
    }
  }
  return body
}

/**
 * A name written without a suffix the gazetteer knows (`金塘`): take the fuller form another hit
 * gives (`填报单位:金塘镇`) or the first `金塘镇/乡/街道…` in the head or tail.
 */
function complete(hit: NameHit, hits: NameHit[], text: string): NameHit {
  const short = shortBodyName(hit.raw)
  if (ORG_SUFFIX.test(short)) return hit
  for (const h of hits) {
    const s = shortBodyName(h.raw)
    if (h !== hit && s.length > short.length && s.startsWith(short) && ORG_SUFFIX.test(s)) return h
  }
  const re = new RegExp(`${escape(short)}(镇|乡|街道|苏木|县|区|市|旗)`, 'g')
  for (const [from, to] of [
    [0, Math.min(text.length, HEAD * 3)],
    [Math.max(0, text.length - TAIL), text.length],
  ]) {
    const slice = text.slice(from, to)
    re.lastIndex = 0
    const m = re.exec(slice)
    if (m) return { raw: m[0], start: from + m.index, end: from + m.index + m[0].length, source: hit.source }
  }
  return hit
}

const ORG_SUFFIX = /(?:镇|乡|街道|苏木|县|区|市|旗|州|盟|省|地区|局|委|委员会|办|办公室|厅|署|中心|所|站|院|处|管委会|场|园)$/

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** Split the written name and decide the level and the candidate divisions. */
function analyse(hit: NameHit): Body {
  const short = shortBodyName(hit.raw)
  const split = splitDivisionNames(short)
  const segs = split.segments
  const rest = split.rest
  const base = { hit, start: hit.start, end: hit.start + short.length }

  if (!rest && segs.length) {
    const last = segs[segs.length - 1]
    const prefix = segs.slice(0, -1)
    const levels = new Set(last.matches.map((m) => m.level))
    // the lowest level the name can be (a county 朝阳区 rather than … ; 东莞市 stays a prefecture)
    const level: Level = levels.has('township')
      ? 'township'
      : levels.has('county')
        ? 'county'
        : levels.has('prefecture')
          ? 'prefecture'
          : 'province'
    const candidates = last.matches.filter((m) => m.level === level)
    const written = { ...base, name: last.text, start: hit.start + last.start, end: hit.start + last.end, level, prefix }
    // `梅河口市兴华乡` while every 兴华乡 lies elsewhere: the written county holds; a township of
    // the same stem under it (renamed since), else none (the region comes from the county)
    const under = prefix.length ? prefix[prefix.length - 1].matches : []
    const inside = (d: Division) => under.some((p) => d.code.startsWith(p.code) && d.code !== p.code)
    if (level === 'township' && under.length && !candidates.some(inside)) {
      const renamed = lookupTownship(townshipStem(last.text)).matches.filter(inside)
      return { ...written, candidates: renamed, by: renamed.length ? 'stem' : 'none' }
    }
    return { ...written, candidates, by: last.renamed ? 'stem' : 'exact' }
  }

  const parent = segs.length ? segs[segs.length - 1] : null
  const under = (list: Division[]) =>
    parent ? list.filter((d) => parent.matches.some((p) => d.code.startsWith(p.code) && d.code !== p.code)) : list
  const restStart = hit.start + split.restStart
  const restBody = { ...base, name: rest, start: restStart, end: restStart + rest.length, prefix: segs }

  if (parent && ZONE_END.test(rest) && !townshipSuffix(rest)) {
    // 平潭综合实验区, 苏州工业园区: a zone named after the division it lies in keeps its whole
    // name; its region is that division's
    const levels = new Set(parent.matches.map((m) => m.level))
    const level: Level = levels.has('county') ? 'county' : levels.has('prefecture') ? 'prefecture' : 'province'
    const candidates = parent.matches.filter((m) => m.level === level)
    return { ...base, name: short, level, prefix: segs.slice(0, -1), candidates, by: 'prefix' }
  }
  if (townshipSuffix(rest) || (!segs.length && !DEPARTMENT_END.test(rest) && !COUNTY_END.test(rest) && !PREFECTURE_END.test(rest))) {
    // a township the 2023 table lacks under this name (renamed), or a name without its suffix
    const found = lookupTownship(rest)
    const candidates = under(found.matches)
    const level: Level | null = townshipSuffix(rest) || candidates.length ? 'township' : null
    return { ...restBody, level, candidates, by: candidates.length ? found.by : 'none' }
  }
  if (segs.length && DEPARTMENT_END.test(rest)) {
    // 上海市科委, XX县发改局: the department keeps its whole name; region from the prefix
    return {
      ...base,
      name: short,
      level: 'department',
      prefix: segs,
      candidates: parent ? parent.matches : [],
      by: 'prefix',
    }
  }
  if (COUNTY_END.test(rest) && !DEPARTMENT_END.test(rest)) {
    // a county the 2023 table lists under another suffix (撤县设区, 撤县设市): same stem
    const renamed = segs.length ? [] : countiesByStem(rest)
    return { ...restBody, level: 'county', candidates: renamed, by: renamed.length ? 'stem' : 'none' }
  }
  if (PREFECTURE_END.test(rest)) {
    return { ...restBody, level: 'prefecture', candidates: [], by: 'none' }
  }
  if (DEPARTMENT_END.test(rest)) {
    // `国家税务总局XX县税务局`: the region is named inside the department's name
    for (let p = 1; p < short.length - 2; p++) {
      const inner = splitDivisionNames(short.slice(p))
      if (inner.segments.length && inner.rest) {
        const segments = inner.segments.map((x) => ({ ...x, start: x.start + p, end: x.end + p }))
        const last = segments[segments.length - 1]
        return { ...base, name: short, level: 'department', prefix: segments, candidates: last.matches, by: 'prefix' }
      }
    }
    return { ...base, name: short, level: 'department', prefix: [], candidates: [], by: 'none' }
  }
  return { ...restBody, level: null, candidates: [], by: 'none' }
}

/** how far before a township's name a county's or prefecture's name written onto it may start */
const PREFIX_REACH = 16

/**
 * A township named alone in the title (`周庄镇…年度报告`) whose name several places bear, while
 * the text writes it once or more under its county (`由昆山市周庄镇人民政府编制`,
 * `填报单位:昆山市周庄镇人民政府`): that written form decides, as it would in the title. Only
 * division names joined onto the township's name count (a footer's `主办单位:昆山市人民政府`
 * does not); every such form must agree on the county.
 */
function writtenUnderCounty(body: Body, text: string): Body | null {
  const name = body.name
  const limit = Math.min(text.length, WHOLE_TEXT)
  let best: Body | null = null
  for (let i = text.indexOf(name); i >= 0 && i < limit; i = text.indexOf(name, i + name.length)) {
    let hit: Body | null = null
    for (let p = Math.max(0, i - PREFIX_REACH); p <= i - 2 && !hit; p++) {
      const raw = text.slice(p, i + name.length)
      if (!/^[\u4e00-\u9fa5]+$/.test(raw)) continue
      const split = splitDivisionNames(raw)
      if (split.rest || split.segments.length < 2 || split.segments[split.segments.length - 1].text !== name) continue
      const analysed = analyse({ raw, start: p, end: i + name.length, source: 'mention' })
      if (analysed.prefix.length && analysed.level === 'township') hit = analysed
    }
    if (!hit) continue
    const county = (b: Body) => b.prefix[b.prefix.length - 1].matches.map((m) => m.code).join()
    if (best && county(best) !== county(hit)) return null
    if (!best) best = hit
  }
  return best
}

/** County-level divisions with the same stem as a county name the table lacks (`XX县` → `XX区`). */
function countiesByStem(name: string): Division[] {
  const stem = name.replace(/(?:自治县|自治旗|林区|特区|县|区|市|旗)$/, '')
  if (stem.length < 2 || stem === name) return []
  return lookupDivision(stem).matches.filter((d) => d.level === 'county' && d.name !== name)
}

type Emit = (field: Found['field'], value: string, start: number, end: number) => void

/** Evidence for a parent division: its name in the body's own name, else a clue naming it, else the decisive clue. */
function evidenceFor(parent: Division | undefined, body: Body, resolution: Resolution): { start: number; end: number } {
  if (parent) {
    for (const seg of body.prefix) {
      if (seg.matches.some((m) => m.code === parent.code)) return { start: body.hit.start + seg.start, end: body.hit.start + seg.end }
    }
    const clue = resolution.clues.find((c: RegionClue) => c.division.code === parent.code)
    if (clue && resolution.by !== 'unique') return { start: clue.start, end: clue.end }
    if (clue && resolution.by === 'unique' && !clue.short) return { start: clue.start, end: clue.end }
  }
  if (resolution.by === 'parent_word' && resolution.hint) return { start: resolution.hint.start, end: resolution.hint.end }
  if (resolution.by === 'clue' && resolution.clues.length) {
    const best = [...resolution.clues].sort((a, b) => rank(a) - rank(b))[0]
    return { start: best.start, end: best.end }
  }
  return { start: body.start, end: body.end }
}

function rank(c: RegionClue): number {
  const level = c.division.level === 'county' ? 0 : c.division.level === 'prefecture' ? 2 : 4
  return level + (c.short ? 1 : 0)
}

function emitRegion(
  region: ReturnType<typeof regionOf>,
  d: Division,
  body: Body,
  resolution: Resolution,
  _text: string,
  found: Emit,
): void {
  const parents = new Map<string, Division>()
  for (const a of [d, ...ancestorsOf(d)]) parents.set(a.level, a)
  const fields: Array<[RegionField, string | null, Division | undefined]> = [
    ['county', region.county, d.level === 'county' ? d : parents.get('county')],
    ['prefecture', region.prefecture, d.level === 'prefecture' ? d : parents.get('prefecture')],
    ['province', region.province, d.level === 'province' ? d : parents.get('province')],
  ]
  for (const [field, value, parent] of fields) {
    if (!value) continue
    const own = parent && parent.code === d.code
    const ev = own ? { start: body.start, end: body.end } : evidenceFor(parent, body, resolution)
    found(field, value, ev.start, ev.end)
  }
  found('adcode', region.adcode, body.start, body.end)
}

function emitDepartmentRegion(d: Division, body: Body, resolution: Resolution, _text: string, found: Emit): void {
  const region = regionOf(d)
  const seg = body.prefix[body.prefix.length - 1]
  const ev = seg ? { start: body.hit.start + seg.start, end: body.hit.start + seg.end } : evidenceFor(undefined, body, resolution)
  if (region.county) found('county', region.county, ev.start, ev.end)
  if (region.prefecture) found('prefecture', region.prefecture, ev.start, ev.end)
  if (region.province) found('province', region.province, ev.start, ev.end)
}

/**
 * Ambiguous: only a parent the text itself names (`按照甘肃省要求`, `安康市政务公开`) and every
 * remaining candidate lies in is reported, with that mention as evidence; the parents the
 * candidates merely happen to share are not.
 */
function emitNamedRegion(resolution: Resolution, found: Emit): void {
  const remaining = resolution.remaining
  if (!remaining.length) return
  const named = resolution.clues.filter((c) => remaining.every((d) => d.code.startsWith(c.division.code) && d.code !== c.division.code))
  if (!named.length) return
  // the deepest named division, then its own parents
  const deepest = named.reduce((a, b) => (b.division.code.length > a.division.code.length ? b : a))
  const region = regionOf(deepest.division)
  const ev = { start: deepest.start, end: deepest.end }
  if (deepest.division.level === 'county' && region.county) found('county', region.county, ev.start, ev.end)
  if (deepest.division.level !== 'province' && region.prefecture) found('prefecture', region.prefecture, ev.start, ev.end)
  if (region.province) found('province', region.province, ev.start, ev.end)
}

/**
 * A township name that now belongs to other places (兴华乡 of 梅河口市 became 兴华镇; two
 * 兴华乡 remain in 黑龙江): when the text names none of the same-named places' counties or
 * cities but does name the county or city of a township with the same stem, that one is it.
 */
function renamedInNamedCounty(
  body: Body,
  resolution: Resolution,
  text: string,
  blockers: string[],
): { body: Body; resolution: Resolution } | null {
  if (resolution.clues.some((c) => c.division.level !== 'province')) return null
  const exact = new Set(body.candidates.map((c) => c.code))
  const stem = townshipStem(body.name)
  if (stem.length < 2) return null
  const others = getGazetteer()
    .townshipsByStem(stem)
    .filter((d) => !exact.has(d.code))
  if (!others.length) return null
  const ranges: Array<[number, number]> = [[0, Math.min(text.length, WHOLE_TEXT)]]
  const alt = resolveRegion(others, text, { ranges, blockers, parentWords: false })
  if (!alt.chosen || alt.by === 'ambiguous' || !alt.clues.some((c) => c.division.level !== 'province' && !c.short)) return null
  if (alt.by === 'unique' && !alt.clues.length) return null
  return { body: { ...body, candidates: [alt.chosen], by: 'stem' }, resolution: { ...alt, by: 'clue' } }
}
