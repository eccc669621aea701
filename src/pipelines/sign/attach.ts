// Attach: the registry (and GitHub) writes, as steps that report what was and was not written.
import {
  appendLegacyLayers,
  bundleReferrer,
  legacyTag,
  pushBundleReferrer,
  signatureLayer,
  storeAttestation,
  type AttachStep,
  type GitHubTarget,
  type PushedReferrer
} from '../../attach'
import type { SignConfig } from '../../config'
import { RegistryClient, type Reference } from '../../oci'
import { bundleBytes, type SignedBundle, type SigstoreServices } from '../../sign'
import { type Item, describe, platformAnnotations } from './items'

/**
 * The writes, in order: each item's OCI referrer and/or cosign legacy tag, then (with
 * "github-attestations") each bundle to GitHub's attestations API.
 */
export function attachSteps(
  client: RegistryClient,
  ref: Reference,
  items: Item[],
  sign: SignConfig,
  services: SigstoreServices,
  /** Filled with each referrer as it is pushed, for the check after all writes. */
  pushed: PushedReferrer[],
  github?: GitHubTarget
): AttachStep[] {
  const steps: AttachStep[] = []
  const created = new Date()
  for (const item of items) {
    if (item.existingRef) continue
    const what = describe(item)
    if (sign.attachFormat !== 'legacy' && item.signed) {
      const signed = item.signed
      steps.push({
        what: `${what} (OCI referrer)`,
        run: async () => {
          const referrer = bundleReferrer(
            signed.bundle,
            item.subject.descriptor,
            item.statement.predicateType,
            created,
            platformAnnotations(item),
            item.bundleBytes ?? bundleBytes(signed.bundle)
          )
          item.ref = await pushBundleReferrer(client, ref, referrer)
          pushed.push({ what, digest: item.ref, manifest: referrer.manifest })
          return item.ref
        }
      })
    }
    if (sign.attachFormat !== 'bundle') {
      const suffix = item.kind === 'signature' ? 'sig' : 'att'
      const signed = item.legacySigned
      const layer =
        suffix === 'att'
          ? item.attestationLayer
          : signed && signatureLayer(signed.bundle, signed.payload, services.trustedRoot)
      if (!layer) continue
      steps.push({
        what: `${what} (${legacyTag(item.subject.digest, suffix)})`,
        run: async () => {
          item.legacyRef = await appendLegacyLayers(client, ref, item.subject.digest, suffix, [
            layer
          ])
          item.ref ??= item.legacyRef
          return item.legacyRef
        }
      })
    }
  }
  if (github)
    for (const item of items.filter(i => !i.existingRef && i.signed))
      steps.push({
        what: `${describe(item)} (GitHub attestations API)`,
        run: async () => {
          item.github = await storeAttestation(github, (item.signed as SignedBundle).bundle)
          return item.github.id
        }
      })
  return steps
}
