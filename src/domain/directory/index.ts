// The office directory of the standard's annexes 1–4 (domain.md §1): pure functions over the
// seed text. See parse-seed.ts for the parse and its named rules.
export type {
  AnnexNo,
  SeedRow,
  SeedRowKind,
  Suspect,
  SourceRow,
  Names,
  Office,
  Akimat,
  Directory,
} from './types.js';
export { parseSeed, parseSeedDetailed, type SeedParse } from './parse-seed.js';
export { buildDirectory } from './build-directory.js';
export { checkNameLinks, type NameLinkReport } from './name-links.js';
export { exportSeedRows, type ExportedSeedRow } from './export-seed-rows.js';
export { searchKey } from './search-key.js';
export { russianNameGaps, type RussianNameGap } from './names.js';
export {
  regionOfOffice,
  officeNamesAsOf,
  akimatNamesAsOf,
  directoryAsOf,
  type DirectoryAsOf,
  type RegionAsOf,
} from './as-of.js';
export { competentOffices, type Territory, type TerritoryUnit, type CompetentOffice } from './competence.js';
export { toE164 } from './phones.js';
export { REGIONS, type RegionInfo } from './data/regions.js';
export {
  TERRITORIAL_CHANGES,
  UNSOURCED_RENAMINGS,
  type TerritorialChange,
} from './data/territorial-changes.js';
