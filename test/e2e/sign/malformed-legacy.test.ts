import {
  MediaType,
  RegistryClient,
  parseReference,
  type ImageManifest,
  type Reference
} from '../../../src/oci'
import { runAction, verifyInputs } from '../../support/run-action'
import { stackInfo } from '../../support/stack'
import { pushTestImage } from '../../support/registry-images'
import { readBundle } from './verify-helpers'

// Before signing, a legacy-format run reads the image's cosign `.sig`/`.att` tags for bundles
// it could reuse. Whatever someone pushed there is hostile: a layer that is not a bundle of any
// shape is no match, so the run signs afresh instead of failing the release.

const client = new RegistryClient()

/** Pushes `layers` (blob, descriptor annotations) as the image manifest at `tag`. */
async function pushLegacyManifest(
  repo: Reference,
  tag: string,
  mediaType: string,
  layers: { blob: Buffer; annotations: Record<string, string> }[]
): Promise<string[]> {
  const config = Buffer.from('{}')
  const manifest: ImageManifest = {
    schemaVersion: 2,
    mediaType: MediaType.OCI_MANIFEST,
    config: {
      mediaType: 'application/vnd.oci.image.config.v1+json',
      digest: await client.putBlob(repo, config),
      size: config.length
    },
    layers: await Promise.all(
      layers.map(async l => ({
        mediaType,
        digest: await client.putBlob(repo, l.blob),
        size: l.blob.length,
        annotations: l.annotations
      }))
    )
  }
  await client.putManifest(repo, tag, Buffer.from(JSON.stringify(manifest)), MediaType.OCI_MANIFEST)
  return manifest.layers.map(l => l.digest)
}

async function layersAt(repo: Reference, tag: string) {
  const { bytes, digest } = await client.getManifest(repo, tag)
  return { digest, layers: (JSON.parse(bytes.toString()) as ImageManifest).layers }
}

test('malformed .sig and .att layers already at the legacy tags are no match: the run signs afresh', async () => {
  const { registry, sigstore } = stackInfo()
  const name = 'legacy/malformed'
  const image = await pushTestImage(registry.host, name)
  const repo = parseReference(`${registry.host}/${name}`)
  const tag = image.digest.replace(':', '-')

  // A DSSE envelope that parses but has no payload nor signatures.
  const [envelopeWithoutPayload] = await pushLegacyManifest(
    repo,
    `${tag}.att`,
    'application/vnd.dsse.envelope.v1+json',
    [
      {
        blob: Buffer.from(JSON.stringify({ payloadType: 'application/vnd.in-toto+json' })),
        annotations: {
          'dev.cosignproject.cosign/signature': '',
          predicateType: 'https://cyclonedx.org/bom'
        }
      }
    ]
  )
  // A simple-signing layer whose signature is no signature and whose payload is no payload.
  const [junkSignature] = await pushLegacyManifest(
    repo,
    `${tag}.sig`,
    'application/vnd.dev.cosign.simplesigning.v1+json',
    [{ blob: Buffer.from('null'), annotations: { 'dev.cosignproject.cosign/signature': '!' } }]
  )

  const run = await runAction({
    image: `${registry.host}/${name}@${image.digest}`,
    'attach-format': 'legacy'
  })
  expect(run.errors).toEqual([])
  expect(run.exitCode).toBe(0)
  expect(run.stdout).toContain(
    `::debug::existing bundle in ${registry.host}/${name}:${tag}.att layer ${envelopeWithoutPayload} is malformed`
  )

  // Signed afresh: each tag keeps the junk and gains this run's layer, which its output names.
  const att = await layersAt(repo, `${tag}.att`)
  expect(run.outputs['attestation-ref']).toBe(att.digest)
  expect(att.layers.map(l => l.digest)[0]).toBe(envelopeWithoutPayload)
  expect(att.layers).toHaveLength(2)
  const envelope = JSON.parse(
    (await client.getBlob(repo, att.layers[1]?.digest ?? '')).toString()
  ) as { payload: string }
  const bundle = readBundle(run.outputs['sbom-attestation-bundle-path'] ?? '')
  expect(envelope.payload).toBe(bundle.dsseEnvelope?.payload)
  const sig = await layersAt(repo, `${tag}.sig`)
  expect(run.outputs['signature-ref']).toBe(sig.digest)
  expect(sig.layers.map(l => l.digest)).toEqual([junkSignature, expect.any(String)])

  // What it attached is found where cosign v2 looks, next to the junk.
  const verified = await runAction(
    verifyInputs(sigstore, `${registry.host}/${name}@${image.digest}`, { 'require-sbom': 'true' })
  )
  expect(verified.errors).toEqual([])
  expect(verified.outputs.verified).toBe('true')

  // And a re-run reuses this run's bundles rather than tripping over the junk again.
  const rerun = await runAction({
    image: `${registry.host}/${name}@${image.digest}`,
    'attach-format': 'legacy'
  })
  expect(rerun.errors).toEqual([])
  expect(rerun.outputs['attestation-ref']).toBe(att.digest)
  expect(rerun.outputs['signature-ref']).toBe(sig.digest)
  expect((await layersAt(repo, `${tag}.att`)).layers).toHaveLength(2)
}, 180_000)
