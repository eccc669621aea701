import { createHash } from 'node:crypto'

export const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json'
export const STATEMENT_V1 = 'https://in-toto.io/Statement/v1'
const STATEMENT_TYPES = new Set([STATEMENT_V1, 'https://in-toto.io/Statement/v0.1'])
/** What `cosign sign` signs in the bundle format: an empty predicate about the digest. */
export const COSIGN_SIGN_PREDICATE = 'https://sigstore.dev/cosign/sign/v1'
/** The `critical.type` of cosign's legacy ("simple signing") signature payload. */
export const SIMPLE_SIGNING_TYPE = 'cosign container image signature'

export interface Subject {
  name?: string
  digest: Record<string, string>
  /** in-toto v1 ResourceDescriptor annotations. */
  annotations?: Record<string, unknown>
}

/**
 * Where an index's copy of a platform's SBOM attestation names its platform: as annotation
 * of the statement's subject (the index) and of the referrer manifest / `.att` layer.
 */
export const PLATFORM_ANNOTATION = 'dev.sbom-sign.platform'
/** The platform manifest the SBOM was made from, beside PLATFORM_ANNOTATION in the subject. */
export const PLATFORM_MANIFEST_ANNOTATION = 'dev.sbom-sign.platform-manifest'

/** The platform a statement's subject with `digest` is annotated with, if any. */
export function subjectPlatform(statement: Statement, digest: string): string | undefined {
  const digests = artifactDigests({ digest })
  const value = statement.subject.find(s => subjectMatches(s, digests))?.annotations?.[
    PLATFORM_ANNOTATION
  ]
  return typeof value === 'string' ? value : undefined
}

/** An in-toto Statement as signed in a DSSE envelope. */
export interface Statement {
  _type: string
  subject: Subject[]
  predicateType: string
  predicate?: unknown
}

/** Parses a DSSE payload as an in-toto Statement; undefined when it is not one. */
export function parseStatement(payloadType: string, payload: Buffer): Statement | undefined {
  if (payloadType !== IN_TOTO_PAYLOAD_TYPE) return undefined
  let json: unknown
  try {
    json = JSON.parse(payload.toString('utf8'))
  } catch {
    return undefined
  }
  if (typeof json !== 'object' || json === null) return undefined
  const s = json as Partial<Statement>
  if (typeof s._type !== 'string' || !STATEMENT_TYPES.has(s._type)) return undefined
  if (typeof s.predicateType !== 'string' || !Array.isArray(s.subject)) return undefined
  const subjectsValid = s.subject.every(
    sub =>
      typeof sub === 'object' &&
      sub !== null &&
      typeof sub.digest === 'object' &&
      sub.digest !== null &&
      Object.values(sub.digest).every(v => typeof v === 'string')
  )
  return subjectsValid ? (s as Statement) : undefined
}

/** What a signature is checked against: the signed bytes, or only their digest. */
export type Artifact = { bytes: Buffer } | { digest: string }

const HASHES = ['sha256', 'sha384', 'sha512'] as const

/** Digests of the artifact by algorithm, as lower-case hex. */
export function artifactDigests(artifact: Artifact): Record<string, string> {
  if ('digest' in artifact) {
    const [algorithm, hex] = artifact.digest.split(':')
    return algorithm && hex ? { [algorithm]: hex.toLowerCase() } : {}
  }
  const digests: Record<string, string> = {}
  for (const h of HASHES) digests[h] = createHash(h).update(artifact.bytes).digest('hex')
  return digests
}

/**
 * A subject names the artifact when they share at least one digest algorithm
 * and agree on every shared one (the library does not check subjects at all).
 */
export function subjectMatches(subject: Subject, digests: Record<string, string>): boolean {
  const shared = Object.keys(subject.digest).filter(algorithm => algorithm in digests)
  return (
    shared.length > 0 &&
    shared.every(algorithm => subject.digest[algorithm]?.toLowerCase() === digests[algorithm])
  )
}
