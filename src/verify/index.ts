export { BUNDLE_MEDIA_TYPE_PREFIX, leafCertificate, parseBundle } from './bundle'
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
  COSIGN_SIGN_PREDICATE,
  IN_TOTO_PAYLOAD_TYPE,
  PLATFORM_ANNOTATION,
  PLATFORM_MANIFEST_ANNOTATION,
  SIMPLE_SIGNING_TYPE,
  STATEMENT_V1,
  artifactDigests,
  parseStatement,
  subjectMatches,
  subjectPlatform,
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
export { tufTarget, type TufInstance } from './tuf'
export {
  verifyBundle,
  withTimestampedData,
  type SignerPolicy,
  type VerifiedBundle,
  type VerifyBundleOptions
} from './verify-bundle'
export { registryCandidates } from './discover'
export {
  dockerfileImages,
  type BaseImage,
  type BuildSettings,
  type DockerfileProblem
} from './dockerfile'
export { isSbomPredicate } from './classify'
export {
  evaluateDigest,
  verifyCandidates,
  type Candidate,
  type DigestEvaluation,
  type DigestVerdict,
  type Finding,
  type FindingKind,
  type VerifiedCandidate
} from './evaluate'
export { githubCandidates, type GitHubSource } from './github'
export {
  COSIGN_ANNOTATIONS,
  DSSE_ENVELOPE_MEDIA_TYPE,
  SIMPLE_SIGNING_MEDIA_TYPE,
  bundleFromLegacyLayer,
  legacyTag
} from './legacy'
export {
  MAX_SEVERITIES,
  loadPolicyFile,
  ruleForImage,
  type MaxSeverity,
  type ImagePolicy,
  type PolicyFile,
  type PolicyRule,
  type Requirements
} from './policy'
export {
  annotate,
  imageFailures,
  summaryMarkdown,
  writeReport,
  type ImageReport,
  type PlatformReport,
  type VerifyReport,
  type VulnerabilityCheck
} from './report'
export { reportBuildxAttestations, type UnsignedAttestations } from './buildx'
