import { ActionError } from '../errors'

/**
 * Every wait of a request has a deadline: the connection, the response headers, each stretch
 * of the body, and the body as a whole through a minimum throughput, so a server that drips
 * one byte every few seconds is cut off as surely as one that goes silent.
 */
export interface HttpLimits {
  /** Until the TCP connection is up. */
  connectMs: number
  /** From sending the request until the response headers are in. */
  headersMs: number
  /** The longest the body may go without a byte. */
  idleMs: number
  /** The body's slowest accepted average, in bytes per second of waiting for it ... */
  minBytesPerSecond: number
  /** ... measured once this much time has been spent waiting for the body. */
  graceMs: number
}

export const DEFAULT_LIMITS: HttpLimits = {
  connectMs: 15_000,
  headersMs: 30_000,
  idleMs: 30_000,
  minBytesPerSecond: 8 * 1024,
  graceMs: 30_000
}

/** A deadline's TIMEOUT error, told where it struck; other errors as they are. */
export function stoppedWhile(error: unknown, doing: string): unknown {
  if (!(error instanceof ActionError) || error.code !== 'TIMEOUT') return error
  return new ActionError('TIMEOUT', `${error.message}: stopped while ${doing}`, {
    hint: error.hint,
    cause: error
  })
}

/** A limit of HttpLimits ran out: the server is too slow or silent (worth a retry, a few times). */
export class HttpTimeout extends Error {}

/** `promise`, or the error `late()` after `ms`, or the signal's reason; `stop` runs on either. */
export function within<T>(
  promise: Promise<T>,
  ms: number,
  late: () => Error,
  signal: AbortSignal | undefined,
  stop: () => void
): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  let onAbort: (() => void) | undefined
  const cut = new Promise<never>((_, reject) => {
    const fail = (error: unknown) => {
      reject(error)
      promise.catch(() => {})
      stop()
    }
    if (signal?.aborted) return fail(signal.reason)
    onAbort = () => fail(signal?.reason)
    signal?.addEventListener('abort', onAbort, { once: true })
    timer = setTimeout(() => fail(late()), Math.max(0, ms))
  })
  return Promise.race([promise, cut]).finally(() => {
    clearTimeout(timer)
    if (onAbort) signal?.removeEventListener('abort', onAbort)
  })
}
