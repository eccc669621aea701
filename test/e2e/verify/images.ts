import { randomBytes } from 'node:crypto'
import {
  MediaType,
  parseReference,
  RegistryClient,
  sha256Digest,
  type ImageManifest
} from '../../../src/oci'
import {
  BundleSigner,
  imageStatement,
  signatureStatement,
  type SignedBundle
} from '../../../src/sign'
import { mintToken, type SigstoreStackInfo } from '../../stack/sigstore'
import { pushPlatformIndex } from '../../support/registry-images'
import { loadTrustRootFile } from '../../../src/verify'

export const client = new RegistryClient()

/** Pushes a small distinct image (random layer) and returns its reference by tag and digest. */
export async function pushImage(
  host: string,
  repository: string,
  tag: string,
  /** The config's platform fields (any may be left out). */
  platform: { os?: string; architecture?: string; variant?: string } = {
    os: 'linux',
    architecture: 'amd64'
  }
): Promise<{ ref: string; digest: string; size: number }> {
  const ref = parseReference(`${host}/${repository}:${tag}`)
  const layer = randomBytes(64)
  const layerDigest = await client.putBlob(ref, layer)
  const config = Buffer.from(
    JSON.stringify({ ...platform, rootfs: { type: 'layers', diff_ids: [layerDigest] } })
  )
  const configDigest = await client.putBlob(ref, config)
  const manifest: ImageManifest = {
    schemaVersion: 2,
    mediaType: MediaType.OCI_MANIFEST,
    config: { mediaType: MediaType.OCI_CONFIG, digest: configDigest, size: config.length },
    layers: [{ mediaType: MediaType.OCI_LAYER, digest: layerDigest, size: layer.length }]
  }
  const bytes = Buffer.from(JSON.stringify(manifest))
  const digest = await client.putManifest(ref, tag, bytes, MediaType.OCI_MANIFEST)
  return { ref: `${host}/${repository}:${tag}`, digest, size: bytes.length }
}

/** Pushes a two-platform index (amd64, arm64) and returns it and its children. */
export async function pushIndex(host: string, repository: string, tag: string) {
  const amd64 = await pushImage(host, repository, `${tag}-amd64`)
  const arm64 = await pushImage(host, repository, `${tag}-arm64`, {
    os: 'linux',
    architecture: 'arm64'
  })
  const digest = await pushPlatformIndex(client, `${host}/${repository}`, tag, [
    { architecture: 'amd64', ...amd64 },
    { architecture: 'arm64', ...arm64 }
  ])
  return { ref: `${host}/${repository}:${tag}`, digest, amd64, arm64 }
}

/** A keyless signer on the local stack whose token carries `claims` over the defaults. */
export function stackSigner(
  sigstore: SigstoreStackInfo,
  options: { claims?: Record<string, string>; log?: boolean; timestamp?: boolean } = {}
): BundleSigner {
  return new BundleSigner({
    services: {
      name: 'custom',
      source: 'the local stack',
      fulcioURL: sigstore.fulcioURL,
      tlogs: options.log === false ? [] : [{ url: sigstore.rekorURL, majorApiVersion: 1 }],
      tsaURLs: options.timestamp === false ? [] : [sigstore.tsaURL],
      trustedRoot: loadTrustRootFile(sigstore.trustedRootPath).root
    },
    tokens: { getToken: () => mintToken(sigstore, options.claims ?? {}) }
  })
}

export const CYCLONEDX = 'https://cyclonedx.org/bom'
export const SBOM = {
  bomFormat: 'CycloneDX',
  specVersion: '1.6',
  version: 1,
  components: [{ type: 'library', name: 'zlib', version: '1.3' }]
}

export function signImage(signer: BundleSigner, digest: string): Promise<SignedBundle> {
  return signer.signStatement(signatureStatement(digest), 'signature')
}

export function attestSbom(
  signer: BundleSigner,
  name: string,
  digest: string,
  predicate: unknown = SBOM
): Promise<SignedBundle> {
  return signer.signStatement(imageStatement(name, digest, CYCLONEDX, predicate), 'SBOM')
}

/**
 * Stores a bundle as cosign v3 / actions/attest do: an OCI referrer manifest with one bundle
 * layer whose subject is `subjectDigest` (which a test may point at the wrong image).
 */
export async function attachReferrer(
  image: string,
  subjectDigest: string,
  subjectSize: number,
  signed: SignedBundle
): Promise<string> {
  const ref = parseReference(image)
  const bundleType = 'application/vnd.dev.sigstore.bundle.v0.3+json'
  const layer = Buffer.from(JSON.stringify(signed.bundle))
  const empty = Buffer.from('{}')
  await client.putBlob(ref, empty)
  await client.putBlob(ref, layer)
  const manifest: ImageManifest = {
    schemaVersion: 2,
    mediaType: MediaType.OCI_MANIFEST,
    artifactType: bundleType,
    config: { mediaType: MediaType.OCI_EMPTY, digest: sha256Digest(empty), size: 2 },
    layers: [{ mediaType: bundleType, digest: sha256Digest(layer), size: layer.length }],
    subject: { mediaType: MediaType.OCI_MANIFEST, digest: subjectDigest, size: subjectSize },
    annotations: {
      'dev.sigstore.bundle.content': 'dsse-envelope',
      'dev.sigstore.bundle.predicateType': signed.statement?.predicateType ?? '',
      'org.opencontainers.image.created': new Date().toISOString()
    }
  }
  return client.pushReferrer(ref, manifest)
}
