// Before signing: bundles by this signer already attached where this run would attach them.
import {
  findBundleReferrers,
  findUnlistedBundles,
  legacyTag,
  readLegacyBundles,
  type FoundBundle,
  type LegacyBundle,
  type UnlistedBundles
} from '../../attach'
import type { SignConfig } from '../../config'
import { describeError } from '../../errors'
import { log } from '../../log'
import { RegistryClient, type Descriptor, type Reference } from '../../oci'
import {
  LocalVerifier,
  signedBundleFromJSON,
  type SignedBundle,
  type SignerIdentity,
  type SigningKey
} from '../../sign'
import { subjectPlatform } from '../../verify'
import { type Item, describe } from './items'

/** A valid bundle already in the registry, and the manifest holding it. */
interface Found {
  ref: string
  signed: SignedBundle
  /** Pushed by an earlier run but listed nowhere yet: its fallback-index entry. */
  unlisted?: Descriptor
}

/** A pending record the run read, to clear once what it lists is listed or set aside. */
export interface ReadPending {
  subject: string
  unlisted: UnlistedBundles
}

/**
 * Marks items that already have a valid bundle by this signer (same identity or key, same
 * predicate type, same digest) where this run would attach it: referrers, legacy tags, or
 * both for "both". Referrers an earlier run pushed but could not list (the pending record)
 * are candidates too, checked the same way, after the listed ones; a valid one is marked
 * `unlisted` for the attach step to list. Returns the pending records read.
 */
export async function reuseExisting(
  client: RegistryClient,
  ref: Reference,
  items: Item[],
  sign: SignConfig,
  verifier: LocalVerifier,
  identity: SignerIdentity | undefined,
  key: SigningKey | undefined
): Promise<ReadPending[]> {
  const referrers = new Map<string, FoundBundle[]>()
  const pending: ReadPending[] = []
  const legacy = new Map<string, LegacyBundle[]>()
  const firstValid = (item: Item, candidates: Found[]) => {
    const expected = {
      digest: item.subject.digest,
      predicateType: item.statement.predicateType,
      identity
    }
    return candidates.find(candidate => {
      // Whatever the registry holds is hostile until verified: a malformed one is no match.
      try {
        const statement = candidate.signed.statement
        const platform = statement && subjectPlatform(statement, item.subject.digest)
        if (platform !== item.describes?.platform) return false
        verifier.check(candidate.signed, expected, 'existing bundle')
        return true
      } catch {
        return false
      }
    })
  }
  // Referrers and legacy layers alike: a bundle that does not even convert is no match.
  const asCandidate = (
    where: string,
    ref: string,
    convert: () => SignedBundle,
    unlisted?: Descriptor
  ): Found[] => {
    try {
      return [{ ref, signed: convert(), unlisted }]
    } catch (error) {
      log.debug(`existing bundle in ${where} is malformed (${describeError(error)}); not reused`)
      return []
    }
  }
  for (const item of items) {
    // A scan is true as of its time: each run attests its own.
    if (item.kind === 'vuln') continue
    const digest = item.subject.digest
    let referrer: Found | undefined
    let tagged: Found | undefined
    if (sign.attachFormat !== 'legacy') {
      if (!referrers.has(digest)) {
        const listed = await findBundleReferrers(client, ref, digest)
        const unlisted = await findUnlistedBundles(
          client,
          ref,
          digest,
          new Set(listed.map(f => f.manifestDigest))
        )
        if (unlisted.record.manifests.length) pending.push({ subject: digest, unlisted })
        referrers.set(digest, [...listed, ...unlisted.found])
      }
      referrer = firstValid(
        item,
        (referrers.get(digest) ?? []).flatMap(f =>
          asCandidate(
            `referrer ${ref.name}@${f.manifestDigest}`,
            f.manifestDigest,
            () => signedBundleFromJSON(f.bundle),
            f.unlisted
          )
        )
      )
      if (!referrer) continue
    }
    if (sign.attachFormat !== 'bundle') {
      const suffix = item.kind === 'signature' ? 'sig' : 'att'
      const cacheKey = `${digest}.${suffix}`
      if (!legacy.has(cacheKey))
        legacy.set(cacheKey, await readLegacyBundles(client, ref, digest, suffix, key?.hint))
      tagged = firstValid(
        item,
        (legacy.get(cacheKey) ?? [])
          .filter(l => suffix === 'sig' || l.predicateType === item.statement.predicateType)
          .flatMap(l =>
            asCandidate(
              `${ref.name}:${legacyTag(digest, suffix)} layer ${l.layerDigest}`,
              l.manifestDigest,
              () => ({
                ...signedBundleFromJSON(l.bundle, l.payload),
                timestampedData: suffix === 'att' ? l.payload : undefined
              })
            )
          )
      )
      if (!tagged) continue
    }
    const found = (referrer ?? tagged) as Found
    item.existingRef = found.ref
    item.ref = found.ref
    item.legacyRef = tagged?.ref
    item.signed = referrer?.signed ?? (item.kind === 'signature' ? undefined : tagged?.signed)
    item.legacySigned = item.kind === 'signature' ? tagged?.signed : undefined
    item.unlisted = referrer?.unlisted
    log.info(
      item.unlisted
        ? `${describe(item)}: valid, pushed as ${found.ref} by an earlier run that could not list it; listing it instead of signing again`
        : `${describe(item)}: valid, already attached as ${found.ref}`
    )
  }
  const used = new Set(items.map(i => i.unlisted?.digest))
  for (const { unlisted } of pending) {
    const ignored = [
      ...unlisted.unusable,
      ...unlisted.found.map(f => f.manifestDigest).filter(d => !used.has(d))
    ]
    if (ignored.length)
      log.warning(
        `${unlisted.where} lists ${ignored.length} referrer(s) that are not valid bundles by this signer of what this run signs (${ignored.join(', ')}); ignored, they stay unlisted`
      )
  }
  return pending
}
