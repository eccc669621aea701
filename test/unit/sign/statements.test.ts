import {
  imageStatement,
  provenanceStatement,
  signatureStatement,
  simpleSigningPayload
} from '../../../src/sign'
import { GITHUB_CONTEXT } from '../../support/run-action'

const DIGEST = `sha256:${'a1'.repeat(32)}`

describe('statements', () => {
  test('the signature statement names only the digest, as cosign v3 does', () => {
    expect(signatureStatement(DIGEST)).toEqual({
      _type: 'https://in-toto.io/Statement/v1',
      subject: [{ digest: { sha256: 'a1'.repeat(32) } }],
      predicateType: 'https://sigstore.dev/cosign/sign/v1',
      predicate: {}
    })
  })

  test('an SBOM statement names registry/repo and the digest', () => {
    const statement = imageStatement(
      '127.0.0.1:5000/acme/app',
      DIGEST,
      'https://cyclonedx.org/bom',
      {
        bomFormat: 'CycloneDX'
      }
    )
    expect(statement.subject).toEqual([
      { name: '127.0.0.1:5000/acme/app', digest: { sha256: 'a1'.repeat(32) } }
    ])
    expect(statement.predicate).toEqual({ bomFormat: 'CycloneDX' })
  })

  test('a tag or a short digest is refused', () => {
    expect(() => signatureStatement('latest')).toThrow(/not a sha256 digest/)
    expect(() => signatureStatement('sha256:abc')).toThrow(/not a sha256 digest/)
  })

  test('the simple-signing payload has cosign exact shape and key order', () => {
    expect(simpleSigningPayload('ghcr.io/acme/app', DIGEST).toString()).toBe(
      `{"critical":{"identity":{"docker-reference":"ghcr.io/acme/app"},"image":{"docker-manifest-digest":"${DIGEST}"},"type":"cosign container image signature"},"optional":null}`
    )
  })

  test('provenance follows GitHub buildType and fields from the workflow context', () => {
    const statement = provenanceStatement('ghcr.io/acme/app', DIGEST, GITHUB_CONTEXT)
    expect(statement.predicateType).toBe('https://slsa.dev/provenance/v1')
    expect(statement.predicate).toEqual({
      buildDefinition: {
        buildType: 'https://actions.github.io/buildtypes/workflow/v1',
        externalParameters: {
          workflow: {
            ref: 'refs/heads/main',
            repository: 'https://github.com/acme/app',
            path: '.github/workflows/release.yml'
          }
        },
        internalParameters: {
          github: {
            event_name: 'push',
            repository_id: '1000',
            repository_owner_id: '2000',
            runner_environment: 'github-hosted'
          }
        },
        resolvedDependencies: [
          {
            uri: 'git+https://github.com/acme/app@refs/heads/main',
            digest: { gitCommit: '1111111111111111111111111111111111111111' }
          }
        ]
      },
      runDetails: {
        builder: {
          id: 'https://github.com/acme/app/.github/workflows/release.yml@refs/heads/main'
        },
        metadata: { invocationId: 'https://github.com/acme/app/actions/runs/42/attempts/1' }
      }
    })
  })

  test('provenance outside Actions says what is missing', () => {
    expect(() => provenanceStatement('x/y', DIGEST, {})).toThrow(/GITHUB_REPOSITORY/)
  })
})
