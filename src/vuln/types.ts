/**
 * The data the vulnerability scan passes from step to step:
 * SBOM → packages → OSV records → matches → ratings → gate → report.
 * Each step lives in its own folder under src/vuln and speaks only these types.
 */

/** The subset of the OSV schema (https://ossf.github.io/osv-schema/) the scanner reads. */
export interface OsvRecord {
  id: string
  modified: string
  published?: string
  withdrawn?: string
  aliases?: string[]
  related?: string[]
  /** IDs this record is derived from, e.g. a Debian record's CVE. */
  upstream?: string[]
  summary?: string
  details?: string
  severity?: OsvSeverity[]
  affected?: OsvAffected[]
  references?: { type: string; url: string }[]
  database_specific?: Record<string, unknown>
}

export interface OsvSeverity {
  /** `CVSS_V2`, `CVSS_V3`, `CVSS_V4`, `Ubuntu`, … */
  type: string
  score: string
}

export interface OsvAffected {
  package?: { ecosystem: string; name: string; purl?: string }
  severity?: OsvSeverity[]
  ranges?: OsvRange[]
  versions?: string[]
  ecosystem_specific?: Record<string, unknown>
  database_specific?: Record<string, unknown>
}

export interface OsvRange {
  type: 'ECOSYSTEM' | 'SEMVER' | 'GIT' | string
  repo?: string
  events: OsvEvent[]
}

export type OsvEvent =
  { introduced: string } | { fixed: string } | { last_affected: string } | { limit: string }

/** One package of an SBOM as the scanner looks it up. */
export interface ScanPackage {
  /** The purl as the SBOM writes it. */
  purl: string
  /** Display name (`group/name` for Maven) and installed version, from the SBOM. */
  name: string
  version: string
  /**
   * The OSV package it is looked up as: `{ ecosystem: 'Debian:12', name: <source package> }`
   * for a Debian binary package, `{ ecosystem: 'npm', name: 'lodash' }`, …
   */
  osv: { ecosystem: string; name: string; version: string }
  /** The SBOM's reference to it (CycloneDX `bom-ref`, SPDX `SPDXID`). */
  ref?: string
  /** The file it was found in, when the SBOM says. */
  location?: string
}

/** A package the scan could not look up, and why (no purl, an ecosystem OSV does not cover, …). */
export interface UnscannedPackage {
  purl?: string
  name: string
  version: string
  why: string
}

/** One OSV record that affects one package, before it is rated. */
export interface Match {
  package: ScanPackage
  record: OsvRecord
  /** The `affected` entry that matched. */
  affected: OsvAffected
  /** Versions that fix it in the package's ecosystem, lowest first; empty when none is known. */
  fixedIn: string[]
}

/** Severity levels, most severe first. `unknown`: neither a vector nor the record says. */
export const SEVERITIES = ['critical', 'high', 'medium', 'low', 'none', 'unknown'] as const
export type Severity = (typeof SEVERITIES)[number]

export interface Rating {
  severity: Severity
  /** Base score when computed from a CVSS vector. */
  score?: number
  vector?: string
  /** What decided it: `CVSS_V4`, `CVSS_V3`, `CVSS_V2`, a database's own rating, or `none`. */
  source: string
}

/** Why the gate set a finding aside. */
export interface Suppression {
  by: 'vex' | 'ignore'
  /** VEX status and justification, or the ignore entry as written. */
  reason: string
  /** An ignore's expiry date (YYYY-MM-DD). */
  until?: string
}

export interface Finding extends Match {
  id: string
  /** CVE and other IDs of the same vulnerability. */
  aliases: string[]
  rating: Rating
  suppressed?: Suppression
}

/** What a scan of one SBOM found. */
export interface ScanResult {
  scanner: { name: string; version: string; uri: string }
  database: {
    /** The OSV API URL or the offline database path. */
    source: string
    /** The newest `modified` time among the records read (ISO 8601), when any were. */
    updatedAt?: string
  }
  packages: ScanPackage[]
  unscanned: UnscannedPackage[]
  findings: Finding[]
  startedAt: string
  finishedAt: string
}
