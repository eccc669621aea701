import { createHash } from 'node:crypto'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { mintToken } from '../stack/sigstore'
import { runConformance } from '../support/run-action'
import { stackInfo } from '../support/stack'

describe('conformance sign-bundle against the local Sigstore stack', () => {
  const sigstore = stackInfo().sigstore
  const dir = mkdtempSync(join(tmpdir(), 'sign-bundle-'))
  const signingConfig = join(dir, 'signing_config.json')
  writeFileSync(
    signingConfig,
    JSON.stringify({
      mediaType: 'application/vnd.dev.sigstore.signingconfig.v0.2+json',
      caUrls: [
        { url: sigstore.fulcioURL, majorApiVersion: 1, validFor: { start: '2020-01-01T00:00:00Z' } }
      ],
      rekorTlogUrls: [
        { url: sigstore.rekorURL, majorApiVersion: 1, validFor: { start: '2020-01-01T00:00:00Z' } }
      ],
      rekorTlogConfig: { selector: 'ANY' },
      tsaUrls: [
        { url: sigstore.tsaURL, majorApiVersion: 1, validFor: { start: '2020-01-01T00:00:00Z' } }
      ],
      tsaConfig: { selector: 'ANY' }
    })
  )
  const artifact = join(dir, 'artifact.txt')
  writeFileSync(artifact, 'signed by the conformance adapter\n')
  const verify = (bundle: string, file: string, identity = sigstore.identity) =>
    runConformance([
      'verify-bundle',
      '--bundle',
      bundle,
      '--certificate-identity',
      identity,
      '--certificate-oidc-issuer',
      sigstore.issuer,
      '--trusted-root',
      sigstore.trustedRootPath,
      file
    ])
  /** sign-bundle with a fresh token, trusting the stack's root; `flags` go first. */
  const sign = async (bundle: string, file: string, ...flags: string[]) =>
    runConformance([
      'sign-bundle',
      ...flags,
      '--identity-token',
      await mintToken(sigstore, {}),
      '--bundle',
      bundle,
      '--trusted-root',
      sigstore.trustedRootPath,
      '--signing-config',
      signingConfig,
      file
    ])

  test('a message signature: signed, then verified by file and by digest', async () => {
    const bundle = join(dir, 'message.sigstore.json')
    const signed = await sign(bundle, artifact)
    expect(signed).toEqual({ exitCode: 0, stdout: '', stderr: '' })
    const json = JSON.parse(readFileSync(bundle, 'utf8'))
    expect(json.messageSignature).toBeDefined()
    expect(json.verificationMaterial.tlogEntries).toHaveLength(1)
    expect(json.verificationMaterial.timestampVerificationData.rfc3161Timestamps).toHaveLength(1)
    expect((await verify(bundle, artifact)).exitCode).toBe(0)
    const digest = `sha256:${createHash('sha256').update(readFileSync(artifact)).digest('hex')}`
    expect((await verify(bundle, digest)).exitCode).toBe(0)
    const wrong = await verify(bundle, artifact, `${sigstore.identity}-evil`)
    expect(wrong.exitCode).toBe(1)
  })

  test('an in-toto statement: signed as DSSE, verified against its subject', async () => {
    const subject = readFileSync(artifact)
    const statement = join(dir, 'statement.json')
    writeFileSync(
      statement,
      JSON.stringify({
        _type: 'https://in-toto.io/Statement/v1',
        subject: [
          {
            name: 'artifact.txt',
            digest: { sha256: createHash('sha256').update(subject).digest('hex') }
          }
        ],
        predicateType: 'https://example.com/predicate/v1',
        predicate: {}
      })
    )
    const bundle = join(dir, 'dsse.sigstore.json')
    const signed = await sign(bundle, statement, '--in-toto')
    expect(signed).toEqual({ exitCode: 0, stdout: '', stderr: '' })
    expect(JSON.parse(readFileSync(bundle, 'utf8')).dsseEnvelope).toBeDefined()
    expect((await verify(bundle, artifact)).exitCode).toBe(0)
    expect((await verify(bundle, statement)).exitCode).toBe(1)
  })

  test('signing fails cleanly when the trusted root is not the signing instance', async () => {
    const token = await mintToken(sigstore, {})
    const bundle = join(dir, 'untrusted.sigstore.json')
    const run = await runConformance([
      'sign-bundle',
      '--identity-token',
      token,
      '--bundle',
      bundle,
      '--signing-config',
      signingConfig,
      artifact
    ])
    expect(run.exitCode).toBe(1)
    expect(run.stderr).toMatch(/^error: /m)
  })
})
