// Sign: each item's bundle(s), verified locally before anything is attached, and the
// bundle files in the output directory.
import { join } from 'node:path'
import type { SerializedBundle } from '@sigstore/bundle'
import { attestationLayer, attestationLayerBytes } from '../../attach'
import type { SignConfig } from '../../config'
import { writeFileAtomic, type OutputDir } from '../../files'
import { collectGarbage } from '../../heap'
import type { Reference } from '../../oci'
import {
  BundleSigner,
  LocalVerifier,
  bundleBytes,
  simpleSigningPayload,
  type SignerIdentity,
  type SigstoreServices
} from '../../sign'
import { bundleFromLegacyLayer, DSSE_ENVELOPE_MEDIA_TYPE } from '../../verify'
import { type Item, type ItemKind, describe, platformAnnotations } from './items'

/** A statement above this size leaves garbage worth a full collection once it is handled. */
const LARGE_PAYLOAD = 1024 * 1024

export async function signItem(
  signer: BundleSigner,
  verifier: LocalVerifier,
  item: Item,
  ref: Reference,
  sign: SignConfig,
  services: SigstoreServices,
  identity: SignerIdentity | undefined
) {
  const what = describe(item)
  const expected = {
    digest: item.subject.digest,
    predicateType: item.statement.predicateType,
    identity
  }
  const dsse = item.kind !== 'signature' || sign.attachFormat !== 'legacy'
  let signedBy: SignerIdentity | undefined
  if (dsse) {
    item.signed = await signer.signStatement(item.statement, what, item.payload)
    // A large statement's encodings (the signed PAE, the upload) go before the check makes its own.
    if (item.signed.payload.length > LARGE_PAYLOAD) collectGarbage()
    signedBy = verifier.check(item.signed, { ...expected, statement: item.statement }, what)
  }
  if (item.signed && item.kind !== 'signature' && sign.attachFormat !== 'bundle') {
    const legacyWhat = `${what} (cosign v2 format)`
    const envelope = attestationLayerBytes(item.signed.bundle)
    const timestamp = await signer.timestamp(envelope, legacyWhat)
    const layer = attestationLayer(
      item.signed.bundle,
      item.statement.predicateType,
      services.trustedRoot,
      timestamp,
      platformAnnotations(item)
    )
    // Checked as it will be read back: rebuilt from the layer, the timestamp over the layer.
    // The statement bytes in hand stand for its payload once shown to be what it carries.
    const rebuilt = bundleFromLegacyLayer(
      DSSE_ENVELOPE_MEDIA_TYPE,
      layer.descriptor.annotations ?? {},
      layer.bytes
    ) as unknown as SerializedBundle
    verifier.check(
      { bundle: rebuilt, payload: item.signed.payload, timestampedData: layer.bytes },
      { ...expected, statement: item.statement },
      legacyWhat
    )
    item.attestationLayer = layer
  }
  if (item.kind === 'signature' && sign.attachFormat !== 'bundle') {
    const payload = simpleSigningPayload(ref.name, item.subject.digest)
    item.legacySigned = await signer.signMessage(payload, `${what} (cosign v2 format)`)
    signedBy = verifier.check(item.legacySigned, { digest: item.subject.digest, identity }, what)
  }
  if ((item.signed?.payload.length ?? 0) > LARGE_PAYLOAD) collectGarbage()
  return signedBy
}

/** File names of the bundles, before the platform suffix. */
const BUNDLE_FILE: Record<ItemKind, string> = {
  signature: 'signature',
  sbom: 'sbom-attestation',
  provenance: 'provenance',
  vuln: 'vulnerability-attestation'
}

/** Writes each item's bundle file; the item keeps its bytes to push them as its referrer. */
export async function writeBundles(dir: OutputDir, items: Item[]) {
  for (const item of items) {
    const bundle = item.signed ?? item.legacySigned
    if (!bundle) continue
    const platform = item.describes ? `index-${item.describes.platform}` : item.subject.platform
    const suffix = platform ? `-${platform.replace(/\//g, '-')}` : ''
    const name = BUNDLE_FILE[item.kind]
    item.bundlePath = join(dir.path, `${name}${suffix}.sigstore.json`)
    const bytes = bundleBytes(bundle.bundle)
    await writeFileAtomic(item.bundlePath, bytes.chunks(), dir.origin)
    if (bundle === item.signed) item.bundleBytes = bytes
  }
}
