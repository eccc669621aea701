import { readFileSync } from 'node:fs'
import { loadTrustRootFile, parseBundle, verifyBundle } from '../../../src/verify'
import { runAction } from '../../support/run-action'
import { stackInfo } from '../../support/stack'
import { pushTestImage } from './images'

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
