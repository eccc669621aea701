import { readFileSync } from 'node:fs'
import { loadTrustRootFile, parseBundle, verifyBundle } from '../../../src/verify'
import { runAction, verifyInputs } from '../../support/run-action'
import { stackInfo } from '../../support/stack'
import { pushTestImage, pushTestIndex } from '../../support/registry-images'

/** What this project's verify module accepts is what sign mode must produce. */
describe("sign mode's bundles pass the verify module", () => {
  test('signature, SBOM and provenance bundles verify with an exact identity policy', async () => {
    const { registry, sigstore } = stackInfo()
    const image = await pushTestImage(registry.host, 'cross/app')
    const run = await runAction({
      image: `${registry.host}/cross/app@${image.digest}`,
      provenance: 'true'
    })
    expect(run.errors).toEqual([])
    const { root } = loadTrustRootFile(sigstore.trustedRootPath)
    const policy = {
      identity: { identity: { exact: sigstore.identity }, issuer: { exact: sigstore.issuer } }
    }
    for (const [output, predicateType] of [
      ['signature-bundle-path', 'https://sigstore.dev/cosign/sign/v1'],
      ['sbom-attestation-bundle-path', 'https://cyclonedx.org/bom'],
      ['provenance-bundle-path', 'https://slsa.dev/provenance/v1']
    ] as const) {
      const bundle = parseBundle(JSON.parse(readFileSync(run.outputs[output] ?? '', 'utf8')))
      const verified = verifyBundle(bundle, {
        root,
        signer: policy,
        artifact: { digest: image.digest }
      })
      expect(verified.statement?.predicateType).toBe(predicateType)
      expect(() =>
        verifyBundle(bundle, {
          root,
          signer: policy,
          artifact: { digest: `sha256:${'0'.repeat(64)}` }
        })
      ).toThrow()
    }
  })
})

describe('verify mode accepts what sign mode attached', () => {
  for (const format of ['bundle', 'legacy', 'both'] as const)
    test(`attach-format ${format}: signature and SBOM verify, require-sbom passes`, async () => {
      const { registry, sigstore } = stackInfo()
      const image = await pushTestImage(registry.host, `cross/verify-${format}`)
      const ref = `${registry.host}/cross/verify-${format}@${image.digest}`
      const signed = await runAction({ image: ref, 'attach-format': format })
      expect(signed.errors).toEqual([])
      const verified = await runAction(verifyInputs(sigstore, ref, { 'require-sbom': 'true' }))
      expect(verified.errors).toEqual([])
      expect(verified.outputs.verified).toBe('true')
    })

  test('a multi-platform index signed recursively verifies', async () => {
    const { registry, sigstore } = stackInfo()
    const index = await pushTestIndex(registry.host, 'cross/verify-index')
    const ref = `${registry.host}/cross/verify-index@${index.digest}`
    expect((await runAction({ image: ref })).errors).toEqual([])
    const verified = await runAction(verifyInputs(sigstore, ref, { 'require-sbom': 'true' }))
    expect(verified.errors).toEqual([])
    expect(verified.outputs.verified).toBe('true')
  })
})
