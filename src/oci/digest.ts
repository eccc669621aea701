import { createHash, type Hash } from 'node:crypto'
import { Transform, type TransformCallback } from 'node:stream'
import { ActionError } from '../errors'

const DIGEST = /^(sha256:[a-f0-9]{64}|sha512:[a-f0-9]{128})$/

export function sha256Digest(data: Buffer | string): string {
  return `sha256:${createHash('sha256').update(data).digest('hex')}`
}

export function isDigest(value: string): boolean {
  return DIGEST.test(value)
}

/** Throws unless `digest` is a well-formed sha256 or sha512 digest. */
export function assertDigest(digest: string, what: string): void {
  if (!isDigest(digest))
    throw new ActionError('INPUT_INVALID', `${what}: "${digest}" is not a valid digest`, {
      hint: 'Digests look like sha256:<64 lowercase hex digits>'
    })
}

function hasherFor(digest: string): Hash {
  return createHash(digest.startsWith('sha512:') ? 'sha512' : 'sha256')
}

export function digestOf(data: Buffer, algorithmOf: string): string {
  const algorithm = algorithmOf.startsWith('sha512:') ? 'sha512' : 'sha256'
  return `${algorithm}:${createHash(algorithm).update(data).digest('hex')}`
}

export function mismatch(what: string, expected: string, actual: string): ActionError {
  return new ActionError(
    'DIGEST_MISMATCH',
    `digest mismatch for ${what}: expected ${expected}, got ${actual}`,
    { hint: 'The content changed or was corrupted in transit; do not trust it' }
  )
}

/** Throws DIGEST_MISMATCH unless `data` hashes to `expected`. */
export function verifyDigest(data: Buffer, expected: string, what: string): void {
  const actual = digestOf(data, expected)
  if (actual !== expected) throw mismatch(what, expected, actual)
}

/** The digest of bytes as they go by, checked against the one they must have. */
export class RunningDigest {
  private readonly hash: Hash

  constructor(
    private readonly expected: string,
    private readonly what: string
  ) {
    this.hash = hasherFor(expected)
  }

  update(chunk: Buffer): void {
    this.hash.update(chunk)
  }

  /** At the end of the bytes: DIGEST_MISMATCH unless they hash to the expected digest. */
  mismatch(): ActionError | undefined {
    const actual = `${this.expected.split(':')[0]}:${this.hash.digest('hex')}`
    return actual === this.expected ? undefined : mismatch(this.what, this.expected, actual)
  }
}

/**
 * Passes bytes through while hashing them; at the end the stream errors instead of
 * finishing when the digest (or the expected size) does not match. Only a consumer
 * that reads the stream to its end learns the verdict: stopping early proves nothing.
 */
export class DigestVerifier extends Transform {
  private readonly digest: RunningDigest
  private seen = 0

  constructor(
    expected: string,
    private readonly what: string,
    private readonly expectedSize?: number
  ) {
    super()
    this.digest = new RunningDigest(expected, what)
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.digest.update(chunk)
    this.seen += chunk.length
    if (this.expectedSize !== undefined && this.seen > this.expectedSize)
      return done(
        new ActionError(
          'DIGEST_MISMATCH',
          `${this.what} is larger than its descriptor says (${this.expectedSize} bytes)`,
          { hint: 'The content changed or was corrupted in transit; do not trust it' }
        )
      )
    done(null, chunk)
  }

  override _flush(done: TransformCallback): void {
    if (this.expectedSize !== undefined && this.seen !== this.expectedSize)
      return done(
        new ActionError(
          'DIGEST_MISMATCH',
          `${this.what} is ${this.seen} bytes, not the ${this.expectedSize} its descriptor says`,
          { hint: 'The content changed or was corrupted in transit; do not trust it' }
        )
      )
    done(this.digest.mismatch())
  }
}
