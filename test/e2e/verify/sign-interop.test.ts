import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runAction } from '../../support/run-action'
import { stackInfo } from '../../support/stack'
import { parseReference } from '../../../src/oci'
import { client, pushImage, SBOM } from './images'

const stack = stackInfo()
const host = stack.registry.host
const { identity, issuer, trustedRootPath } = stack.sigstore

const sbomFile = join(mkdtempSync(join(tmpdir(), 'sbom-')), 'bom.json')
writeFileSync(
  sbomFile,
  JSON.stringify({ ...SBOM, serialNumber: 'urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79' })
)

interface Report {
  images: { platforms: { findings: { origin: string; kind?: string; verified: boolean }[] }[] }[]
}

describe('what the sign pipeline attaches, verify mode accepts', () => {
  test.each(['bundle', 'legacy', 'both'])('attach-format %s', async format => {
    const image = await pushImage(host, `interop/${format}`, 'v1')
    const name = `${host}/interop/${format}`
    const signed = await runAction({
      image: `${name}@${image.digest}`,
      sbom: sbomFile,
      'attach-format': format
    })
    expect(signed.errors).toEqual([])
    const run = await runAction({
      mode: 'verify',
      images: image.ref,
      'certificate-identity': identity,
      'certificate-oidc-issuer': issuer,
      'trusted-root': trustedRootPath,
      'require-sbom': 'true'
    })
    expect(run.errors).toEqual([])
    expect(run.outputs.verified).toBe('true')
    const report = JSON.parse(readFileSync(run.outputs['report-path'] ?? '', 'utf8')) as Report
    const findings = report.images[0]?.platforms[0]?.findings ?? []
    const seen = findings.map(f => [
      f.origin.includes('.sig') || f.origin.includes('.att') ? 'legacy' : 'referrer',
      f.kind,
      f.verified
    ])
    const expected = (where: string) => [
      [where, 'signature', true],
      [where, 'sbom', true]
    ]
    expect(seen.sort()).toEqual(
      (format === 'both'
        ? [...expected('legacy'), ...expected('referrer')]
        : expected(format === 'legacy' ? 'legacy' : 'referrer')
      ).sort()
    )
  })
})

describe('legacy signatures copied to another image', () => {
  test('a .sig made for one digest, tagged for another, is rejected by its payload', async () => {
    const repo = `${host}/interop/copied`
    const original = await pushImage(host, 'interop/copied', 'a')
    const victim = await pushImage(host, 'interop/copied', 'b')
    const signed = await runAction({
      image: `${repo}@${original.digest}`,
      sbom: 'none',
      'attach-format': 'legacy'
    })
    expect(signed.errors).toEqual([])
    const ref = parseReference(repo)
    const sig = await client.getManifest(ref, `${original.digest.replace(':', '-')}.sig`)
    await client.putManifest(
      ref,
      `${victim.digest.replace(':', '-')}.sig`,
      sig.bytes,
      sig.mediaType
    )
    const run = await runAction({
      mode: 'verify',
      images: victim.ref,
      'certificate-identity': identity,
      'certificate-oidc-issuer': issuer,
      'trusted-root': trustedRootPath
    })
    expect(run.outputs.verified).toBe('false')
    expect(run.errors.join('\n')).toContain(
      `the signature is for ${original.digest}, not for this image (${victim.digest})`
    )
  })
})

describe('provenance from the sign pipeline', () => {
  test('require-provenance passes with provenance: true and fails without', async () => {
    const repo = `${host}/interop/provenance`
    const withProvenance = await pushImage(host, 'interop/provenance', 'with')
    const without = await pushImage(host, 'interop/provenance', 'without')
    for (const [image, provenance] of [
      [withProvenance, 'true'],
      [without, 'false']
    ] as const) {
      const signed = await runAction({ image: `${repo}@${image.digest}`, sbom: 'none', provenance })
      expect(signed.errors).toEqual([])
    }
    const verify = (image: string) =>
      runAction({
        mode: 'verify',
        images: image,
        'certificate-identity': identity,
        'certificate-oidc-issuer': issuer,
        'trusted-root': trustedRootPath,
        'require-provenance': 'true'
      })
    expect((await verify(withProvenance.ref)).outputs.verified).toBe('true')
    const run = await verify(without.ref)
    expect(run.outputs.verified).toBe('false')
    expect(run.errors.join('\n')).toContain('no valid SLSA provenance attestation')
  })
})
