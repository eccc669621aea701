export {
  GITHUB_ACTIONS_ISSUER,
  PERMISSIONS_HINT,
  identityFromClaims,
  identityTokenSource,
  tokenClaims,
  type IdentityTokenSource,
  type SignerIdentity
} from './identity'
export { bundleBytes, type BundleBytes } from './bundle-json'
export { checkAttachFormat, selectServices, type SigstoreServices } from './instance'
export { loadSigningKey, type SigningKey } from './keys'
export { provenanceStatement } from './provenance'
export {
  BundleSigner,
  signedBundleFromJSON,
  type BundleSignerOptions,
  type SignedBundle
} from './signer'
export {
  PredicateJSON,
  SLSA_PROVENANCE_PREDICATE,
  imageStatement,
  isStatementPayload,
  serializeStatement,
  indexPlatformStatement,
  signatureStatement,
  simpleSigningPayload,
  type SimpleSigning
} from './statements'
export { COSIGN_VULN_PREDICATE, vulnPredicate, type VulnPredicate } from './vulnerabilities'
export { LocalVerifier, type Expectation } from './verify'
