import type { GateResult } from '../gate'
import type { ScanResult } from '../types'
import { sortFindings } from './order'

/** The JSON report's format name and version; a change to its shape bumps the version. */
export const JSON_REPORT_FORMAT = 'sbom-sign-action/vulnerabilities'
export const JSON_REPORT_VERSION = 1

/**
 * The JSON report (docs/vulnerabilities.md, "Reports"): one object per finding, most severe
 * first, with its package, rating, fix and suppression; counts as the gate saw them. Record
 * text other than the summary stays out: the OSV record is one lookup away by its ID.
 */
export function toJson(result: ScanResult, gate: GateResult): object {
  const failing = new Set(gate.failing)
  return {
    format: JSON_REPORT_FORMAT,
    version: JSON_REPORT_VERSION,
    scanner: result.scanner,
    database: result.database,
    startedAt: result.startedAt,
    finishedAt: result.finishedAt,
    passed: gate.failing.length === 0,
    counts: gate.counts,
    totals: {
      packages: result.packages.length,
      unscanned: result.unscanned.length,
      findings: gate.findings.length,
      suppressed: gate.findings.filter(f => f.suppressed).length,
      failing: gate.failing.length
    },
    lapsedIgnores: gate.lapsedIgnores.map(r => ({
      id: r.id,
      ...(r.until ? { until: r.until } : {}),
      text: r.text
    })),
    findings: sortFindings(gate.findings).map(f => ({
      id: f.id,
      aliases: f.aliases,
      ...(typeof f.record.summary === 'string' ? { summary: f.record.summary } : {}),
      package: {
        name: f.package.name,
        version: f.package.version,
        purl: f.package.purl,
        ecosystem: f.package.osv.ecosystem,
        osvName: f.package.osv.name,
        ...(f.package.location ? { location: f.package.location } : {})
      },
      fixedIn: f.fixedIn,
      severity: f.rating.severity,
      ...(f.rating.score !== undefined ? { score: f.rating.score } : {}),
      ...(f.rating.vector ? { vector: f.rating.vector } : {}),
      ratingSource: f.rating.source,
      failing: failing.has(f),
      ...(f.suppressed ? { suppressed: f.suppressed } : {})
    })),
    unscanned: result.unscanned
  }
}
