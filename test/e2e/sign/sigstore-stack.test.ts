import { readFileSync } from 'node:fs'
import { bundleFromJSON, bundleToJSON, type SerializedBundle } from '@sigstore/bundle'
import { TrustedRoot } from '@sigstore/protobuf-specs'
import { DSSEBundleBuilder, FulcioSigner, RekorWitness, TSAWitness } from '@sigstore/sign'
import { Verifier, toSignedEntity, toTrustMaterial } from '@sigstore/verify'
import { stackInfo } from '../../support/stack'
import { createScenario, mintToken, scenarioRequests } from '../../stack/sigstore'

const STATEMENT = Buffer.from(
  JSON.stringify({
    _type: 'https://in-toto.io/Statement/v1',
    subject: [{ digest: { sha256: 'ab'.repeat(32) } }],
    predicateType: 'https://sigstore.dev/cosign/sign/v1',
    predicate: {}
  })
)
const PAYLOAD_TYPE = 'application/vnd.in-toto+json'

async function requestToken(oidcURL: string, requestToken: string): Promise<string> {
  const url = new URL(oidcURL)
  url.searchParams.set('audience', 'sigstore')
  const response = await fetch(url, { headers: { authorization: `bearer ${requestToken}` } })
  expect(response.status).toBe(200)
  return ((await response.json()) as { value: string }).value
}

async function signThrough(urls: { fulcioURL: string; rekorURL: string; tsaURL: string }) {
  const { sigstore } = stackInfo()
  const token = await requestToken(sigstore.oidcURL, sigstore.oidcRequestToken)
  const builder = new DSSEBundleBuilder({
    signer: new FulcioSigner({
      fulcioBaseURL: urls.fulcioURL,
      identityProvider: { getToken: async () => token },
      retry: 2
    }),
    witnesses: [
      new RekorWitness({ rekorBaseURL: urls.rekorURL, fetchOnConflict: true, retry: 2 }),
      new TSAWitness({ tsaBaseURL: urls.tsaURL, retry: 2 })
    ]
  })
  return bundleToJSON(await builder.create({ data: STATEMENT, type: PAYLOAD_TYPE }))
}

function verifier(tlogThreshold = 1) {
  const root = TrustedRoot.fromJSON(
    JSON.parse(readFileSync(stackInfo().sigstore.trustedRootPath, 'utf8'))
  )
  return new Verifier(toTrustMaterial(root), { tlogThreshold, timestampThreshold: 1 })
}

function verify(bundle: SerializedBundle) {
  const { sigstore } = stackInfo()
  return verifier().verify(toSignedEntity(bundleFromJSON(bundle)), {
    subjectAlternativeName: sigstore.identity,
    extensions: { issuer: sigstore.issuer }
  })
}

describe('local Sigstore stack', () => {
  test('a DSSE bundle signed through Fulcio, Rekor and the TSA verifies against the trusted root', async () => {
    const { sigstore } = stackInfo()
    const bundle = await signThrough(sigstore)
    expect(bundle.mediaType).toBe('application/vnd.dev.sigstore.bundle.v0.3+json')
    expect(bundle.verificationMaterial.tlogEntries[0]?.kindVersion).toEqual({
      kind: 'dsse',
      version: '0.0.1'
    })
    expect(bundle.verificationMaterial.timestampVerificationData?.rfc3161Timestamps).toHaveLength(1)
    const signer = verify(bundle)
    expect(signer.identity?.subjectAlternativeName).toBe(
      'https://github.com/acme/app/.github/workflows/release.yml@refs/heads/main'
    )
    expect(signer.identity?.extensions?.issuer).toBe('https://token.actions.githubusercontent.com')
  })

  test('a tampered payload, a foreign identity and a foreign trust root all fail', async () => {
    const { sigstore } = stackInfo()
    const bundle = await signThrough(sigstore)
    const envelope = bundle.dsseEnvelope
    if (!envelope) throw new Error('expected a DSSE envelope')
    const tampered: SerializedBundle = {
      ...bundle,
      dsseEnvelope: {
        ...envelope,
        payload: Buffer.from(
          Buffer.from(envelope.payload, 'base64').toString().replace('abab', 'abac')
        ).toString('base64')
      }
    }
    expect(() => verify(tampered)).toThrow()
    expect(() =>
      verifier().verify(toSignedEntity(bundleFromJSON(bundle)), {
        subjectAlternativeName:
          'https://github.com/acme/other/.github/workflows/x.yml@refs/heads/main',
        extensions: { issuer: sigstore.issuer }
      })
    ).toThrow()
    const emptyRoot = toTrustMaterial(
      TrustedRoot.fromJSON({
        mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1'
      })
    )
    expect(() => new Verifier(emptyRoot).verify(toSignedEntity(bundleFromJSON(bundle)))).toThrow()
  })

  test('twenty signatures in a row verify (whole-second clock, canonical dsse entries)', async () => {
    const { sigstore } = stackInfo()
    for (let i = 0; i < 20; i++) verify(await signThrough(sigstore))
  })

  test('the OIDC endpoint wants the request token and sets the audience', async () => {
    const { sigstore } = stackInfo()
    const url = new URL(sigstore.oidcURL)
    url.searchParams.set('audience', 'sigstore')
    expect((await fetch(url)).status).toBe(401)
    expect((await fetch(url, { headers: { authorization: 'bearer wrong' } })).status).toBe(401)
    const token = await requestToken(sigstore.oidcURL, sigstore.oidcRequestToken)
    const claims = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString())
    expect(claims).toMatchObject({
      aud: 'sigstore',
      iss: 'https://token.actions.githubusercontent.com',
      sub: 'repo:acme/app:ref:refs/heads/main',
      job_workflow_ref: 'acme/app/.github/workflows/release.yml@refs/heads/main'
    })
  })

  test('Fulcio refuses a token not signed by the OIDC issuer', async () => {
    const { sigstore } = stackInfo()
    const token = await mintToken(sigstore, { repository: 'acme/other' })
    const [header, payload] = token.split('.')
    const forged = `${header}.${payload}.${Buffer.from('x').toString('base64url')}`
    const response = await fetch(`${sigstore.fulcioURL}/api/v2/signingCert`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        credentials: { oidcIdentityToken: forged },
        publicKeyRequest: { publicKey: { algorithm: 'ECDSA', content: '' }, proofOfPossession: '' }
      })
    })
    expect(response.status).toBe(401)
  })

  test('Rekor answering 503 after logging makes the retry meet 409 and fetch the entry', async () => {
    const { sigstore } = stackInfo()
    const scenario = await createScenario(sigstore, {
      rekor: [{ status: 503, afterHandling: true }],
      tsa: [{ status: 503 }]
    })
    const bundle = await signThrough({ ...sigstore, ...scenario })
    verify(bundle)
    // POST (logged, 503), POST (409), GET by UUID
    expect((await scenarioRequests(sigstore, scenario.id)).rekor).toBe(3)
    expect((await scenarioRequests(sigstore, scenario.id)).tsa).toBe(2)
  })
})
