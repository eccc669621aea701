import type { ScanResult } from '../vuln/types'

/** The predicate type `cosign attest --type vuln` writes and `verify-attestation --type vuln` reads. */
export const COSIGN_VULN_PREDICATE = 'https://cosign.sigstore.dev/attestation/vuln/v1'

/**
 * cosign's vulnerability scan record (pkg/cosign/attestation CosignVulnPredicate): who ran
 * the scan (`invocation`), with what scanner and database (`scanner`, its `result` being our
 * JSON report), and when (`metadata`). Every field cosign declares is present, as its
 * decoder expects; the times are RFC 3339.
 */
export interface VulnPredicate {
  invocation: {
    parameters: Record<string, unknown> | null
    uri: string
    event_id: string
    'builder.id': string
  }
  scanner: {
    uri: string
    version: string
    db: { uri: string; version: string }
    result: unknown
  }
  metadata: { scanStartedOn: string; scanFinishedOn: string }
}

/**
 * The predicate of one scan. In a workflow run the invocation names the run (its URL and
 * id) and the workflow that ran it; elsewhere those are empty, as cosign leaves them.
 */
export function vulnPredicate(
  scan: Pick<ScanResult, 'scanner' | 'database' | 'startedAt' | 'finishedAt'>,
  report: unknown,
  parameters: Record<string, unknown>,
  env: NodeJS.ProcessEnv = process.env
): VulnPredicate {
  const server = env.GITHUB_SERVER_URL || 'https://github.com'
  const run =
    env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID
      ? `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}/attempts/${env.GITHUB_RUN_ATTEMPT || '1'}`
      : ''
  return {
    invocation: {
      parameters,
      uri: run,
      event_id: env.GITHUB_RUN_ID ?? '',
      'builder.id': env.GITHUB_WORKFLOW_REF ? `${server}/${env.GITHUB_WORKFLOW_REF}` : ''
    },
    scanner: {
      uri: scan.scanner.uri,
      version: scan.scanner.version,
      db: { uri: scan.database.source, version: scan.database.updatedAt ?? '' },
      result: report
    },
    metadata: { scanStartedOn: scan.startedAt, scanFinishedOn: scan.finishedAt }
  }
}
