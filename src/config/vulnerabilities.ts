import { ActionError, describeError, inputError } from '../errors'
import { parseIgnores, type IgnoreRule } from '../vuln/gate'
import { OSV_API_URL } from '../vuln/osv'
import type { Inputs } from './inputs'

/** The severities a gate can be set at, most severe first. */
export const GATE_SEVERITIES = ['critical', 'high', 'medium', 'low'] as const
export type GateSeverity = (typeof GATE_SEVERITIES)[number]

/** What the vulnerability scan looks things up in, and how its gate decides. */
export interface VulnerabilityConfig {
  /** Sign mode: scan each SBOM (`vulnerability-scan`, implied by a gate or an attestation). */
  scan: boolean
  /** Findings at or above this severity fail the run (`fail-on-severity`); `none`: never. */
  failOn: GateSeverity | 'none'
  /** How a finding whose severity cannot be known ranks for the gate (`unknown-severity`). */
  unknownAs: GateSeverity | 'none'
  /**
   * `allow-incomplete-sbom`: the gate decides on what an SBOM lists even when it marks itself
   * incomplete. Off, such an SBOM fails the gate: what it left out was never scanned.
   */
  allowIncomplete: boolean
  ignores: IgnoreRule[]
  /** Path of an OpenVEX document. */
  vex?: string
  /** Base URL of OSV's API or a mirror of it. */
  osvURL: string
  /** A directory or zip of OSV records, read instead of the API. */
  database?: string
  /** Sign mode: sign the scan result as cosign's vuln predicate and attach it. */
  attestation: boolean
  /** `offline: true`: no API; only `database` can be read. */
  offline: boolean
}

/** The hint every "scan needs a database offline" error gives. */
export const OFFLINE_DATABASE_HINT = {
  action:
    'Give "vulnerability-db" (a directory or zip of OSV records, e.g. from OSV\'s export), or ' +
    'drop "offline: true" to ask OSV\'s API (or the mirror in "osv-url")',
  cli:
    "Give --vulnerability-db (a directory or zip of OSV records, e.g. from OSV's export), or " +
    "drop --offline to ask OSV's API (or the mirror in --osv-url)"
}

/**
 * Reads the scan and gate inputs. `offline` is the run's own input (it also chooses the
 * embedded trust root); a scan that is asked for offline needs a local database.
 */
export function readVulnerabilities(
  inputs: Inputs,
  mode: 'sign' | 'verify' | 'scan',
  offline: boolean
): VulnerabilityConfig {
  const failOn = inputs.choice('fail-on-severity', [...GATE_SEVERITIES, 'none'] as const, 'none')
  // Unknown is not "fine": without a score nobody has said it is not critical.
  const unknownAs = inputs.choice(
    'unknown-severity',
    [...GATE_SEVERITIES, 'none'] as const,
    'critical'
  )
  const attestation = mode === 'sign' && inputs.boolean('vulnerability-attestation', false)
  const implied = failOn !== 'none' || attestation
  const scan = mode === 'scan' || inputs.boolean('vulnerability-scan', implied)
  if (!scan && implied)
    throw inputError(
      'vulnerability-scan',
      `is false, but ${attestation ? '"vulnerability-attestation: true"' : `"fail-on-severity: ${failOn}"`} needs a scan`,
      'Drop "vulnerability-scan: false", or the input that asks for a scan'
    )
  const database = inputs.string('vulnerability-db')
  const config: VulnerabilityConfig = {
    scan,
    failOn,
    unknownAs,
    allowIncomplete: inputs.boolean('allow-incomplete-sbom', false),
    ignores: readIgnores(inputs),
    vex: inputs.string('vex'),
    osvURL: inputs.url('osv-url') ?? OSV_API_URL,
    database,
    attestation,
    offline
  }
  // Verify mode scans when fail-on-severity or a policy rule asks (checked with the policy).
  const scanning = mode === 'verify' ? failOn !== 'none' : scan
  if (scanning) requireSourceOffline(config)
  return config
}

/** Offline, only a local database can answer; say so before any work. */
export function requireSourceOffline(config: VulnerabilityConfig): void {
  if (config.offline && !config.database)
    throw new ActionError(
      'INPUT_MISSING',
      'a vulnerability scan is asked for offline, without a vulnerability database',
      { hint: OFFLINE_DATABASE_HINT }
    )
}

function readIgnores(inputs: Inputs): IgnoreRule[] {
  const text = inputs.string('ignore-vulnerabilities')
  if (text === undefined) return []
  try {
    return parseIgnores(text)
  } catch (error) {
    if (error instanceof ActionError) throw error
    throw inputError('ignore-vulnerabilities', describeError(error))
  }
}
