export {
  GITHUB_ACTIONS_ISSUER,
  PERMISSIONS_HINT,
  identityFromClaims,
  identityTokenSource,
  tokenClaims,
  type IdentityTokenSource,
  type SignerIdentity
} from './identity'
export {
  GITHUB_INSTANCE,
  PUBLIC_GOOD,
  loadTrustedRoot,
  selectServices,
  type SigstoreServices
} from './instance'
export { loadSigningKey, type SigningKey } from './keys'
export { GITHUB_WORKFLOW_BUILD_TYPE, provenanceStatement } from './provenance'
export { BundleSigner, type BundleSignerOptions, type SignedBundle } from './signer'
export {
  COSIGN_SIGN_PREDICATE,
  IN_TOTO_PAYLOAD_TYPE,
  SLSA_PROVENANCE_PREDICATE,
  STATEMENT_V1,
  imageStatement,
  signatureStatement,
  simpleSigningPayload,
  type SimpleSigning,
  type Statement,
  type Subject
} from './statements'
export { LocalVerifier, type Expectation } from './verify'
