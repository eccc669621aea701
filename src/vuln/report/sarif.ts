import { createHash } from 'node:crypto'
import type { GateResult } from '../gate'
import type { Finding, ScanResult, Severity } from '../types'
import { capped, fixedText, sortFindings, suppressionText } from './order'

/**
 * SARIF 2.1.0 as GitHub code scanning reads it (github/codeql-action/upload-sarif): one rule per
 * vulnerability, rated through `properties.security-severity`, one result per vulnerable
 * package located at the scanned artifact (the SBOM file, or the Dockerfile or image).
 */

export const SARIF_SCHEMA =
  'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json'

/** GitHub code scanning keeps at most 25,000 results per run; the most severe are kept. */
export const MAX_SARIF_RESULTS = 25_000

/** SARIF levels by severity: GitHub shows error for critical and high, warning for medium. */
const LEVELS: Record<Severity, 'error' | 'warning' | 'note'> = {
  critical: 'error',
  high: 'error',
  medium: 'warning',
  low: 'note',
  none: 'note',
  unknown: 'warning'
}

/**
 * A score GitHub maps back to the same level (critical > 9.0, high ≥ 7.0, medium ≥ 4.0,
 * low ≥ 0.1) for ratings that come without one, e.g. a GHSA `HIGH`. Unknown has none.
 */
const LEVEL_SCORES: Partial<Record<Severity, number>> = {
  critical: 9.5,
  high: 8.0,
  medium: 5.5,
  low: 2.0,
  none: 0.0
}

interface Rule {
  id: string
  shortDescription: { text: string }
  fullDescription: { text: string }
  helpUri: string
  help: { text: string; markdown: string }
  defaultConfiguration: { level: string }
  properties: { 'security-severity'?: string; tags: string[] }
}

/** The score a rule carries: the finding's own when computed, else its level's. */
function securitySeverity(finding: Finding): string | undefined {
  const score = finding.rating.score ?? LEVEL_SCORES[finding.rating.severity]
  return score === undefined ? undefined : score.toFixed(1)
}

const osvUrl = (id: string) => `https://osv.dev/vulnerability/${encodeURIComponent(id)}`

function ruleOf(finding: Finding): Rule {
  const { record, rating } = finding
  const title =
    capped(record.summary, 200) || `${finding.id} in ${capped(finding.package.name, 100)}`
  const details = capped(record.details, 4000) || title
  const references = (Array.isArray(record.references) ? record.references : [])
    .slice(0, 10)
    .map(r => capped(r?.url, 300))
    .filter(url => /^https?:\/\//.test(url))
  const rated = `${rating.severity}${rating.score !== undefined ? ` (${rating.score.toFixed(1)})` : ''}, from ${rating.source}`
  const aliases =
    finding.aliases.length > 0 ? finding.aliases.map(a => capped(a, 100)).join(', ') : 'none'
  const severity = securitySeverity(finding)
  return {
    id: finding.id,
    shortDescription: { text: title },
    fullDescription: { text: details },
    helpUri: osvUrl(finding.id),
    help: {
      text: [
        `${finding.id}: ${title}`,
        `Severity: ${rated}`,
        `Aliases: ${aliases}`,
        '',
        details,
        '',
        ...references
      ].join('\n'),
      markdown: [
        `**${finding.id}**: ${plainMarkdown(title)}`,
        '',
        `Severity: ${rated}  `,
        `Aliases: ${plainMarkdown(aliases)}`,
        '',
        plainMarkdown(details),
        '',
        ...references.map(url => `- <${url.replace(/[<>\s]/g, encodeURIComponent)}>`)
      ].join('\n')
    },
    defaultConfiguration: { level: LEVELS[rating.severity] },
    properties: {
      ...(severity !== undefined ? { 'security-severity': severity } : {}),
      tags: ['security', 'vulnerability', `${rating.severity}-severity`]
    }
  }
}

/** Record text shown as markdown: no HTML, no links or images it did not mean to make. */
function plainMarkdown(text: string): string {
  return text.replace(/[\\`*_<>[\]()#|!&]/g, c => `\\${c}`)
}

/** An artifact reference as a SARIF URI reference: `alpine:3.19` is a path, not a scheme. */
function artifactUri(artifact: string): string {
  return artifact
    .split('/')
    .map(segment => encodeURIComponent(segment))
    .join('/')
}

/** Stable across runs for the same vulnerability in the same package, so alerts track. */
function fingerprint(finding: Finding): string {
  return createHash('sha256').update(`${finding.id}\n${finding.package.purl}`).digest('hex')
}

export function toSarif(
  result: ScanResult,
  gate: GateResult,
  context: { artifact: string }
): object {
  const findings = sortFindings(gate.findings).slice(0, MAX_SARIF_RESULTS)
  const rules: Rule[] = []
  const ruleIndex = new Map<string, number>()
  for (const finding of findings) {
    const index = ruleIndex.get(finding.id)
    if (index === undefined) {
      ruleIndex.set(finding.id, rules.length)
      rules.push(ruleOf(finding))
      continue
    }
    // One rule per vulnerability: it carries the most severe rating among its packages.
    const rule = rules[index]!
    const severity = securitySeverity(finding)
    const current = rule.properties['security-severity']
    if (severity !== undefined && (current === undefined || Number(severity) > Number(current)))
      rule.properties['security-severity'] = severity
    if (LEVELS[finding.rating.severity] === 'error') rule.defaultConfiguration.level = 'error'
  }
  const uri = artifactUri(context.artifact)
  const results = findings.map(finding => {
    const pkg = finding.package
    const aliases =
      finding.aliases.length > 0 ? ` (${finding.aliases.map(a => capped(a, 100)).join(', ')})` : ''
    const where = pkg.location ? ` at ${capped(pkg.location, 300)}` : ''
    const suppression = suppressionText(finding)
    return {
      ruleId: finding.id,
      ruleIndex: ruleIndex.get(finding.id),
      level: LEVELS[finding.rating.severity],
      message: {
        text: `${capped(pkg.name, 200)} ${capped(pkg.version, 100)}${where} is affected by ${finding.id}${aliases}; fixed in: ${capped(fixedText(finding), 300)}`
      },
      locations: [
        {
          physicalLocation: { artifactLocation: { uri }, region: { startLine: 1 } },
          logicalLocations: [{ name: capped(pkg.purl, 1000), kind: 'package' }]
        }
      ],
      partialFingerprints: { 'vulnerabilityPackage/v1': fingerprint(finding) },
      properties: {
        purl: pkg.purl,
        installedVersion: pkg.version,
        fixedVersions: finding.fixedIn,
        severity: finding.rating.severity,
        ...(finding.rating.score !== undefined ? { score: finding.rating.score } : {}),
        ...(finding.rating.vector ? { vector: finding.rating.vector } : {})
      },
      ...(suppression
        ? {
            suppressions: [
              { kind: 'external', status: 'accepted', justification: capped(suppression, 1000) }
            ]
          }
        : {})
    }
  })
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: result.scanner.name,
            version: result.scanner.version,
            ...(/^\d+\.\d+\.\d+/.test(result.scanner.version)
              ? { semanticVersion: result.scanner.version }
              : {}),
            informationUri: result.scanner.uri,
            rules
          }
        },
        results,
        properties: {
          database: result.database,
          packages: result.packages.length,
          unscanned: result.unscanned.length,
          ...(gate.findings.length > findings.length
            ? { resultsOmitted: gate.findings.length - findings.length }
            : {})
        }
      }
    ]
  }
}
