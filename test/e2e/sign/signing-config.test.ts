import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runAction, verifyInputs } from '../../support/run-action'
import { stackInfo } from '../../support/stack'
import { pushTestImage } from '../../support/registry-images'
import { readBundle, verifyKeyless } from './verify-helpers'

const SIGN_V1 = 'https://sigstore.dev/cosign/sign/v1'
const CYCLONEDX = 'https://cyclonedx.org/bom'

/** A signing config for the local stack, as an instance would publish it (v0.2). */
function signingConfig(rekor: { url: string; majorApiVersion: number }[]): string {
  const { sigstore } = stackInfo()
  const service = (url: string, majorApiVersion: number) => ({
    url,
    majorApiVersion,
    validFor: { start: '2024-01-01T00:00:00Z' },
    operator: 'local.test'
  })
  const path = join(mkdtempSync(join(tmpdir(), 'signing-config-')), 'signing_config.json')
  writeFileSync(
    path,
    JSON.stringify({
      mediaType: 'application/vnd.dev.sigstore.signingconfig.v0.2+json',
      caUrls: [service(sigstore.fulcioURL, 1)],
      rekorTlogUrls: rekor.map(r => service(r.url, r.majorApiVersion)),
      rekorTlogConfig: { selector: 'ANY' },
      tsaUrls: [service(`${sigstore.tsaURL}/api/v1/timestamp`, 1)],
      tsaConfig: { selector: 'ANY' }
    })
  )
  return path
}

describe('sign mode with a signing config', () => {
  test('Rekor v2 (chosen over v1 by the config): sign, attach, and verify mode accepts it', async () => {
    const { registry, sigstore } = stackInfo()
    const image = await pushTestImage(registry.host, 'sign/rekor-v2')
    const reference = `${registry.host}/sign/rekor-v2@${image.digest}`
    const config = signingConfig([
      { url: sigstore.rekorURL, majorApiVersion: 1 },
      { url: sigstore.rekorV2URL, majorApiVersion: 2 }
    ])
    const run = await runAction({
      image: reference,
      'signing-config': config,
      'trusted-root': sigstore.trustedRootPath
    })
    expect(run.errors).toEqual([])
    expect(run.exitCode).toBe(0)
    // Rekor v2 has no entry API: the index is reported, no URL.
    expect(run.outputs['rekor-log-index']).toMatch(/^\d+$/)
    expect(run.outputs['rekor-entry-url']).toBeUndefined()
    for (const [path, type] of [
      [run.outputs['signature-bundle-path'], SIGN_V1],
      [run.outputs['sbom-attestation-bundle-path'], CYCLONEDX]
    ] as const) {
      const bundle = readBundle(path ?? '')
      const entry = bundle.verificationMaterial.tlogEntries[0]
      expect(entry?.kindVersion).toEqual({ kind: 'dsse', version: '0.0.2' })
      expect(entry?.inclusionPromise).toBeUndefined()
      expect(entry?.inclusionProof?.checkpoint.envelope).toContain(
        `\u2014 ${new URL(sigstore.rekorV2URL).host} `
      )
      expect(bundle.verificationMaterial.timestampVerificationData?.rfc3161Timestamps).toHaveLength(
        1
      )
      verifyKeyless(bundle, image.digest, type)
    }

    const verified = await runAction(verifyInputs(sigstore, reference, { 'require-sbom': 'true' }))
    expect(verified.errors).toEqual([])
    expect(verified.exitCode).toBe(0)
    expect(verified.outputs.verified).toBe('true')
  })

  test('Rekor v1 named by the config: entries carry a SignedEntryTimestamp and verify', async () => {
    const { registry, sigstore } = stackInfo()
    const image = await pushTestImage(registry.host, 'sign/rekor-v1-config')
    const reference = `${registry.host}/sign/rekor-v1-config@${image.digest}`
    const run = await runAction({
      image: reference,
      'signing-config': signingConfig([{ url: sigstore.rekorURL, majorApiVersion: 1 }]),
      'trusted-root': sigstore.trustedRootPath
    })
    expect(run.errors).toEqual([])
    expect(run.exitCode).toBe(0)
    expect(run.outputs['rekor-entry-url']).toContain(`${sigstore.rekorURL}/api/v1/log/entries`)
    const bundle = readBundle(run.outputs['signature-bundle-path'] ?? '')
    expect(bundle.verificationMaterial.tlogEntries[0]?.kindVersion).toEqual({
      kind: 'dsse',
      version: '0.0.1'
    })
    expect(bundle.verificationMaterial.tlogEntries[0]?.inclusionPromise).toBeDefined()
    verifyKeyless(bundle, image.digest, SIGN_V1)
    const verified = await runAction(verifyInputs(sigstore, reference, { 'require-sbom': 'true' }))
    expect(verified.exitCode).toBe(0)
    expect(verified.outputs.verified).toBe('true')
  })

  test('legacy cosign tags with Rekor v2 are an input error, and nothing is attached', async () => {
    const { registry, sigstore } = stackInfo()
    const image = await pushTestImage(registry.host, 'sign/rekor-v2-legacy')
    const run = await runAction({
      image: `${registry.host}/sign/rekor-v2-legacy@${image.digest}`,
      'attach-format': 'legacy',
      'signing-config': signingConfig([{ url: sigstore.rekorV2URL, majorApiVersion: 2 }]),
      'trusted-root': sigstore.trustedRootPath
    })
    expect(run.exitCode).not.toBe(0)
    expect(run.errors.join('\n')).toMatch(
      /input "attach-format": "legacy" writes cosign's legacy .sig\/.att tags, whose layers must carry a Rekor SignedEntryTimestamp; Rekor v2 .* issues none\. Use attach-format "bundle" with Rekor v2/
    )
    const tags = await fetch(`${registry.url}/v2/sign/rekor-v2-legacy/tags/list`)
    expect(((await tags.json()) as { tags: string[] }).tags).toEqual(['latest'])
  })
})
