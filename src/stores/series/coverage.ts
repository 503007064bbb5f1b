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
}

let townshipList: GazetteerTownship[] | null = null

/** Every gazetteer township with its region names as records carry them (regionOf), once. */
function gazetteerTownships(g: Gazetteer): GazetteerTownship[] {
  if (townshipList) return townshipList
  const regions = new Map<string, ReturnType<typeof regionOf>>()
  townshipList = g.list('township').map((d) => {
    const countyCode = d.code.slice(0, 6)
    let r = regions.get(countyCode)
    if (!r) regions.set(countyCode, (r = regionOf(d)))
    return { code: d.code, township: d.name, county: r.county, prefecture: r.prefecture, province: r.province }
  })
  return townshipList
}

const regionKey = (province: string | null, prefecture: string | null, county: string | null) => `${province ?? ''}|${prefecture ?? ''}|${county ?? ''}`
const nameKey = (t: { province: string | null; prefecture: string | null; county: string | null; township: string | null }, year: number) =>
  `${regionKey(t.province, t.prefecture, t.county)}|${t.township ?? ''}|${year}`

/** What a dataset covers, indexed once per dataset (the filters change far more often). */
export interface CoverageIndex {
  /** `<9-digit code>|<year>` of every township report with an adcode */
  codes: Set<string>
  /** `<province>|<prefecture>|<county>|<township>|<year>` of every report */
  names: Set<string>
  /** `<province>|<prefecture>|<county>` of every report */
  counties: Set<string>
  /** years present, ascending */
  years: number[]
}

export function indexCoverage(records: readonly ReportRecord[]): CoverageIndex {
  const codes = new Set<string>()
  const names = new Set<string>()
  const counties = new Set<string>()
  const years = new Set<number>()
  for (const r of records) {
    counties.add(regionKey(r.province, r.prefecture, r.county))
    if (r.year === null) continue
    years.add(r.year)
    if (r.adcode && /^\d{9}000$/.test(r.adcode) && !r.adcode.startsWith('000', 6)) codes.add(`${r.adcode.slice(0, 9)}|${r.year}`)
    if (r.township) names.add(nameKey(r, r.year))
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

/** A chosen township key is `county/township` (stores/records.ts townshipKey). */
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
    if (!regionChosen && !index.counties.has(regionKey(t.province, t.prefecture, t.county))) return false
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
    const key = regionKey(t.province, t.prefecture, t.county)
    let county = counties.get(key)
    if (!county) {
      county = { province: t.province, prefecture: t.prefecture, county: t.county, townships: 0, missingByYear: years.map(() => 0), missing: 0 }
      counties.set(key, county)
    }
    county.townships++
    const gaps: number[] = []
    years.forEach((year, i) => {
      if (index.codes.has(`${t.code}|${year}`) || index.names.has(nameKey(t, year))) return
      gaps.push(year)
      county!.missingByYear[i]++
    })
    if (!gaps.length) continue
    county.missing += gaps.length
    missingReports += gaps.length
    if (gaps.length === years.length) silentTownships++
    missing.push({ ...t, years: gaps })
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
