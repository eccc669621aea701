/**
 * Every failure the action reports on purpose is an ActionError: a code a
 * caller can branch on, a message that says what went wrong, and a hint that
 * says what to do about it. Anything else reaching the top level is a bug.
 */
export type ErrorCode =
  | 'INPUT_INVALID'
  | 'INPUT_MISSING'
  | 'IDENTITY_UNAVAILABLE'
  | 'IMAGE_NOT_FOUND'
  | 'REGISTRY_AUTH'
  | 'REGISTRY_ERROR'
  | 'DIGEST_MISMATCH'
  /** A layer containerd would refuse to unpack: corrupt compression, a malformed tar. */
  | 'LAYER_INVALID'
  | 'UNSUPPORTED_MEDIA_TYPE'
  | 'SOURCE_INVALID'
  | 'SBOM_INVALID'
  | 'SIGNING_FAILED'
  | 'ATTACH_FAILED'
  | 'VERIFICATION_FAILED'
  | 'POLICY_INVALID'
  | 'TRUST_ROOT_INVALID'
  | 'NETWORK_ERROR'

/** How the CLI maps codes to exit codes: 2 for what the caller must fix in its call. */
const USAGE_CODES: ReadonlySet<ErrorCode> = new Set([
  'INPUT_INVALID',
  'INPUT_MISSING',
  'POLICY_INVALID',
  'SOURCE_INVALID'
])

export class ActionError extends Error {
  readonly code: ErrorCode
  readonly hint?: string

  constructor(code: ErrorCode, message: string, options: { hint?: string; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause })
    this.name = 'ActionError'
    this.code = code
    this.hint = options.hint
  }

  /** The one line a user sees: what is wrong, then what to do. */
  get summary(): string {
    return this.hint ? `${this.message}. ${this.hint}` : this.message
  }

  get exitCode(): 1 | 2 {
    return USAGE_CODES.has(this.code) ? 2 : 1
  }
}

export function inputError(name: string, message: string, hint?: string): ActionError {
  return new ActionError('INPUT_INVALID', `input "${name}": ${message}`, { hint })
}

/** Describes any thrown value without a stack trace. */
export function describeError(error: unknown): string {
  if (error instanceof ActionError) return error.summary
  if (error instanceof Error) return error.message
  return String(error)
}
