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
import { RegistryClient, referrerDescriptor, type Reference } from '../../oci'
import { bundleBytes, type SignedBundle, type SigstoreServices } from '../../sign'
import { type Item, describe, platformAnnotations } from './items'
import type { ReadPending } from './reuse'
import { describeError } from '../../errors'
import { log } from '../../log'

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
    const what = describe(item)
    const unlisted = item.unlisted
    if (unlisted)
      steps.push({
        what: `${what} (OCI referrer of an earlier run, listed now)`,
        run: async () => {
          await client.listReferrer(ref, item.subject.digest, unlisted)
          pushed.push({ what, subject: item.subject.digest, descriptor: unlisted })
          return unlisted.digest
        }
      })
    if (item.existingRef) continue
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
          const bytes = Buffer.from(JSON.stringify(referrer.manifest))
          item.ref = await pushBundleReferrer(client, ref, referrer)
          const descriptor = referrerDescriptor(referrer.manifest, bytes)
          pushed.push({ what, subject: item.subject.digest, descriptor })
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
    // An earlier run's unlisted referrer failed before this step: it was not stored either.
    for (const item of items.filter(i => (!i.existingRef || i.unlisted) && i.signed))
      steps.push({
        what: `${describe(item)} (GitHub attestations API)`,
        run: async () => {
          item.github = await storeAttestation(github, (item.signed as SignedBundle).bundle)
          return item.github.id
        }
      })
  return steps
}

/**
 * After every write succeeded: removes the pending records the run read (their referrers are
 * listed now, or were judged not worth listing). Best-effort: a record left behind is
 * harmless, since a re-run checks each entry again before it counts.
 */
export async function clearPendingRecords(
  client: RegistryClient,
  ref: Reference,
  records: ReadPending[]
): Promise<void> {
  for (const { subject, unlisted } of records) {
    try {
      const done = await client.clearPendingReferrers(ref, subject, unlisted.record)
      log.info(
        {
          deleted: `removed ${unlisted.where}, the record of unlisted referrers`,
          emptied: `emptied ${unlisted.where}, the record of unlisted referrers (the registry does not allow deleting it)`,
          left: `left ${unlisted.where} as it is: another run recorded referrers there since it was read`
        }[done]
      )
    } catch (error) {
      log.warning(
        `could not clear ${unlisted.where}: ${describeError(error)}; a re-run checks its entries again`
      )
    }
  }
}
