import { generateKeyPairSync } from 'node:crypto'
import { readFileSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { BundleSigner, loadSigningKey } from '../../../src/sign'
import { embeddedPublicGoodRoot } from '../../../src/verify'
import { runAction, runCli, verifyInputs } from '../../support/run-action'
import { stackInfo } from '../../support/stack'
import { attachReferrer, attestSbom, pushImage, pushIndex, signImage, stackSigner } from './images'

const stack = stackInfo()
const host = stack.registry.host
const { identity, issuer, trustedRootPath } = stack.sigstore
const signer = stackSigner(stack.sigstore)

interface Report {
  verified: boolean
  images: {
    image: string
    verified: boolean
    digest?: string
    errors: string[]
    platforms: {
      platform?: string
      verified: boolean
      failures: string[]
      findings: { reason?: string; kind?: string; verified: boolean }[]
    }[]
  }[]
}
const reportOf = (path: string | undefined) =>
  JSON.parse(readFileSync(path ?? '', 'utf8')) as Report

describe('verify mode through dist/index.js', () => {
  let signed: { ref: string; digest: string; size: number }
  let unsignedImage: { ref: string; digest: string; size: number }
  let signatureOnly: { ref: string; digest: string; size: number }

  beforeAll(async () => {
    signed = await pushImage(host, 'verify/signed', 'v1')
    await attachReferrer(
      signed.ref,
      signed.digest,
      signed.size,
      await signImage(signer, signed.digest)
    )
    await attachReferrer(
      signed.ref,
      signed.digest,
      signed.size,
      await attestSbom(signer, `${host}/verify/signed`, signed.digest)
    )
    unsignedImage = await pushImage(host, 'verify/unsigned', 'v1')
    signatureOnly = await pushImage(host, 'verify/signature-only', 'v1')
    await attachReferrer(
      signatureOnly.ref,
      signatureOnly.digest,
      signatureOnly.size,
      await signImage(signer, signatureOnly.digest)
    )
  })

  test('accepts an image signed by the expected identity, with its SBOM', async () => {
    const run = await runAction(
      verifyInputs(stack.sigstore, signed.ref, { 'require-sbom': 'true' })
    )
    expect(run.errors).toEqual([])
    expect(run.exitCode).toBe(0)
    expect(run.outputs.verified).toBe('true')
    const report = reportOf(run.outputs['report-path'])
    expect(report.images[0]?.digest).toBe(signed.digest)
    expect(report.images[0]?.platforms[0]?.findings.map(f => f.kind).sort()).toEqual([
      'sbom',
      'signature'
    ])
    expect(run.summary).toContain('✅ verified')
  })

  test('rejects the wrong identity', async () => {
    const run = await runAction(
      verifyInputs(stack.sigstore, signed.ref, {
        'certificate-identity':
          'https://github.com/acme/other/.github/workflows/release.yml@refs/heads/main'
      })
    )
    expect(run.exitCode).toBe(1)
    expect(run.outputs.verified).toBe('false')
    expect(run.errors.join('\n')).toContain('does not match')
  })

  test('rejects the wrong issuer', async () => {
    const run = await runAction(
      verifyInputs(stack.sigstore, signed.ref, {
        'certificate-oidc-issuer': 'https://accounts.google.com'
      })
    )
    expect(run.outputs.verified).toBe('false')
    expect(run.errors.join('\n')).toContain('OIDC issuer')
  })

  test('rejects a prefix of the identity given as the exact identity', async () => {
    const prefix = identity.replace(/@refs\/heads\/main$/, '')
    expect(prefix).not.toBe(identity)
    const run = await runAction(
      verifyInputs(stack.sigstore, signed.ref, { 'certificate-identity': prefix })
    )
    expect(run.outputs.verified).toBe('false')
  })

  test('accepts an anchored identity regexp, warns about an unanchored one', async () => {
    const anchored = await runAction(
      verifyInputs(stack.sigstore, signed.ref, {
        'certificate-identity': '',
        'certificate-identity-regexp': '^https://github\\.com/acme/app/.*$'
      })
    )
    expect(anchored.outputs.verified).toBe('true')
    expect(anchored.warnings).toEqual([])
    const unanchored = await runAction(
      verifyInputs(stack.sigstore, signed.ref, {
        'certificate-identity': '',
        'certificate-identity-regexp': 'https://github\\.com/acme/ap'
      })
    )
    expect(unanchored.outputs.verified).toBe('false')
    expect(unanchored.warnings.join('\n')).toContain('not anchored')
  })

  test('rejects an unsigned image', async () => {
    const run = await runAction(verifyInputs(stack.sigstore, unsignedImage.ref))
    expect(run.outputs.verified).toBe('false')
    expect(run.errors.join('\n')).toContain('no signatures or attestations found')
  })

  test('rejects a missing required SBOM', async () => {
    expect(
      (await runAction(verifyInputs(stack.sigstore, signatureOnly.ref))).outputs.verified
    ).toBe('true')
    const run = await runAction(
      verifyInputs(stack.sigstore, signatureOnly.ref, { 'require-sbom': 'true' })
    )
    expect(run.outputs.verified).toBe('false')
    expect(run.errors.join('\n')).toContain('no valid SBOM attestation')
  })

  test('an SBOM attestation whose predicate is not an SBOM does not count', async () => {
    const image = await pushImage(host, 'verify/bad-sbom', 'v1')
    await attachReferrer(image.ref, image.digest, image.size, await signImage(signer, image.digest))
    const junk = await attestSbom(signer, `${host}/verify/bad-sbom`, image.digest, {
      hello: 'world'
    })
    await attachReferrer(image.ref, image.digest, image.size, junk)
    const run = await runAction(verifyInputs(stack.sigstore, image.ref, { 'require-sbom': 'true' }))
    expect(run.outputs.verified).toBe('false')
    const report = reportOf(run.outputs['report-path'])
    const reasons = report.images[0]?.platforms[0]?.findings.map(f => f.reason)
    expect(reasons).toContain(
      'the SBOM predicate is not a CycloneDX document (bomFormat/specVersion)'
    )
  })

  test('rejects a signature made for another digest and re-pointed as a referrer', async () => {
    const victim = await pushImage(host, 'verify/repointed', 'v1')
    // A valid signature of `signed`, attached with subject = victim.
    await attachReferrer(
      victim.ref,
      victim.digest,
      victim.size,
      await signImage(signer, signed.digest)
    )
    const run = await runAction(verifyInputs(stack.sigstore, victim.ref))
    expect(run.outputs.verified).toBe('false')
    const report = reportOf(run.outputs['report-path'])
    expect(report.images[0]?.platforms[0]?.findings[0]?.reason).toContain(
      'no subject of the signed statement'
    )
  })

  test('rejects a certificate chaining to a CA the trust root does not hold', async () => {
    // The stack's own root with its CA swapped for the public-good Fulcio CA: logs and the
    // TSA are still trusted, the certificate's issuer is not.
    const root = JSON.parse(readFileSync(trustedRootPath, 'utf8'))
    const publicGood = embeddedPublicGoodRoot().root
    const otherCA = publicGood.certificateAuthorities[1]?.certChain?.certificates ?? []
    root.certificateAuthorities[0].certChain.certificates = otherCA.map(c => ({
      rawBytes: Buffer.from(c.rawBytes).toString('base64')
    }))
    const path = join(mkdtempSync(join(tmpdir(), 'root-')), 'trusted_root.json')
    writeFileSync(path, JSON.stringify(root))
    const run = await runAction(verifyInputs(stack.sigstore, signed.ref, { 'trusted-root': path }))
    expect(run.outputs.verified).toBe('false')
    expect(run.errors.join('\n')).toContain('Failed to verify certificate chain')
    // With no trust root given, offline, the embedded public-good root is used: untrusted too.
    const offline = await runAction(
      verifyInputs(stack.sigstore, signed.ref, { 'trusted-root': '', offline: 'true' })
    )
    expect(offline.outputs.verified).toBe('false')
  })

  test('rejects a certificate without any timestamp (its expiry cannot be ruled out)', async () => {
    const image = await pushImage(host, 'verify/no-timestamp', 'v1')
    const untimed = stackSigner(stack.sigstore, { log: false, timestamp: false })
    await attachReferrer(
      image.ref,
      image.digest,
      image.size,
      await signImage(untimed, image.digest)
    )
    const run = await runAction(verifyInputs(stack.sigstore, image.ref))
    expect(run.outputs.verified).toBe('false')
    expect(run.errors.join('\n')).toContain('timestamps')
  })

  test('fail-on never reports without failing the step', async () => {
    const run = await runAction(
      verifyInputs(stack.sigstore, unsignedImage.ref, { 'fail-on': 'never' })
    )
    expect(run.exitCode).toBe(0)
    expect(run.outputs.verified).toBe('false')
    expect(run.errors).toEqual([])
    expect(run.warnings.join('\n')).toContain('no signatures')
  })

  test('an index is checked per platform; its own signature covers each platform', async () => {
    const index = await pushIndex(host, 'verify/multi', 'v1')
    const indexSize = Buffer.byteLength(JSON.stringify({}))
    await attachReferrer(index.ref, index.digest, indexSize, await signImage(signer, index.digest))
    await attachReferrer(
      index.ref,
      index.amd64.digest,
      index.amd64.size,
      await attestSbom(signer, `${host}/verify/multi`, index.amd64.digest)
    )
    const all = await runAction(verifyInputs(stack.sigstore, index.ref, { 'require-sbom': 'true' }))
    expect(all.outputs.verified).toBe('false')
    const report = reportOf(all.outputs['report-path'])
    expect(report.images[0]?.platforms.map(p => [p.platform, p.verified])).toEqual([
      ['linux/amd64', true],
      ['linux/arm64', false]
    ])
    const amd64 = await runAction(
      verifyInputs(stack.sigstore, index.ref, { 'require-sbom': 'true', platforms: 'linux/amd64' })
    )
    expect(amd64.outputs.verified).toBe('true')
  })
})

describe('key-based signatures', () => {
  test('verified with the public key; keyless identity inputs do not accept them', async () => {
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' })
    const dir = mkdtempSync(join(tmpdir(), 'key-'))
    const pub = join(dir, 'cosign.pub')
    writeFileSync(pub, publicKey.export({ type: 'spki', format: 'pem' }))
    const keySigner = new BundleSigner({
      services: {
        name: 'custom',
        source: 'the local stack',
        tlogs: [{ url: stack.sigstore.rekorURL, majorApiVersion: 1 }],
        tsaURLs: []
      },
      key: loadSigningKey(privateKey.export({ type: 'pkcs8', format: 'pem' }).toString())
    })
    const image = await pushImage(host, 'verify/keyed', 'v1')
    await attachReferrer(
      image.ref,
      image.digest,
      image.size,
      await signImage(keySigner, image.digest)
    )
    const keyed = await runAction({
      mode: 'verify',
      images: image.ref,
      key: pub,
      'trusted-root': trustedRootPath
    })
    expect(keyed.errors).toEqual([])
    expect(keyed.outputs.verified).toBe('true')
    const other = join(dir, 'other.pub')
    writeFileSync(
      other,
      generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey.export({
        type: 'spki',
        format: 'pem'
      })
    )
    const wrongKey = await runAction({
      mode: 'verify',
      images: image.ref,
      key: other,
      'trusted-root': trustedRootPath
    })
    expect(wrongKey.outputs.verified).toBe('false')
    const keyless = await runAction(verifyInputs(stack.sigstore, image.ref))
    expect(keyless.outputs.verified).toBe('false')
    expect(keyless.errors.join('\n')).toContain('signed with a key, but the policy trusts no key')
  })
})

describe('verify mode on Dockerfiles', () => {
  test('ARG defaults, stages, scratch and --platform; the unsigned FROM line is annotated', async () => {
    const base = await pushImage(host, 'verify/base', 'v1')
    await attachReferrer(base.ref, base.digest, base.size, await signImage(signer, base.digest))
    const tools = await pushImage(host, 'verify/tools', 'v1')
    const dir = mkdtempSync(join(tmpdir(), 'dockerfile-'))
    const dockerfile = join(dir, 'Dockerfile')
    writeFileSync(
      dockerfile,
      [
        `ARG REGISTRY=${host}`,
        'ARG BASE=${REGISTRY}/verify/base:v1',
        'FROM ${BASE} AS build',
        'RUN true',
        'FROM build AS test',
        'FROM scratch AS empty',
        `FROM --platform=linux/amd64 ${host}/verify/tools:v1`,
        'COPY --from=build / /'
      ].join('\n')
    )
    const run = await runAction(
      {
        mode: 'verify',
        dockerfile,
        'certificate-identity': identity,
        'certificate-oidc-issuer': issuer,
        'trusted-root': trustedRootPath
      },
      { GITHUB_WORKSPACE: dir }
    )
    expect(run.outputs.verified).toBe('false')
    const report = reportOf(run.outputs['report-path'])
    expect(report.images.map(i => [i.image, i.verified])).toEqual([
      [`${host}/verify/base:v1`, true],
      [`${host}/verify/tools:v1`, false]
    ])
    expect(report.images[1]?.digest).toBe(tools.digest)
    expect(run.stdout).toMatch(/::error file=Dockerfile,line=7::/)

    // The CLI takes the Dockerfile alone and points at the same line.
    const cli = await runCli(
      [
        'verify',
        '--dockerfile',
        dockerfile,
        '--certificate-identity',
        identity,
        '--certificate-oidc-issuer',
        issuer,
        '--trusted-root',
        trustedRootPath
      ],
      { RUNNER_TEMP: dir }
    )
    expect(cli.exitCode).toBe(1)
    expect(cli.stderr).toContain(`error: ${dockerfile}:7: ${host}/verify/tools:v1`)
  })
})

describe('the CLI verify command', () => {
  test('exit 0 when verified, 1 when not, with the same options', async () => {
    const image = await pushImage(host, 'verify/cli', 'v1')
    await attachReferrer(image.ref, image.digest, image.size, await signImage(signer, image.digest))
    const args = [
      'verify',
      image.ref,
      '--certificate-identity',
      identity,
      '--certificate-oidc-issuer',
      issuer,
      '--trusted-root',
      trustedRootPath
    ]
    // The report goes to RUNNER_TEMP, else the working directory.
    const env = { RUNNER_TEMP: mkdtempSync(join(tmpdir(), 'cli-')) }
    const ok = await runCli(args, env)
    expect(ok.exitCode).toBe(0)
    expect(JSON.parse(ok.stdout).verified).toBe('true')
    expect(JSON.parse(ok.stdout)['report-path']).toContain(env.RUNNER_TEMP)
    const bad = await runCli([...args, '--require-sbom'], env)
    expect(bad.exitCode).toBe(1)
    expect(bad.stderr).toContain('no valid SBOM attestation')
  })
})
