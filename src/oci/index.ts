export * from './types'
export { MediaType, EMPTY_DIGEST } from './media-types'
export { sha256Digest, isDigest } from './digest'
export {
  parseReference,
  canonicalName,
  canonicalNameGlob,
  canonicalRegistry,
  type Reference
} from './reference'
export {
  REFERRERS_TAG_SETTLE_MS,
  RELIST_HINT,
  RegistryClient,
  pendingTag,
  referrerDescriptor,
  referrersTag,
  type PendingRecord,
  type RegistryOptions,
  type PutBlobOptions,
  type StreamedBlob
} from './registry'
export type { RetryOptions } from './transport'
export { openTarget, selectPlatform } from './source'
export {
  parsePlatform,
  formatPlatform,
  normalizePlatform,
  platformRank,
  childForPlatform,
  isAttestationManifest
} from './platform'
export { parseManifest } from './image'
export { buildxAttestations, type BuildxAttestation } from './buildx'
