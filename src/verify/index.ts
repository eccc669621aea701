export { parseBundle } from './bundle'
export {
  CLAIM_OIDS,
  certificateIdentity,
  compileMatcher,
  describeMatcher,
  identityMismatch,
  warnIfUnanchored,
  type CertificateIdentity,
  type ClaimName,
  type IdentityPolicy,
  type Matcher
} from './identity'
export { verifyPrehashed } from './prehash'
export {
  IN_TOTO_PAYLOAD_TYPE,
  artifactDigests,
  parseStatement,
  subjectMatches,
  type Artifact,
  type Statement,
  type Subject
} from './statement'
export {
  embeddedPublicGoodRoot,
  loadTrustRootFile,
  resolveTrustRoot,
  validateTrustedRoot,
  type LoadedTrustRoot,
  type TrustRootOptions
} from './trust-root'
export {
  verifyBundle,
  type SignerPolicy,
  type VerifiedBundle,
  type VerifyBundleOptions
} from './verify-bundle'
