import { COSIGN_VULN_PREDICATE, vulnPredicate } from '../../../src/sign'
import { GITHUB_CONTEXT } from '../../support/run-action'

const SCAN = {
  scanner: { name: 'sbom-sign-action', version: '0.1.0', uri: 'pkg:npm/sbom-sign-action@0.1.0' },
  database: { source: 'https://api.osv.dev', updatedAt: '2026-11-29T21:04:11Z' },
  startedAt: '2026-11-30T07:10:02.120Z',
  finishedAt: '2026-11-30T07:10:03.480Z'
}

/**
 * The JSON names of cosign's CosignVulnPredicate (sigstore/cosign
 * pkg/cosign/attestation/attestation.go: Invocation, Scanner, DB, Metadata). cosign decodes
 * the predicate into that struct; a missing or misspelt name would decode as empty.
 */
const COSIGN_SHAPE = {
  invocation: ['builder.id', 'event_id', 'parameters', 'uri'],
  scanner: ['db', 'result', 'uri', 'version'],
  db: ['uri', 'version'],
  metadata: ['scanFinishedOn', 'scanStartedOn']
}

/** Go's time.Time decodes RFC 3339 only. */
const RFC3339 = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/

describe("cosign's vuln predicate", () => {
  test("has cosign's predicate type and exactly the fields of its struct", () => {
    expect(COSIGN_VULN_PREDICATE).toBe('https://cosign.sigstore.dev/attestation/vuln/v1')
    const report = { passed: true, findings: [] }
    const predicate = vulnPredicate(SCAN, report, { 'fail-on-severity': 'high' }, GITHUB_CONTEXT)
    expect(Object.keys(predicate).sort()).toEqual(['invocation', 'metadata', 'scanner'])
    expect(Object.keys(predicate.invocation).sort()).toEqual(COSIGN_SHAPE.invocation)
    expect(Object.keys(predicate.scanner).sort()).toEqual(COSIGN_SHAPE.scanner)
    expect(Object.keys(predicate.scanner.db).sort()).toEqual(COSIGN_SHAPE.db)
    expect(Object.keys(predicate.metadata).sort()).toEqual(COSIGN_SHAPE.metadata)
    expect(predicate.metadata.scanStartedOn).toMatch(RFC3339)
    expect(predicate.metadata.scanFinishedOn).toMatch(RFC3339)
    expect(predicate.scanner).toEqual({
      uri: 'pkg:npm/sbom-sign-action@0.1.0',
      version: '0.1.0',
      db: { uri: 'https://api.osv.dev', version: '2026-11-29T21:04:11Z' },
      result: report
    })
  })

  test('in a workflow run the invocation names the run and the workflow', () => {
    const predicate = vulnPredicate(SCAN, {}, {}, GITHUB_CONTEXT)
    expect(predicate.invocation).toEqual({
      parameters: {},
      uri: 'https://github.com/acme/app/actions/runs/42/attempts/1',
      event_id: '42',
      'builder.id': 'https://github.com/acme/app/.github/workflows/release.yml@refs/heads/main'
    })
  })

  test('outside Actions those fields are empty strings, and a database without records has no version', () => {
    const predicate = vulnPredicate(
      { ...SCAN, database: { source: '/srv/osv' } },
      {},
      { vex: false },
      {}
    )
    expect(predicate.invocation).toEqual({
      parameters: { vex: false },
      uri: '',
      event_id: '',
      'builder.id': ''
    })
    expect(predicate.scanner.db).toEqual({ uri: '/srv/osv', version: '' })
  })
})
