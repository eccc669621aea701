import { readFileSync } from 'node:fs'
import { RegistryClient, parseReference, type ImageManifest } from '../../../src/oci'
import { runAction, verifyInputs } from '../../support/run-action'
import { stackInfo } from '../../support/stack'
import { pushTestIndex } from '../../support/registry-images'
import { verifyKeyless } from './verify-helpers'

const client = new RegistryClient()
const CYCLONEDX = 'https://cyclonedx.org/bom'

/** The SBOM bundles attached to `digest` as referrers, with their manifests' annotations. */
async function sbomReferrers(name: string, digest: string) {
  const ref = parseReference(name)
  const found = []
  for (const d of await client.referrers(ref, digest)) {
    if (d.annotations?.['dev.sigstore.bundle.predicateType'] !== CYCLONEDX) continue
    const manifest = JSON.parse((await client.getManifest(ref, d.digest)).bytes.toString())
    const layer = (manifest as ImageManifest).layers[0]
    const bundle = JSON.parse((await client.getBlob(ref, layer?.digest ?? '')).toString())
    found.push({ annotations: (manifest as ImageManifest).annotations ?? {}, bundle })
  }
  return found
}

describe("each platform's SBOM, found from the index digest", () => {
  test('the index carries one SBOM attestation per platform: subject = index, platform annotated', async () => {
    const { registry } = stackInfo()
    const index = await pushTestIndex(registry.host, 'indexsbom/app')
    const name = `${registry.host}/indexsbom/app`
    const run = await runAction({ image: `${name}@${index.digest}`, 'attach-format': 'both' })
    expect(run.errors).toEqual([])
    const onIndex = await sbomReferrers(name, index.digest)
    expect(onIndex.map(r => r.annotations['dev.sbom-sign.platform']).sort()).toEqual([
      'linux/amd64',
      'linux/arm64'
    ])
    for (const { annotations, bundle } of onIndex) {
      const platform = annotations['dev.sbom-sign.platform'] as 'linux/amd64' | 'linux/arm64'
      const statement = await verifyKeyless(bundle, index.digest, CYCLONEDX)
      expect(statement.subject[0]).toEqual({
        name,
        digest: { sha256: index.digest.slice(7) },
        annotations: {
          'dev.sbom-sign.platform': platform,
          'dev.sbom-sign.platform-manifest': index.children[platform]
        }
      })
      // The same SBOM as the platform's own attestation.
      const [own] = await sbomReferrers(name, index.children[platform])
      const ownStatement = JSON.parse(
        Buffer.from(own?.bundle.dsseEnvelope.payload, 'base64').toString()
      )
      expect(statement.predicate).toEqual(ownStatement.predicate)
    }
    // cosign's legacy .att of the index: one layer per platform, annotated the same way.
    const att = JSON.parse(
      (
        await client.getManifest(parseReference(name), `${index.digest.replace(':', '-')}.att`)
      ).bytes.toString()
    ) as ImageManifest
    expect(att.layers.map(l => l.annotations?.['dev.sbom-sign.platform']).sort()).toEqual([
      'linux/amd64',
      'linux/arm64'
    ])
    // A second run finds all of them valid and signs nothing.
    const again = await runAction({ image: `${name}@${index.digest}`, 'attach-format': 'both' })
    expect(again.errors).toEqual([])
    expect(again.summary).toContain('Nothing new was signed')
  })

  test("verify mode: the index's SBOM of one platform never counts for another", async () => {
    const { registry, sigstore } = stackInfo()
    const index = await pushTestIndex(registry.host, 'indexsbom/one')
    const name = `${registry.host}/indexsbom/one`
    const run = await runAction({ image: `${name}@${index.digest}`, platforms: 'linux/arm64' })
    expect(run.errors).toEqual([])
    const verified = await runAction(
      verifyInputs(sigstore, `${name}@${index.digest}`, { 'require-sbom': 'true' })
    )
    expect(verified.outputs.verified).toBe('false')
    const report = JSON.parse(readFileSync(verified.outputs['report-path'] ?? '', 'utf8'))
    const byPlatform = Object.fromEntries(
      report.images[0].platforms.map((p: { platform: string }) => [p.platform, p])
    )
    expect(byPlatform['linux/arm64'].verified).toBe(true)
    const amd64 = byPlatform['linux/amd64']
    expect(amd64.signature.satisfied).toBe(true)
    expect(amd64.sbom.satisfied).toBe(false)
    expect(amd64.findings.map((f: { reason?: string }) => f.reason)).toContain(
      "the index's SBOM of linux/arm64, not of linux/amd64"
    )
  })
})
