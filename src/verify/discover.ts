import { describeError } from '../errors'
import type { ImageManifest, Reference, RegistryClient } from '../oci'
import { BUNDLE_MEDIA_TYPE_PREFIX } from './bundle'
import type { Candidate } from './evaluate'
import {
  bundleFromLegacyLayer,
  DSSE_ENVELOPE_MEDIA_TYPE,
  legacyTag,
  SIMPLE_SIGNING_MEDIA_TYPE
} from './legacy'

/**
 * Everything in the registry that claims to sign or attest `digest`: Sigstore
 * bundles stored as OCI 1.1 referrers (the referrers API or its fallback tag),
 * and cosign's legacy `sha256-<hex>.sig` / `.att` tags. Registry failures
 * propagate: an unreachable registry is an error, never "unsigned". Content
 * that is malformed becomes a candidate that will fail verification, so it
 * shows in the report.
 */
export async function registryCandidates(
  client: RegistryClient,
  ref: Reference,
  digest: string
): Promise<Candidate[]> {
  const [referrers, signatures, attestations] = await Promise.all([
    referrerCandidates(client, ref, digest),
    legacyCandidates(client, ref, digest, 'sig'),
    legacyCandidates(client, ref, digest, 'att')
  ])
  return [...referrers, ...signatures, ...attestations]
}

async function referrerCandidates(
  client: RegistryClient,
  ref: Reference,
  digest: string
): Promise<Candidate[]> {
  const descriptors = await client.referrers(ref, digest)
  const relevant = descriptors.filter(
    d => d.artifactType === undefined || d.artifactType.startsWith(BUNDLE_MEDIA_TYPE_PREFIX)
  )
  const candidates: Candidate[] = []
  for (const descriptor of relevant) {
    const origin = `referrer ${descriptor.digest}`
    const { bytes } = await client.getManifest(ref, descriptor.digest)
    const manifest = parseJson(bytes) as ImageManifest | undefined
    const layers = manifest?.layers ?? []
    const artifactType = manifest?.artifactType ?? manifest?.config?.mediaType ?? ''
    // Not a Sigstore bundle referrer (an SBOM file, a signature of another kind): not ours to judge.
    if (!artifactType.startsWith(BUNDLE_MEDIA_TYPE_PREFIX)) continue
    const layer = layers[0]
    if (layers.length !== 1 || !layer?.mediaType.startsWith(BUNDLE_MEDIA_TYPE_PREFIX)) {
      candidates.push({ origin, bundle: undefined, problem: 'not exactly one bundle layer' })
      continue
    }
    if (manifest?.subject?.digest !== digest) {
      const subject = manifest?.subject?.digest ?? 'nothing'
      candidates.push({ origin, bundle: undefined, problem: `its subject is ${subject}` })
      continue
    }
    candidates.push({ origin, bundle: parseJson(await client.getBlob(ref, layer.digest)) })
  }
  return candidates
}

async function legacyCandidates(
  client: RegistryClient,
  ref: Reference,
  digest: string,
  suffix: 'sig' | 'att'
): Promise<Candidate[]> {
  const tag = legacyTag(digest, suffix)
  const head = await client.headManifest(ref, tag)
  if (!head) return []
  const { bytes } = await client.getManifest(ref, tag)
  const manifest = parseJson(bytes) as ImageManifest | undefined
  const expected = suffix === 'sig' ? SIMPLE_SIGNING_MEDIA_TYPE : DSSE_ENVELOPE_MEDIA_TYPE
  const candidates: Candidate[] = []
  for (const [i, layer] of (manifest?.layers ?? []).entries()) {
    const origin = `${tag} layer ${i}`
    if (layer.mediaType !== expected) continue
    const blob = await client.getBlob(ref, layer.digest)
    try {
      const bundle = bundleFromLegacyLayer(layer.mediaType, layer.annotations ?? {}, blob)
      candidates.push(
        suffix === 'sig'
          ? { origin, bundle, simpleSigningPayload: blob }
          : { origin, bundle, timestampedData: blob }
      )
    } catch (error) {
      candidates.push({ origin, bundle: undefined, problem: describeError(error) })
    }
  }
  return candidates
}

function parseJson(bytes: Buffer): unknown {
  try {
    return JSON.parse(bytes.toString('utf8'))
  } catch {
    return undefined
  }
}
