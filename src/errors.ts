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
  /** A file under the output directory could not be written (full, read-only, no access). */
  | 'OUTPUT_FAILED'
  | 'NETWORK_ERROR'
  | 'TIMEOUT'

/** How the CLI maps codes to exit codes: 2 for what the caller must fix in its call. */
const USAGE_CODES: ReadonlySet<ErrorCode> = new Set([
  'INPUT_INVALID',
  'INPUT_MISSING',
  'POLICY_INVALID',
  'SOURCE_INVALID'
])

/**
 * Where the code runs. A hint says what to do there: a workflow's permissions and inputs in
 * the action, flags and environment variables in the CLI. The entries set it once at start.
 */
export type ErrorContext = 'action' | 'cli'
let context: ErrorContext = 'action'

export function setErrorContext(next: ErrorContext): void {
  context = next
}

/** A hint for both contexts, or one that reads right in either. */
export type Hint = string | Readonly<Record<ErrorContext, string>>

/** How an error names an input: `input "image"` in the action, `--image` in the CLI. */
export function inputLabel(name: string): string {
  return context === 'cli' ? `--${name}` : `input "${name}"`
}

export class ActionError extends Error {
  readonly code: ErrorCode
  readonly #hint?: Hint

  constructor(code: ErrorCode, message: string, options: { hint?: Hint; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause })
    this.name = 'ActionError'
    this.code = code
    this.#hint = options.hint
  }

  /** What to do, worded for where the code runs. */
  get hint(): string | undefined {
    const hint = this.#hint
    return typeof hint === 'string' || hint === undefined ? hint : hint[context]
  }

  /** The one line a user sees: what is wrong, then what to do. */
  get summary(): string {
    return this.hint ? `${this.message}. ${this.hint}` : this.message
  }

  get exitCode(): 1 | 2 {
    return USAGE_CODES.has(this.code) ? 2 : 1
  }
}

export function inputError(name: string, message: string, hint?: Hint): ActionError {
  return new ActionError('INPUT_INVALID', `${inputLabel(name)}: ${message}`, { hint })
}

/** Describes any thrown value without a stack trace. */
export function describeError(error: unknown): string {
  if (error instanceof ActionError) return error.summary
  if (error instanceof Error) return error.message
  return String(error)
}
