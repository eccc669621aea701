export {
  findBundleReferrers,
  findUnlistedBundles,
  type FoundBundle,
  type UnlistedBundles
} from './existing'
export { storeAttestation, type GitHubTarget, type StoredAttestation } from './github'
export {
  appendLegacyLayers,
  attestationLayer,
  attestationLayerBytes,
  legacyTag,
  readLegacyBundles,
  signatureLayer,
  type LegacyBundle,
  type LegacyLayer
} from './legacy'
export {
  BUNDLE_PREDICATE_TYPE_ANNOTATION,
  bundleReferrer,
  ensureReferrersListed,
  pushBundleReferrer,
  type PushedReferrer
} from './referrer'
export { runAttachSteps, type AttachStep, type Written } from './steps'
