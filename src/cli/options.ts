/**
 * The CLI takes the action's inputs as --flags of the same names, so a workflow
 * step and a shell command are one-to-one. Boolean inputs are flags that take
 * no value (`--force`); every other input takes one (`--attach-format legacy`).
 */
export const COMMON_INPUTS = [
  'registry-username',
  'registry-password',
  'registry',
  'insecure-registries',
  'github-token',
  'sigstore',
  'fulcio-url',
  'rekor-url',
  'tsa-url',
  'trusted-root',
  'key',
  'key-password',
  'platforms'
] as const

export const SIGN_INPUTS = [
  'digest',
  'sbom',
  'sbom-format',
  'attach-format',
  'max-predicate-size'
] as const
export const SIGN_FLAGS = ['provenance', 'github-attestations', 'force', 'no-tlog-upload'] as const

export const VERIFY_INPUTS = [
  'dockerfile',
  'build-platforms',
  'build-args',
  'certificate-identity',
  'certificate-identity-regexp',
  'certificate-oidc-issuer',
  'certificate-oidc-issuer-regexp',
  'max-age',
  'policy',
  'fail-on'
] as const
export const VERIFY_FLAGS = [
  'require-sbom',
  'require-provenance',
  'github-attestations',
  'offline'
] as const
