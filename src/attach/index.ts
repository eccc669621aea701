export { findBundleReferrers, type FoundBundle } from './existing'
export { storeAttestation, type GitHubTarget, type StoredAttestation } from './github'
export {
  COSIGN_ANNOTATIONS,
  DSSE_ENVELOPE_MEDIA_TYPE,
  SIMPLE_SIGNING_MEDIA_TYPE,
  appendLegacyLayers,
  attestationLayer,
  legacyTag,
  readLegacyBundles,
  signatureLayer,
  type LegacyBundle
} from './legacy'
export { BUNDLE_PREDICATE_TYPE_ANNOTATION, bundleReferrer, pushBundleReferrer } from './referrer'
export { runAttachSteps, type AttachStep, type Written } from './steps'
