import { ASN1Obj, type X509Certificate } from '@sigstore/core'
import { ActionError } from '../errors'
import { log } from '../log'

/** A string that must match exactly, or a pattern the whole string must match. */
export type Matcher = { exact: string } | { regexp: string }

/** Who must have signed: the certificate SAN, the OIDC issuer, and optional GitHub claims. */
export interface IdentityPolicy {
  identity: Matcher
  issuer: Matcher
  /** Claims from Fulcio's certificate extensions that must equal these values exactly. */
  claims?: Partial<Record<ClaimName, string>>
}

/** Fulcio certificate extensions (1.3.6.1.4.1.57264.1.x) by what they say. */
export const CLAIM_OIDS = {
  issuer: '1.3.6.1.4.1.57264.1.8',
  buildSignerURI: '1.3.6.1.4.1.57264.1.9',
  buildSignerDigest: '1.3.6.1.4.1.57264.1.10',
  runnerEnvironment: '1.3.6.1.4.1.57264.1.11',
  sourceRepositoryURI: '1.3.6.1.4.1.57264.1.12',
  sourceRepositoryDigest: '1.3.6.1.4.1.57264.1.13',
  sourceRepositoryRef: '1.3.6.1.4.1.57264.1.14',
  sourceRepositoryIdentifier: '1.3.6.1.4.1.57264.1.15',
  sourceRepositoryOwnerURI: '1.3.6.1.4.1.57264.1.16',
  sourceRepositoryOwnerIdentifier: '1.3.6.1.4.1.57264.1.17',
  buildConfigURI: '1.3.6.1.4.1.57264.1.18',
  buildConfigDigest: '1.3.6.1.4.1.57264.1.19',
  buildTrigger: '1.3.6.1.4.1.57264.1.20',
  runInvocationURI: '1.3.6.1.4.1.57264.1.21',
  sourceRepositoryVisibilityAtSigning: '1.3.6.1.4.1.57264.1.22'
} as const
export type ClaimName = keyof typeof CLAIM_OIDS

// Before 1.3.6.1.4.1.57264.1.8 Fulcio wrote these as raw strings (not DER).
const LEGACY_OIDS: Partial<Record<ClaimName, string>> = {
  issuer: '1.3.6.1.4.1.57264.1.1',
  buildTrigger: '1.3.6.1.4.1.57264.1.2',
  sourceRepositoryDigest: '1.3.6.1.4.1.57264.1.3'
}

/** What a signing certificate says about its signer. */
export interface CertificateIdentity {
  /** The SAN: a URI (workflow identity) or an email. */
  identity: string
  issuer?: string
  claims: Partial<Record<ClaimName, string>>
}

/**
 * The identity and claims a Fulcio certificate carries. A claim's DER extension that is
 * present but malformed rejects the certificate: falling back to the deprecated raw-string
 * extension (or to no value) would let a certificate choose which of two issuers counts.
 */
export function certificateIdentity(cert: X509Certificate): CertificateIdentity {
  const claims: Partial<Record<ClaimName, string>> = {}
  for (const [name, oid] of Object.entries(CLAIM_OIDS) as [ClaimName, string][]) {
    const value = cert.extension(oid) ? derString(cert, name, oid) : legacyClaim(cert, name)
    if (value !== undefined) claims[name] = value
  }
  return { identity: cert.subjectAltName ?? '', issuer: claims.issuer, claims }
}

function legacyClaim(cert: X509Certificate, name: ClaimName): string | undefined {
  const oid = LEGACY_OIDS[name]
  return oid ? cert.extension(oid)?.value.toString('utf8') : undefined
}

function derString(cert: X509Certificate, name: ClaimName, oid: string): string {
  const value = Buffer.from(cert.extension(oid)?.value ?? [])
  // The extension value is a DER UTF8String (tag 12) of valid UTF-8, and nothing after it.
  try {
    const parsed = ASN1Obj.parseBuffer(value)
    if (
      parsed.tag.number === 12 &&
      parsed.tag.isUniversal() &&
      parsed.toDER().length === value.length
    )
      return new TextDecoder('utf-8', { fatal: true }).decode(parsed.value)
  } catch {
    // reported below
  }
  throw new ActionError(
    'VERIFICATION_FAILED',
    `the certificate's ${name} extension (${oid}) is not a DER UTF8String; a malformed Fulcio claim rejects the certificate`
  )
}

/**
 * Regexps match the WHOLE value: the pattern is wrapped as ^(?:pattern)$, so
 * `https://github.com/acme/app/` never matches `https://github.com/acme/app-evil/`
 * by accident. cosign's regexps are unanchored; a pattern written for cosign
 * that relied on partial matching must spell out the rest (e.g. `.*`).
 */
export function compileMatcher(matcher: Matcher, what: string): (value: string) => boolean {
  if ('exact' in matcher) return value => value === matcher.exact
  let pattern: RegExp
  try {
    pattern = new RegExp(`^(?:${matcher.regexp})$`)
  } catch (error) {
    throw new ActionError(
      'INPUT_INVALID',
      `${what} regexp ${JSON.stringify(matcher.regexp)} is invalid: ${(error as Error).message}`
    )
  }
  return value => pattern.test(value)
}

/** Warns about a user's pattern that relies on implicit anchoring, once per pattern. */
const warned = new Set<string>()
export function warnIfUnanchored(regexp: string, what: string): void {
  if (
    (regexp.startsWith('^') && regexp.endsWith('$') && !regexp.endsWith('\\$')) ||
    warned.has(regexp)
  )
    return
  warned.add(regexp)
  log.warning(
    `${what} regexp ${JSON.stringify(regexp)} is not anchored with ^ and $; it is matched against ` +
      `the whole value here (as ^(?:…)$), but cosign and other verifiers match it anywhere, so ` +
      `write the anchors to make it mean the same everywhere`
  )
}

export function describeMatcher(matcher: Matcher): string {
  return 'exact' in matcher ? JSON.stringify(matcher.exact) : `/^(?:${matcher.regexp})$/`
}

/** Why the certificate does not satisfy the policy, or undefined when it does. */
export function identityMismatch(
  actual: CertificateIdentity,
  policy: IdentityPolicy
): string | undefined {
  if (!compileMatcher(policy.identity, 'certificate identity')(actual.identity))
    return `certificate identity ${JSON.stringify(actual.identity)} does not match ${describeMatcher(policy.identity)}`
  if (actual.issuer === undefined) return 'certificate has no OIDC issuer extension'
  if (!compileMatcher(policy.issuer, 'OIDC issuer')(actual.issuer))
    return `OIDC issuer ${JSON.stringify(actual.issuer)} does not match ${describeMatcher(policy.issuer)}`
  for (const [name, expected] of Object.entries(policy.claims ?? {}) as [ClaimName, string][]) {
    const value = actual.claims[name]
    if (value !== expected)
      return `certificate claim ${name} (${CLAIM_OIDS[name]}) is ${value === undefined ? 'absent' : JSON.stringify(value)}, expected ${JSON.stringify(expected)}`
  }
  return undefined
}
