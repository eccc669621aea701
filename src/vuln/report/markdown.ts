import { cell } from '../../sbom/summary'
import type { GateResult } from '../gate'
import { SEVERITIES, type Finding, type ScanResult } from '../types'
import { capped, fixedText, sortFindings, suppressionText } from './order'

/** GitHub caps a step summary at 1 MiB: past this many rows the table points to the JSON report. */
export const MAX_SUMMARY_ROWS = 1000

const LABELS = {
  critical: 'Critical',
  high: 'High',
  medium: 'Medium',
  low: 'Low',
  none: 'None',
  unknown: 'Unknown'
} as const

/** Record text as a table cell: cut to a length, markdown and HTML escaped. */
const text = (value: string | undefined, max = 120) => cell(capped(value, max))

function incompleteVerdict({ leftOut, failsGate }: IncompleteSbom): string {
  const why = `(${leftOut.length} problem(s); the first: ${text(leftOut[0], 300)})`
  return failsGate
    ? `❌ **The SBOM marks itself incomplete, so the gate fails:** what it left out was not scanned ${why}.`
    : `⚠️ The SBOM marks itself incomplete: what it left out was not scanned ${why}.`
}

function severityCell(finding: Finding): string {
  const { severity, score } = finding.rating
  return `${LABELS[severity]}${score !== undefined ? ` (${score.toFixed(1)})` : ''}`
}

/** An SBOM that marks itself incomplete: what it says it left out, and whether the gate fails on it. */
export interface IncompleteSbom {
  leftOut: string[]
  failsGate: boolean
}

/**
 * The job summary: what was scanned, whether the gate fails, counts by severity (findings set
 * aside by VEX or an ignore are counted apart), lapsed ignores, then one row per finding.
 */
export function summaryMarkdown(
  result: ScanResult,
  gate: GateResult,
  incomplete?: IncompleteSbom
): string {
  const suppressed = gate.findings.filter(f => f.suppressed).length
  const findingsVerdict =
    gate.failing.length > 0
      ? `❌ **${gate.failing.length} of ${gate.findings.length} finding(s) fail the gate.**`
      : `${incomplete?.failsGate ? '' : '✅ '}No finding fails the gate (${gate.findings.length} found, ${suppressed} set aside).`
  const verdict = incomplete
    ? `${incompleteVerdict(incomplete)}\n\n${findingsVerdict}`
    : findingsVerdict
  const unscanned = result.unscanned.length > 0 ? `, ${result.unscanned.length} not scanned` : ''
  const updated = result.database.updatedAt
    ? `, updated ${text(result.database.updatedAt, 40)}`
    : ''
  const lines = [
    '### Vulnerabilities',
    '',
    `${result.packages.length} package(s) scanned${unscanned} against ${text(result.database.source, 200)}${updated}.`,
    '',
    verdict,
    '',
    `| ${SEVERITIES.map(s => LABELS[s]).join(' | ')} | Set aside |`,
    `| ${SEVERITIES.map(() => '---:').join(' | ')} | ---: |`,
    `| ${SEVERITIES.map(s => gate.counts[s]).join(' | ')} | ${suppressed} |`,
    ''
  ]
  if (gate.lapsedIgnores.length > 0) {
    lines.push(
      `⚠️ Ignores past their date no longer apply: ${gate.lapsedIgnores.map(r => `\`${text(r.text, 150).replace(/`/g, '')}\``).join(', ')}`,
      ''
    )
  }
  const findings = sortFindings(gate.findings)
  if (findings.length > 0) {
    const failing = new Set(gate.failing)
    lines.push(
      '| Package | Installed | Fixed in | ID | Aliases | Severity | Set aside |',
      '| --- | --- | --- | --- | --- | --- | --- |'
    )
    for (const f of findings.slice(0, MAX_SUMMARY_ROWS)) {
      const mark = failing.has(f) ? '❌ ' : ''
      lines.push(
        `| ${text(f.package.name)} | ${text(f.package.version, 80)} | ${text(fixedText(f), 80)} | ${mark}${text(f.id, 80)} | ${text(f.aliases.join(', '), 200)} | ${severityCell(f)} | ${text(suppressionText(f), 300)} |`
      )
    }
    if (findings.length > MAX_SUMMARY_ROWS)
      lines.push('', `… and ${findings.length - MAX_SUMMARY_ROWS} more (see the JSON report).`)
    lines.push('')
  }
  return `${lines.join('\n')}\n`
}
