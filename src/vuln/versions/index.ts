/**
 * Version comparison per ecosystem, and whether an OSV `affected` entry or a version range
 * covers a version. Pure functions: no I/O.
 */
export { InvalidVersionError } from './error'
export {
  compareVersions,
  schemeForEcosystem,
  schemeForPurlType,
  type VersionScheme
} from './scheme'
export { isAffected, type InvalidEvent } from './affected'
export { parseVersionRange, rangeContains, type VersionRange, type Comparator } from './range'
