export {
  GITHUB_ACTIONS_ISSUER,
  PERMISSIONS_HINT,
  identityFromClaims,
  identityTokenSource,
  tokenClaims,
  type IdentityTokenSource,
  type SignerIdentity
} from './identity'
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
  SLSA_PROVENANCE_PREDICATE,
  imageStatement,
  indexSbomStatement,
  signatureStatement,
  simpleSigningPayload,
  type SimpleSigning
} from './statements'
export { LocalVerifier, type Expectation } from './verify'
