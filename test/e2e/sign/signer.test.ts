import { generateKeyPairSync } from 'node:crypto'
import type { SigstoreConfig } from '../../../src/config'
import { RetryBudget } from '../../../src/network/retry'
import {
  BundleSigner,
  LocalVerifier,
  identityFromClaims,
  identityTokenSource,
  imageStatement,
  loadSigningKey,
  selectServices,
  signatureStatement,
  simpleSigningPayload,
  tokenClaims,
  type SignedBundle
} from '../../../src/sign'
import { createScenario, scenarioRequests } from '../../stack/sigstore'
import { stackInfo } from '../../support/stack'

const DIGEST = `sha256:${'c3'.repeat(32)}`
const OTHER = `sha256:${'d4'.repeat(32)}`

function actionsEnv() {
  const { sigstore } = stackInfo()
  return {
    ACTIONS_ID_TOKEN_REQUEST_URL: sigstore.oidcURL,
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: sigstore.oidcRequestToken
  }
}

async function keylessSetup(overrides: Partial<SigstoreConfig> = {}) {
  const { sigstore } = stackInfo()
  const services = await selectServices({
    instance: 'custom',
    fulcioURL: sigstore.fulcioURL,
    rekorURL: sigstore.rekorURL,
    tsaURL: sigstore.tsaURL,
    trustedRoot: sigstore.trustedRootPath,
    tlogUpload: true,
    offline: false,
    ...overrides
  })
  const tokens = identityTokenSource(actionsEnv())
  const identity = identityFromClaims(tokenClaims(await tokens.getToken()))
  return { services, tokens, identity }
}

describe('identity', () => {
  test('without id-token permission it fails at once, saying what to add', () => {
    expect(() => identityTokenSource({})).toThrow(/ACTIONS_ID_TOKEN_REQUEST_URL is not set/)
    try {
      identityTokenSource({})
    } catch (error) {
      expect((error as { hint: string }).hint).toMatch(/permissions: id-token: write/)
      expect((error as { code: string }).code).toBe('IDENTITY_UNAVAILABLE')
    }
  })

  test('the Actions token names the workflow as Fulcio will', async () => {
    const { identity } = await keylessSetup()
    expect(identity).toEqual({
      subjectAlternativeName: stackInfo().sigstore.identity,
      issuer: stackInfo().sigstore.issuer
    })
  })

  test('a wrong request token is reported, not retried forever', async () => {
    const tokens = identityTokenSource({ ...actionsEnv(), ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'nope' })
    await expect(tokens.getToken()).rejects.toThrow(/could not get an OIDC token: HTTP 401/)
  })

  test('SIGSTORE_ID_TOKEN wins over the Actions variables', async () => {
    const tokens = identityTokenSource({ SIGSTORE_ID_TOKEN: 'a.b.c' })
    await expect(tokens.getToken()).resolves.toBe('a.b.c')
  })
})

describe('BundleSigner + LocalVerifier on the local stack', () => {
  test('keyless: signature and SBOM statements share one certificate and verify', async () => {
    const { sigstore } = stackInfo()
    const scenario = await createScenario(sigstore)
    const { services, tokens, identity } = await keylessSetup({
      fulcioURL: scenario.fulcioURL,
      rekorURL: scenario.rekorURL,
      tsaURL: scenario.tsaURL
    })
    const signer = new BundleSigner({ services, tokens })
    const verifier = new LocalVerifier(services)
    const signature = await signer.signStatement(signatureStatement(DIGEST), 'image signature')
    const sbom = await signer.signStatement(
      imageStatement('r/acme/app', DIGEST, 'https://cyclonedx.org/bom', { bomFormat: 'CycloneDX' }),
      'SBOM attestation'
    )
    expect(verifier.check(signature, { digest: DIGEST, identity }, 'sig')).toEqual(identity)
    verifier.check(
      sbom,
      { digest: DIGEST, identity, predicateType: 'https://cyclonedx.org/bom' },
      'sbom'
    )
    expect(signature.bundle.verificationMaterial.certificate?.rawBytes).toBe(
      sbom.bundle.verificationMaterial.certificate?.rawBytes
    )
    const requests = await scenarioRequests(sigstore, scenario.id)
    expect(requests).toMatchObject({ fulcio: 1, rekor: 2, tsa: 2 })
  })

  test('the subject digest, predicate type and identity are checked beyond the library', async () => {
    const { services, tokens, identity } = await keylessSetup()
    const signer = new BundleSigner({ services, tokens })
    const verifier = new LocalVerifier(services)
    const signed = await signer.signStatement(signatureStatement(DIGEST), 'image signature')
    expect(() => verifier.check(signed, { digest: OTHER }, 'image signature')).toThrow(
      /the new image signature bundle does not verify: its subject is not sha256:d4/
    )
    expect(() =>
      verifier.check(signed, { digest: DIGEST, predicateType: 'https://cyclonedx.org/bom' }, 'x')
    ).toThrow(/predicate type/)
    expect(() =>
      verifier.check(
        signed,
        { digest: DIGEST, identity: { ...identity, subjectAlternativeName: 'https://evil' } },
        'x'
      )
    ).toThrow(/expected https:\/\/evil/)
  })

  test('a bundle from an instance outside the trusted root fails local verification', async () => {
    const { services, tokens } = await keylessSetup()
    const signed = await new BundleSigner({ services, tokens }).signStatement(
      signatureStatement(DIGEST),
      'image signature'
    )
    const root = services.trustedRoot
    if (!root) throw new Error('expected a trusted root')
    const foreign = new LocalVerifier({
      ...services,
      trustedRoot: { ...root, certificateAuthorities: [] }
    })
    expect(() => foreign.check(signed, { digest: DIGEST }, 'image signature')).toThrow(
      /does not verify/
    )
  })

  test('without a trusted root (GitHub instance): the signature is checked against its certificate', async () => {
    const { services, tokens, identity } = await keylessSetup()
    const signed = await new BundleSigner({ services, tokens }).signStatement(
      signatureStatement(DIGEST),
      'image signature'
    )
    const partial = new LocalVerifier({ ...services, trustedRoot: undefined })
    expect(partial.complete).toBe(false)
    expect(partial.check(signed, { digest: DIGEST, identity }, 'sig')?.subjectAlternativeName).toBe(
      identity.subjectAlternativeName
    )
    const other = await new BundleSigner({ services, tokens }).signStatement(
      signatureStatement(OTHER),
      'image signature'
    )
    const swapped = JSON.parse(JSON.stringify(signed)) as typeof signed
    swapped.bundle.verificationMaterial.certificate = other.bundle.verificationMaterial.certificate
    swapped.payload = signed.payload
    expect(() => partial.check(swapped, { digest: DIGEST }, 'sig')).toThrow(
      /signature does not match the certificate/
    )
  })

  test('keyless message signature over the simple-signing payload (hashedrekord)', async () => {
    const { services, tokens, identity } = await keylessSetup()
    const payload = simpleSigningPayload('r/acme/app', DIGEST)
    const signed = await new BundleSigner({ services, tokens }).signMessage(payload, 'signature')
    expect(signed.bundle.verificationMaterial.tlogEntries[0]?.kindVersion?.kind).toBe(
      'hashedrekord'
    )
    new LocalVerifier(services).check(signed, { digest: DIGEST, identity }, 'signature')
    expect(() => new LocalVerifier(services).check(signed, { digest: OTHER }, 'signature')).toThrow(
      /it signs sha256:c3/
    )
  })

  test('key-based: with the log, and offline without it; bundles carry the key hint', async () => {
    const pem = generateKeyPairSync('ec', { namedCurve: 'P-256' })
      .privateKey.export({ format: 'pem', type: 'pkcs8' })
      .toString()
    const key = loadSigningKey(pem)
    const { sigstore } = stackInfo()
    for (const tlogUpload of [true, false]) {
      const services = await selectServices({
        instance: 'custom',
        rekorURL: sigstore.rekorURL,
        trustedRoot: sigstore.trustedRootPath,
        key: pem,
        tlogUpload,
        offline: false
      })
      const signed: SignedBundle = await new BundleSigner({ services, key }).signStatement(
        signatureStatement(DIGEST),
        'image signature'
      )
      expect(signed.bundle.verificationMaterial.publicKey?.hint).toBe(key.hint)
      expect(signed.bundle.verificationMaterial.tlogEntries ?? []).toHaveLength(tlogUpload ? 1 : 0)
      new LocalVerifier(services, key).check(signed, { digest: DIGEST }, 'image signature')
      const otherKey = loadSigningKey(
        generateKeyPairSync('ec', { namedCurve: 'P-256' })
          .privateKey.export({ format: 'pem', type: 'pkcs8' })
          .toString()
      )
      expect(() =>
        new LocalVerifier(services, otherKey).check(signed, { digest: DIGEST }, 'image signature')
      ).toThrow(/does not verify/)
    }
  })

  test('Fulcio failing for good is SIGNING_FAILED naming Fulcio', async () => {
    const { sigstore } = stackInfo()
    // Down for longer than the run's retry budget (2 s here) lets retries cover.
    const scenario = await createScenario(sigstore, {
      fulcio: [{ status: 503, forMs: 60_000 }]
    })
    const { services, tokens } = await keylessSetup({ fulcioURL: scenario.fulcioURL })
    await expect(
      new BundleSigner({ services, tokens, retryBudget: new RetryBudget(2000) }).signStatement(
        signatureStatement(DIGEST),
        'image signature'
      )
    ).rejects.toThrow(
      /signing the image signature failed at Fulcio \(http:\/\/127\.0\.0\.1:\d+\/scenario\/[0-9a-f]+\)/
    )
  }, 30_000)
})
