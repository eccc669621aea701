export * from './types'
export { MediaType, EMPTY_DIGEST } from './media-types'
export { sha256Digest, isDigest } from './digest'
export { parseReference, type Reference } from './reference'
export { RegistryClient, referrersTag, type RegistryOptions, type PutBlobOptions } from './registry'
export type { RetryOptions } from './transport'
export { openTarget, selectPlatform, parsePlatform, formatPlatform } from './source'
export { parseManifest } from './image'
export {
  buildxAttestations,
  isBuildxAttestation,
  type BuildxAttestation
} from './buildx'
