/**
 * Coverage: which townships of the chosen region published no report for a year. A
 * supervisor's first question, and a different one from "which figures a report leaves
 * unstated" (the quality panel): here the report itself is missing.
 *
 * The townships that should report come from the gazetteer (NBS 2023 codes), not from the
 * dataset, which cannot list what it lacks. A report covers a township-year when its adcode
 * is the township's code, or, without an adcode, when its province, prefecture, county and
 * township names are the gazetteer's. Pure: no Vue, no DOM.
 */
import type { ReportRecord } from '../../data/schema.ts'
import { getGazetteer, regionOf, type Gazetteer } from '../../gazetteer/index.ts'
import { KEY_FIELDS } from '../../quality/completeness.ts'
import type { QueryState } from '../queryState.ts'

type CoverageFilters = Pick<QueryState, 'province' | 'prefecture' | 'county' | 'townships' | 'yearFrom' | 'yearTo'>

/** A township of the gazetteer and the years in view it has no report for. */
export interface MissingTownship {
  /** 9-digit division code */
  code: string
  township: string
  county: string | null
  prefecture: string | null
  province: string | null
  /** years in view without a report, ascending */
  years: number[]
}

/** One county's row of the count table: townships expected, reports missing per year. */
export interface CountyCoverage {
  province: string | null
  prefecture: string | null
  county: string | null
  townships: number
  /** missing reports per year, in the order of CoverageView.years */
  missingByYear: number[]
  missing: number
}

export interface CoverageView {
  /**
   * `region`: every township of the chosen region; `dataset`: no region chosen, so the
   * counties the dataset has any report from (a national list of 41,000 townships would say
   * nothing about a county-level dataset)
   */
  scope: 'region' | 'dataset'
  years: number[]
  /** townships in scope, from the gazetteer */
  townships: number
  /** township-years expected (townships × years) */
  expected: number
  /** township-years without a report */
  missingReports: number
  /** townships without a report in any year in view */
  silentTownships: number
  /** by county, in code order */
  counties: CountyCoverage[]
  /** every township with a missing year, in code order */
  missing: MissingTownship[]
  /** reports in scope (present) that leave a key figure unstated: a separate matter */
  reportsWithUnstated: number
  /** reports in scope */
  reports: number
}

interface GazetteerTownship {
  code: string
  township: string
  county: string | null
  prefecture: string | null
  province: string | null
  /** `<province>|<prefecture>|<county>`, built once */
  region: string
  /** `<region>|<township>`, built once */
  nameKey: string
}

let townshipList: GazetteerTownship[] | null = null

const regionKey = (province: string | null, prefecture: string | null, county: string | null) =>
  `${province ?? ''}|${prefecture ?? ''}|${county ?? ''}`

/** Every gazetteer township with its region names as records carry them (regionOf), once. */
function gazetteerTownships(g: Gazetteer): GazetteerTownship[] {
  if (townshipList) return townshipList
  const regions = new Map<string, ReturnType<typeof regionOf>>()
  townshipList = g.list('township').map((d) => {
    const countyCode = d.code.slice(0, 6)
    let r = regions.get(countyCode)
    if (!r) regions.set(countyCode, (r = regionOf(d)))
    const region = regionKey(r.province, r.prefecture, r.county)
    return {
      code: d.code,
      township: d.name,
      county: r.county,
      prefecture: r.prefecture,
      province: r.province,
      region,
      nameKey: `${region}|${d.name}`,
    }
  })
  return townshipList
}

/**
 * What a dataset covers, indexed once per dataset (the filters change far more often): the
 * years each township code and each region-and-name reported, so a filter change looks each
 * gazetteer township up once instead of building a key per township and year.
 */
export interface CoverageIndex {
  /** 9-digit township code → years with a report (reports with an adcode) */
  codes: Map<string, Set<number>>
  /** `<province>|<prefecture>|<county>|<township>` → years with a report */
  names: Map<string, Set<number>>
  /** `<province>|<prefecture>|<county>` of every report */
  counties: Set<string>
  /** years present, ascending */
  years: number[]
}

function addYear(map: Map<string, Set<number>>, key: string, year: number): void {
  const set = map.get(key)
  if (set) set.add(year)
  else map.set(key, new Set([year]))
}

/** A township's 12-digit adcode (`<9 digits>000`, not a county's `<6 digits>000000`). */
const townshipCode = (adcode: string | null): string | null =>
  adcode && adcode.length === 12 && adcode.endsWith('000') && !adcode.startsWith('000', 6) ? adcode.slice(0, 9) : null

export function indexCoverage(records: readonly ReportRecord[]): CoverageIndex {
  const codes = new Map<string, Set<number>>()
  const names = new Map<string, Set<number>>()
  const counties = new Set<string>()
  const years = new Set<number>()
  for (const r of records) {
    const region = regionKey(r.province, r.prefecture, r.county)
    counties.add(region)
    if (r.year === null) continue
    years.add(r.year)
    const code = townshipCode(r.adcode)
    if (code) addYear(codes, code, r.year)
    if (r.township) addYear(names, `${region}|${r.township}`, r.year)
  }
  return { codes, names, counties, years: [...years].sort((a, b) => a - b) }
}

/** The years to check: the chosen range, or the dataset's first to last year. */
function yearsInView(f: CoverageFilters, present: readonly number[]): number[] {
  const from = f.yearFrom ?? present[0]
  const to = f.yearTo ?? present[present.length - 1]
  if (from === undefined || to === undefined) return []
  const out: number[] = []
  for (let y = from; y <= to; y++) out.push(y)
  return out
}

/** A chosen township key is `county/township` (query/records.ts townshipKey). */
const chosenKey = (t: GazetteerTownship) => `${t.county ?? ''}/${t.township}`

/**
 * The coverage of the chosen region and years. `filtered` are the records in view (for the
 * separate "fields not stated" count); `index` covers the whole dataset, so a report hidden
 * by the template or search filter still counts as published.
 */
export function coverageView(
  index: CoverageIndex,
  filters: CoverageFilters,
  filtered: readonly ReportRecord[],
  gazetteer: Gazetteer = getGazetteer(),
): CoverageView {
  const years = yearsInView(filters, index.years)
  const regionChosen = !!(filters.province || filters.prefecture || filters.county)
  const chosen = filters.townships.length ? new Set(filters.townships) : null
  const inScope = (t: GazetteerTownship) => {
    if (filters.province && t.province !== filters.province) return false
    if (filters.prefecture && t.prefecture !== filters.prefecture) return false
    if (filters.county && t.county !== filters.county) return false
    if (!regionChosen && !index.counties.has(t.region)) return false
    return !chosen || chosen.has(chosenKey(t))
  }

  const counties = new Map<string, CountyCoverage>()
  const missing: MissingTownship[] = []
  let townships = 0
  let missingReports = 0
  let silentTownships = 0
  for (const t of gazetteerTownships(gazetteer)) {
    if (!inScope(t)) continue
    townships++
    let county = counties.get(t.region)
    if (!county) {
      county = {
        province: t.province,
        prefecture: t.prefecture,
        county: t.county,
        townships: 0,
        missingByYear: years.map(() => 0),
        missing: 0,
      }
      counties.set(t.region, county)
    }
    county.townships++
    const byCode = index.codes.get(t.code)
    const byName = index.names.get(t.nameKey)
    let gaps: number[] | null = null
    for (let i = 0; i < years.length; i++) {
      const year = years[i]
      if (byCode?.has(year) || byName?.has(year)) continue
      ;(gaps ??= []).push(year)
      county.missingByYear[i]++
    }
    if (!gaps) continue
    county.missing += gaps.length
    missingReports += gaps.length
    if (gaps.length === years.length) silentTownships++
    missing.push({ code: t.code, township: t.township, county: t.county, prefecture: t.prefecture, province: t.province, years: gaps })
  }

  let reportsWithUnstated = 0
  for (const r of filtered) if (KEY_FIELDS.some((f) => r[f] === null)) reportsWithUnstated++

  return {
    scope: regionChosen ? 'region' : 'dataset',
    years,
    townships,
    expected: townships * years.length,
    missingReports,
    silentTownships,
    counties: [...counties.values()],
    missing,
    reportsWithUnstated,
    reports: filtered.length,
  }
}
