// What the sign steps pass along: the subjects and the items signed and attached for them.
import type { LegacyLayer, StoredAttestation } from '../../attach'
import type { Config } from '../../config'
import type { Descriptor, Image, Reference } from '../../oci'
import type { Sbom } from '../../sbom'
import { indexPlatformStatement, type BundleBytes, type SignedBundle } from '../../sign'
import { PLATFORM_ANNOTATION, type Statement } from '../../verify'

export type SignRun = Config & { mode: 'sign' }

/** A manifest that gets signed: the image (or index) and, for an index, each platform. */
export interface Subject {
  digest: string
  descriptor: Descriptor
  /** os/arch[/variant] of an index child; absent for the top-level manifest. */
  platform?: string
  image?: Image
}

export type ItemKind = 'signature' | 'sbom' | 'provenance' | 'vuln'

/** One thing to sign and attach, and what became of it. */
export interface Item {
  kind: ItemKind
  subject: Subject
  statement: Statement
  /** The statement's bytes when serialised ahead of signing (an SBOM's: see planItems). */
  payload?: Buffer
  sbom?: Sbom
  /** The index's copy of a platform's attestation (SBOM, vulnerabilities): its platform. */
  describes?: Subject
  /** The DSSE bundle (new or found). */
  signed?: SignedBundle
  /** Legacy `.sig` needs a message signature over the simple-signing payload. */
  legacySigned?: SignedBundle
  /** Legacy `.att`: the envelope layer, timestamped over its own bytes as cosign checks it. */
  attestationLayer?: LegacyLayer
  /** Found valid in the registry: nothing to sign. */
  existingRef?: string
  /**
   * Set when that is a referrer an earlier run pushed but could not list (from the pending
   * record): the fallback-index entry the attach step adds for it.
   */
  unlisted?: Descriptor
  ref?: string
  legacyRef?: string
  github?: StoredAttestation
  bundlePath?: string
  /** The DSSE bundle's JSON as written to bundlePath (encoded afresh as it is read). */
  bundleBytes?: BundleBytes
}

export const LABEL: Record<ItemKind, string> = {
  signature: 'image signature',
  sbom: 'SBOM attestation',
  provenance: 'provenance attestation',
  vuln: 'vulnerability attestation'
}

export function describe(item: Item): string {
  if (item.describes) return `${LABEL[item.kind]} of ${item.describes.platform} (on the index)`
  return `${LABEL[item.kind]}${item.subject.platform ? ` of ${item.subject.platform}` : ''}`
}

/**
 * A platform's attestation put on the index too (subject = index, the platform named), for
 * those who verify the digest they were given.
 */
export function onIndex(
  kind: ItemKind,
  ref: Reference,
  top: Subject,
  platform: Subject,
  predicateType: string,
  predicate: unknown
): Item {
  return {
    kind,
    subject: top,
    describes: platform,
    statement: indexPlatformStatement(
      ref.name,
      top.digest,
      { name: platform.platform ?? '', digest: platform.digest },
      predicateType,
      predicate
    )
  }
}

export function platformAnnotations(item: Item): Record<string, string> {
  return item.describes?.platform ? { [PLATFORM_ANNOTATION]: item.describes.platform } : {}
}
