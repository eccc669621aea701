import { MediaType, RegistryClient, parseReference, sha256Digest } from '../../src/oci'
import type { Descriptor, ImageIndex } from '../../src/oci'
import { generateSbom } from '../../src/sbom'

/**
 * Adds BuildKit attestation manifests to an index, in the layout `docker buildx build
 * --sbom=true --provenance=mode=max` pushes (moby/buildkit exporter/containerimage/writer.go
 * commitAttestationsManifest): per platform one image manifest, platform unknown/unknown in
 * the index, annotations vnd.docker.reference.type = attestation-manifest and
 * vnd.docker.reference.digest = the platform manifest; its config an image config of
 * unknown/unknown whose rootfs lists the layers; one uncompressed in-toto statement
 * (Statement v0.1, subject = the platform manifest named by its pkg:docker purl) per layer,
 * media type application/vnd.in-toto+json, annotation in-toto.io/predicate-type: an SPDX
 * document of the platform's image (https://spdx.dev/Document) and SLSA provenance v0.2.
 * Pushes the new index under `tag`; returns its digest and the SBOM documents by platform.
 */
export async function addBuildxAttestations(
  name: string,
  indexDigest: string,
  options: { tag?: string; sbom?: boolean } = {}
) {
  const client = new RegistryClient()
  const ref = parseReference(name)
  const target = await client.resolve(parseReference(`${name}@${indexDigest}`))
  if (target.kind !== 'index') throw new Error(`${name}@${indexDigest} is not an index`)
  const index = target.index
  const sboms: Record<string, Record<string, unknown>> = {}
  const attestations: Descriptor[] = []
  for (const child of index.manifests) {
    const platform = `${child.platform?.os}/${child.platform?.architecture}`
    const purl = `pkg:docker/${ref.repository}@${options.tag ?? 'latest'}?platform=${encodeURIComponent(platform)}`
    const subject = [{ name: purl, digest: { sha256: child.digest.slice('sha256:'.length) } }]
    const statements: { predicateType: string; predicate: unknown }[] = []
    if (options.sbom !== false) {
      const sbom = await generateSbom(await target.image(child), {
        format: 'spdx-json',
        imageName: name
      })
      sboms[platform] = sbom.document
      statements.push({ predicateType: 'https://spdx.dev/Document', predicate: sbom.document })
    }
    statements.push({
      predicateType: 'https://slsa.dev/provenance/v0.2',
      predicate: {
        builder: { id: '' },
        buildType: 'https://mobyproject.org/buildkit@v1',
        materials: [],
        invocation: {
          configSource: { entryPoint: 'Dockerfile' },
          parameters: { frontend: 'dockerfile.v0' }
        },
        metadata: { buildInvocationID: `build-${platform}`, completeness: { parameters: true } }
      }
    })
    const layers: Descriptor[] = []
    for (const s of statements) {
      const bytes = Buffer.from(
        JSON.stringify({
          _type: 'https://in-toto.io/Statement/v0.1',
          predicateType: s.predicateType,
          subject,
          predicate: s.predicate
        })
      )
      const digest = await client.putBlob(ref, bytes)
      layers.push({
        mediaType: 'application/vnd.in-toto+json',
        digest,
        size: bytes.length,
        annotations: { 'in-toto.io/predicate-type': s.predicateType }
      })
    }
    const config = Buffer.from(
      JSON.stringify({
        architecture: 'unknown',
        os: 'unknown',
        config: {},
        rootfs: { type: 'layers', diff_ids: layers.map(l => l.digest) }
      })
    )
    const configDigest = await client.putBlob(ref, config)
    const manifest = Buffer.from(
      JSON.stringify(
        {
          schemaVersion: 2,
          mediaType: MediaType.OCI_MANIFEST,
          config: {
            mediaType: 'application/vnd.oci.image.config.v1+json',
            digest: configDigest,
            size: config.length
          },
          layers
        },
        null,
        2
      )
    )
    const digest = await client.putManifest(
      ref,
      sha256Digest(manifest),
      manifest,
      MediaType.OCI_MANIFEST
    )
    attestations.push({
      mediaType: MediaType.OCI_MANIFEST,
      digest,
      size: manifest.length,
      annotations: {
        'vnd.docker.reference.digest': child.digest,
        'vnd.docker.reference.type': 'attestation-manifest'
      },
      platform: { architecture: 'unknown', os: 'unknown' }
    })
  }
  const withAttestations: ImageIndex = {
    ...index,
    manifests: [...index.manifests, ...attestations]
  }
  const bytes = Buffer.from(JSON.stringify(withAttestations, null, 2))
  const digest = await client.putManifest(ref, options.tag ?? 'latest', bytes, MediaType.OCI_INDEX)
  return { digest, sboms, attestations: attestations.map(a => a.digest) }
}
