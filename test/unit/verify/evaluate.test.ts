import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { evaluateDigest } from '../../../src/verify/evaluate'
import type { ImagePolicy } from '../../../src/verify/policy'
import {
  embeddedPublicGoodRoot,
  loadTrustRootFile,
  parseBundle,
  verifyBundle
} from '../../../src/verify'
import { bundleFromLegacyLayer, SIMPLE_SIGNING_MEDIA_TYPE } from '../../../src/verify/legacy'
import { BUNDLE_VERIFY_VECTORS } from '../../support/paths'

const IDENTITY =
  'https://github.com/sigstore-conformance/extremely-dangerous-public-oidc-beacon/.github/workflows/extremely-dangerous-oidc-beacon.yml@refs/heads/main'
const ISSUER = 'https://token.actions.githubusercontent.com'

const read = (...parts: string[]) => readFileSync(join(BUNDLE_VERIFY_VECTORS, ...parts))
const sha256 = (data: Buffer) => `sha256:${createHash('sha256').update(data).digest('hex')}`

function policy(overrides: Partial<ImagePolicy> = {}, requirements = {}): ImagePolicy {
  return {
    source: 'inputs',
    identities: [{ identity: { exact: IDENTITY }, issuer: { exact: ISSUER } }],
    requirements: { sbom: false, provenance: false, ...requirements },
    ...overrides
  }
}

// A signed provenance statement (DSSE) and a message signature stand in for an
// image's attestations: their subject / signed digest plays the image digest.
;(existsSync(BUNDLE_VERIFY_VECTORS) ? describe : describe.skip)('deciding a digest', () => {
  const provenance = {
    origin: 'referrer sha256:1',
    bundle: JSON.parse(read('intoto-with-custom-trust-root', 'bundle.sigstore.json').toString())
  }
  const provenanceDigest = sha256(read('intoto-with-custom-trust-root', 'artifact'))
  const customRoot = loadTrustRootFile(
    join(BUNDLE_VERIFY_VECTORS, 'intoto-with-custom-trust-root', 'trusted_root.json')
  ).root
  const signedAt = new Date('2023-12-01T00:00:00Z')

  test('a valid attestation by the trusted identity bound to the digest passes', () => {
    const verdict = evaluateDigest(
      provenanceDigest,
      [provenance],
      policy({}, { provenance: true }),
      customRoot,
      signedAt
    )
    expect(verdict.failures).toEqual([])
    expect(verdict.verified).toBe(true)
    expect(verdict.findings[0]).toMatchObject({
      kind: 'provenance',
      predicateType: 'https://slsa.dev/provenance/v1',
      verified: true,
      signer: IDENTITY,
      issuer: ISSUER
    })
  })

  test('the same attestation re-pointed at another digest does not count', () => {
    const other = `sha256:${'1'.repeat(64)}`
    const verdict = evaluateDigest(other, [provenance], policy(), customRoot, signedAt)
    expect(verdict.verified).toBe(false)
    expect(verdict.findings[0]?.reason).toContain('no subject of the signed statement')
  })

  test('wrong identity, wrong issuer, identity prefix as exact all fail', () => {
    for (const identities of [
      [
        {
          identity: {
            exact: 'https://github.com/acme/app/.github/workflows/x.yml@refs/heads/main'
          },
          issuer: { exact: ISSUER }
        }
      ],
      [{ identity: { exact: IDENTITY }, issuer: { exact: 'https://accounts.google.com' } }],
      [{ identity: { exact: IDENTITY.slice(0, 40) }, issuer: { exact: ISSUER } }]
    ]) {
      const verdict = evaluateDigest(
        provenanceDigest,
        [provenance],
        policy({ identities }),
        customRoot,
        signedAt
      )
      expect(verdict.verified).toBe(false)
      expect(verdict.findings[0]?.reason).toMatch(/does not match/)
    }
  })

  test('GitHub claims from the certificate must match exactly', () => {
    const bundle = JSON.parse(read('happy-path-v0.3', 'bundle.sigstore.json').toString())
    const root = embeddedPublicGoodRoot().root
    const digest = sha256(read('a.txt'))
    const claims = {
      sourceRepositoryURI:
        'https://github.com/sigstore-conformance/extremely-dangerous-public-oidc-beacon',
      sourceRepositoryRef: 'refs/heads/main',
      runnerEnvironment: 'github-hosted',
      buildTrigger: 'workflow_dispatch'
    }
    const identities = [
      {
        identity: { regexp: 'https://github\\.com/sigstore-conformance/.*' },
        issuer: { exact: ISSUER },
        claims
      }
    ]
    const candidate = { origin: 'x', bundle }
    expect(evaluateDigest(digest, [candidate], policy({ identities }), root).verified).toBe(true)
    const wrong = [
      { ...identities[0]!, claims: { ...claims, sourceRepositoryRef: 'refs/heads/dev' } }
    ]
    const verdict = evaluateDigest(digest, [candidate], policy({ identities: wrong }), root)
    expect(verdict.verified).toBe(false)
    expect(verdict.findings[0]?.reason).toContain(
      'claim sourceRepositoryRef (1.3.6.1.4.1.57264.1.14) is "refs/heads/main"'
    )
  })

  test('required SBOM missing, and max-age exceeded, are failures', () => {
    const noSbom = evaluateDigest(
      provenanceDigest,
      [provenance],
      policy({}, { sbom: true }),
      customRoot,
      signedAt
    )
    expect(noSbom.failures).toEqual(['no valid SBOM attestation (CycloneDX or SPDX)'])
    const old = evaluateDigest(
      provenanceDigest,
      [provenance],
      policy({}, { maxAge: 86400 }),
      customRoot,
      new Date('2026-01-01T00:00:00Z')
    )
    expect(old.verified).toBe(false)
    expect(old.findings[0]?.reason).toContain('older than max-age')
  })

  // The log's time is what max-age measures: a time ahead of our clock (beyond the allowed
  // skew) comes from a faulty or dishonest log and would make any signature look new.
  test('a signing time in the future is refused, with or without max-age', () => {
    const signed = evaluateDigest(provenanceDigest, [provenance], policy(), customRoot, signedAt)
    const time = new Date(signed.findings[0]?.signedAt as string)
    for (const requirements of [{}, { maxAge: 86400 }]) {
      const early = evaluateDigest(
        provenanceDigest,
        [provenance],
        policy({}, requirements),
        customRoot,
        new Date(time.getTime() - 61_000)
      )
      expect(early.verified).toBe(false)
      expect(early.findings[0]?.reason).toMatch(/signing time .* lies in the future .*skew 60 s/)
      const withinSkew = evaluateDigest(
        provenanceDigest,
        [provenance],
        policy({}, requirements),
        customRoot,
        new Date(time.getTime() - 59_000)
      )
      expect(withinSkew.verified).toBe(true)
    }
  })

  test('nothing found is not verified', () => {
    const verdict = evaluateDigest(provenanceDigest, [], policy(), customRoot)
    expect(verdict.failures).toEqual(['no signatures or attestations found'])
  })

  test('a message signature is checked against the digest itself', () => {
    const bundle = JSON.parse(read('happy-path-v0.3', 'bundle.sigstore.json').toString())
    const root = embeddedPublicGoodRoot().root
    const digest = sha256(read('a.txt'))
    expect(evaluateDigest(digest, [{ origin: 'x', bundle }], policy(), root).verified).toBe(true)
    expect(
      evaluateDigest(`sha256:${'2'.repeat(64)}`, [{ origin: 'x', bundle }], policy(), root).verified
    ).toBe(false)
  })

  test('a keyless bundle is not accepted by a key-only policy', () => {
    const verdict = evaluateDigest(
      provenanceDigest,
      [provenance],
      policy({
        identities: [],
        keyPem: readFileSync(
          join(BUNDLE_VERIFY_VECTORS, 'managed-key-and-trusted-root', 'key.pub'),
          'utf8'
        )
      }),
      customRoot
    )
    expect(verdict.findings[0]?.reason).toBe('signed keyless, but the policy trusts only a key')
  })
})

;(existsSync(BUNDLE_VERIFY_VECTORS) ? describe : describe.skip)('cosign legacy layers', () => {
  // The v0.1 happy path re-expressed as a legacy .sig layer: same signature,
  // certificate and Rekor entry, carried in annotations.
  const v01 = JSON.parse(read('happy-path-v0.1', 'bundle.sigstore.json').toString())
  const entry = v01.verificationMaterial.tlogEntries[0]
  const der = Buffer.from(
    v01.verificationMaterial.x509CertificateChain.certificates[0].rawBytes,
    'base64'
  )
  const pem = `-----BEGIN CERTIFICATE-----\n${der.toString('base64').replace(/(.{64})/g, '$1\n')}\n-----END CERTIFICATE-----\n`
  const annotations = {
    'dev.cosignproject.cosign/signature': v01.messageSignature.signature,
    'dev.sigstore.cosign/certificate': pem,
    'dev.sigstore.cosign/bundle': JSON.stringify({
      SignedEntryTimestamp: entry.inclusionPromise.signedEntryTimestamp,
      Payload: {
        body: entry.canonicalizedBody,
        integratedTime: Number(entry.integratedTime),
        logIndex: Number(entry.logIndex),
        logID: Buffer.from(entry.logId.keyId, 'base64').toString('hex')
      }
    })
  }
  const payload = read('a.txt')
  const root = embeddedPublicGoodRoot().root

  test('a legacy layer verifies through the same path as a bundle', () => {
    const bundle = parseBundle(
      bundleFromLegacyLayer(SIMPLE_SIGNING_MEDIA_TYPE, annotations, payload)
    )
    const result = verifyBundle(bundle, {
      root,
      signer: { identity: { identity: { exact: IDENTITY }, issuer: { exact: ISSUER } } },
      artifact: { bytes: payload }
    })
    expect(result.timestamps).toHaveLength(1)
  })

  test('a tampered layer or a payload that does not name the digest is rejected', () => {
    const candidate = {
      origin: 'sha256-x.sig layer 0',
      bundle: bundleFromLegacyLayer(SIMPLE_SIGNING_MEDIA_TYPE, annotations, payload),
      simpleSigningPayload: payload
    }
    const verdict = evaluateDigest(`sha256:${'3'.repeat(64)}`, [candidate], policy(), root)
    expect(verdict.findings[0]?.reason).toBe('the simple-signing payload is not JSON')
    const tampered = { ...candidate, simpleSigningPayload: Buffer.from('{}') }
    expect(
      evaluateDigest(`sha256:${'3'.repeat(64)}`, [tampered], policy(), root).findings[0]?.reason
    ).toContain("message digest is not the artifact's digest")
  })
})
