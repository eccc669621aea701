// Sign: each item's bundle(s), verified locally before anything is attached, and the
// bundle files in the output directory.
import { join } from 'node:path'
import type { SerializedBundle } from '@sigstore/bundle'
import { attestationLayer, attestationLayerBytes } from '../../attach'
import type { SignConfig } from '../../config'
import { writeFileAtomic, type OutputDir } from '../../files'
import type { Reference } from '../../oci'
import {
  BundleSigner,
  LocalVerifier,
  signedBundleFromJSON,
  simpleSigningPayload,
  type SignerIdentity,
  type SigstoreServices
} from '../../sign'
import { bundleFromLegacyLayer, DSSE_ENVELOPE_MEDIA_TYPE } from '../../verify'
import { type Item, type ItemKind, describe, platformAnnotations } from './items'

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
    item.signed = await signer.signStatement(item.statement, what)
    signedBy = verifier.check(item.signed, expected, what)
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
    const rebuilt = bundleFromLegacyLayer(
      DSSE_ENVELOPE_MEDIA_TYPE,
      layer.descriptor.annotations ?? {},
      layer.bytes
    ) as unknown as SerializedBundle
    verifier.check(
      { ...signedBundleFromJSON(rebuilt), timestampedData: layer.bytes },
      expected,
      legacyWhat
    )
    item.attestationLayer = layer
  }
  if (item.kind === 'signature' && sign.attachFormat !== 'bundle') {
    const payload = simpleSigningPayload(ref.name, item.subject.digest)
    item.legacySigned = await signer.signMessage(payload, `${what} (cosign v2 format)`)
    signedBy = verifier.check(item.legacySigned, { digest: item.subject.digest, identity }, what)
  }
  return signedBy
}

/** File names of the bundles, before the platform suffix. */
const BUNDLE_FILE: Record<ItemKind, string> = {
  signature: 'signature',
  sbom: 'sbom-attestation',
  provenance: 'provenance',
  vuln: 'vulnerability-attestation'
}

export async function writeBundles(dir: OutputDir, items: Item[]) {
  for (const item of items) {
    const bundle = item.signed ?? item.legacySigned
    if (!bundle) continue
    const platform = item.describes ? `index-${item.describes.platform}` : item.subject.platform
    const suffix = platform ? `-${platform.replace(/\//g, '-')}` : ''
    const name = BUNDLE_FILE[item.kind]
    item.bundlePath = join(dir.path, `${name}${suffix}.sigstore.json`)
    await writeFileAtomic(item.bundlePath, JSON.stringify(bundle.bundle, null, 2), dir.origin)
  }
}
