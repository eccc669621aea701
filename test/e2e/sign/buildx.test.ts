import { readFileSync } from 'node:fs'
import { RegistryClient, parseReference } from '../../../src/oci'
import { addBuildxAttestations } from '../../support/buildx-attestations'
import { runAction, verifyInputs } from '../../support/run-action'
import { stackInfo } from '../../support/stack'
import { pushTestIndex } from '../../support/registry-images'
import { readBundle, verifyKeyless } from './verify-helpers'

const client = new RegistryClient()
const SPDX = 'https://spdx.dev/Document'

describe('buildx attestations (docker buildx build --sbom=true --provenance=mode=max)', () => {
  test("sbom: buildx signs each platform's BuildKit SBOM as it is, and attaches it like a generated one", async () => {
    const { registry, sigstore } = stackInfo()
    const name = `${registry.host}/buildx/app`
    const plain = await pushTestIndex(registry.host, 'buildx/app')
    const built = await addBuildxAttestations(name, plain.digest)
    const ref = `${name}@${built.digest}`

    // Before signing: verify mode reports the attestations as present, unsigned; no SBOM passes.
    const before = await runAction(verifyInputs(sigstore, ref, { 'require-sbom': 'true' }))
    expect(before.outputs.verified).toBe('false')
    const beforeReport = JSON.parse(readFileSync(before.outputs['report-path'] ?? '', 'utf8'))
    expect(
      beforeReport.images[0].platforms.map((p: { platform: string }) => p.platform).sort()
    ).toEqual(['linux/amd64', 'linux/arm64'])
    for (const platform of beforeReport.images[0].platforms) {
      expect(platform.buildx).toEqual({
        manifest: expect.stringMatching(/^sha256:/),
        predicateTypes: [SPDX, 'https://slsa.dev/provenance/v0.2'],
        signed: false
      })
      expect(platform.sbom.satisfied).toBe(false)
      expect(platform.failures.join('\n')).toMatch(/BuildKit SBOM in the index .* is unsigned/)
    }
    expect(before.summary).toContain('unsigned BuildKit SBOM present')

    const run = await runAction({ image: ref, sbom: 'buildx' })
    expect(run.errors).toEqual([])
    for (const platform of ['linux/amd64', 'linux/arm64'] as const) {
      const child = plain.children[platform]
      const bundlePath = `${run.runnerTemp}/sbom-sign/sbom-attestation-${platform.replace('/', '-')}.sigstore.json`
      const statement = await verifyKeyless(readBundle(bundlePath), child, SPDX)
      // Exactly BuildKit's document (its random namespace included): taken, not regenerated.
      expect(statement.predicate).toEqual(built.sboms[platform])
      const types = (await client.referrers(parseReference(name), child)).map(
        d => d.annotations?.['dev.sigstore.bundle.predicateType']
      )
      expect(types.sort()).toEqual(['https://sigstore.dev/cosign/sign/v1', SPDX])
    }
    // The attestation manifests were signed as nothing and listed as no platform.
    for (const digest of built.attestations)
      expect(await client.referrers(parseReference(name), digest)).toEqual([])

    const after = await runAction(verifyInputs(sigstore, ref, { 'require-sbom': 'true' }))
    expect(after.errors).toEqual([])
    expect(after.outputs.verified).toBe('true')
  })

  test('sbom: buildx without BuildKit SBOMs fails clearly, and attaches nothing', async () => {
    const { registry } = stackInfo()
    const name = `${registry.host}/buildx/nosbom`
    const plain = await pushTestIndex(registry.host, 'buildx/nosbom')
    const provenanceOnly = await addBuildxAttestations(name, plain.digest, { sbom: false })
    const run = await runAction({ image: `${name}@${provenanceOnly.digest}`, sbom: 'buildx' })
    expect(run.exitCode).toBe(1)
    expect(run.errors[0]).toMatch(
      new RegExp(
        `${name}@${provenanceOnly.digest} \\(linux/amd64\\) has BuildKit attestations .* but no SBOM`
      )
    )
    expect(run.errors[0]).toMatch(/--sbom=true.*sbom: generate/)
    expect(await client.referrers(parseReference(name), provenanceOnly.digest)).toEqual([])

    const noIndex = await runAction({
      image: `${name}@${plain.children['linux/amd64']}`,
      sbom: 'buildx'
    })
    expect(noIndex.exitCode).toBe(1)
    expect(noIndex.errors[0]).toMatch(/is a single image manifest, without BuildKit attestations/)
    const bare = await runAction({ image: `${name}@${plain.digest}`, sbom: 'buildx' })
    expect(bare.errors[0]).toMatch(/\(linux\/amd64\) has no BuildKit attestation manifest/)
    expect(await client.referrers(parseReference(name), plain.digest)).toEqual([])
  })
})
