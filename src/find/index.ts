export { parseQuery, type Query } from './query'
export { sbomPackages, type ListedPackage } from './packages'
export { matchPackages, type PackageMatch, type QueryResult, type UndeterminedMatch } from './match'
export { chooseVerifiedSbom } from './verified-sbom'
export {
  NAME_QUERY_NOTE,
  countResults,
  describeMatch,
  findSummaryMarkdown,
  findTable,
  writeFindReport,
  type FindReport,
  type FindStatus,
  type ImageResult,
  type PlatformResult,
  type SbomOrigin
} from './report'
