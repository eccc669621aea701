import { ActionError } from '../errors'
import { wrapBytes } from '../heap'
import {
  COSIGN_SIGN_PREDICATE,
  PLATFORM_ANNOTATION,
  PLATFORM_MANIFEST_ANNOTATION,
  SIMPLE_SIGNING_TYPE,
  STATEMENT_V1,
  type Statement
} from '../verify'

export const SLSA_PROVENANCE_PREDICATE = 'https://slsa.dev/provenance/v1'

const DIGEST = /^sha256:([a-f0-9]{64})$/

/** 'sha256:<hex>' → { sha256: '<hex>' }; anything else is a bug upstream, reported plainly. */
export function digestMap(digest: string): Record<string, string> {
  const match = DIGEST.exec(digest)
  if (!match)
    throw new ActionError('DIGEST_MISMATCH', `"${digest}" is not a sha256 digest`, {
      hint: 'Sign an image by its sha256 digest'
    })
  return { sha256: match[1] as string }
}

/** The image signature, as cosign v3 writes it: subject = the digest only, no name. */
export function signatureStatement(digest: string): Statement {
  return {
    _type: STATEMENT_V1,
    subject: [{ digest: digestMap(digest) }],
    predicateType: COSIGN_SIGN_PREDICATE,
    predicate: {}
  }
}

/**
 * An attestation about the image: subject {name: <registry>/<repo>, digest}, as
 * `cosign attest` and actions/attest write it.
 */
export function imageStatement(
  name: string,
  digest: string,
  predicateType: string,
  predicate: unknown
): Statement {
  return {
    _type: STATEMENT_V1,
    subject: [{ name, digest: digestMap(digest) }],
    predicateType,
    predicate
  }
}

/**
 * A platform's attestation (its SBOM, its vulnerability scan) again, about the index: tools
 * given the index digest (what docker/build-push-action outputs) find it there. The subject
 * is the index, annotated with the platform and its manifest, so that one platform's SBOM
 * never passes for another's.
 */
export function indexPlatformStatement(
  name: string,
  indexDigest: string,
  platform: { name: string; digest: string },
  predicateType: string,
  predicate: unknown
): Statement {
  digestMap(platform.digest)
  return {
    _type: STATEMENT_V1,
    subject: [
      {
        name,
        digest: digestMap(indexDigest),
        annotations: {
          [PLATFORM_ANNOTATION]: platform.name,
          [PLATFORM_MANIFEST_ANNOTATION]: platform.digest
        }
      }
    ],
    predicateType,
    predicate
  }
}

/**
 * A predicate given as its JSON text (an SBOM as read or generated), signed as those very
 * bytes: a large SBOM is never parsed and re-serialised into the statement, so it is held
 * once rather than as text, object and copy. The bytes must be one JSON value (the SBOM
 * loaders parse them before anything is signed).
 */
export class PredicateJSON {
  constructor(readonly bytes: Buffer) {}
}

/** The statement's JSON around its predicate's, when the predicate is given as JSON text. */
function around(
  statement: Statement
): { head: Buffer; predicate: Buffer; tail: Buffer } | undefined {
  if (!(statement.predicate instanceof PredicateJSON)) return undefined
  // Key order as for any other statement: _type, subject, predicateType, predicate.
  const text = JSON.stringify({ ...statement, predicate: null })
  return {
    head: Buffer.from(text.slice(0, -'null}'.length)),
    predicate: statement.predicate.bytes,
    tail: Buffer.from('}')
  }
}

/** The payload bytes that get signed. */
export function serializeStatement(statement: Statement): Buffer {
  const parts = around(statement)
  // In place around the predicate when it was read with room for it (a supplied SBOM file).
  return parts
    ? wrapBytes(parts.head, parts.predicate, parts.tail)
    : Buffer.from(JSON.stringify(statement))
}

/** Whether `payload` is exactly serializeStatement(statement), compared without a copy. */
export function isStatementPayload(payload: Buffer, statement: Statement): boolean {
  const parts = around(statement)
  if (!parts) return payload.equals(Buffer.from(JSON.stringify(statement)))
  const { head, predicate, tail } = parts
  const end = head.length + predicate.length
  return (
    payload.length === end + tail.length &&
    payload.subarray(0, head.length).equals(head) &&
    payload.subarray(head.length, end).equals(predicate) &&
    payload.subarray(end).equals(tail)
  )
}

/** cosign's legacy signature payload ("simple signing"), signed as a plain message. */
export interface SimpleSigning {
  critical: {
    identity: { 'docker-reference': string }
    image: { 'docker-manifest-digest': string }
    type: typeof SIMPLE_SIGNING_TYPE
  }
  optional: Record<string, string> | null
}

/** The simple-signing payload cosign v2 puts in a `.sig` layer, byte for byte as cosign does. */
export function simpleSigningPayload(name: string, digest: string): Buffer {
  digestMap(digest)
  const payload: SimpleSigning = {
    critical: {
      identity: { 'docker-reference': name },
      image: { 'docker-manifest-digest': digest },
      type: SIMPLE_SIGNING_TYPE
    },
    optional: null
  }
  return Buffer.from(JSON.stringify(payload))
}
