import { AsyncLocalStorage } from 'node:async_hooks'
import { ActionError } from '../errors'
import { formatDuration } from './duration'

/**
 * Deadlines that nest: the whole run, then each image a verify run checks. Code running
 * inside `withDeadline` sees the nearest one through `currentDeadline()`, so every network
 * wait (HTTP requests, bodies, retry sleeps) stops when it passes without each call site
 * passing a signal along.
 */
export interface Deadline {
  /** Aborted, with a TIMEOUT ActionError as its reason, when the deadline passes. */
  signal: AbortSignal
  /** When it passes (ms since the epoch). */
  at: number
}

const context = new AsyncLocalStorage<Deadline>()

export function currentDeadline(): Deadline | undefined {
  return context.getStore()
}

/** Milliseconds until the nearest deadline; Infinity without one. */
export function timeLeft(): number {
  const deadline = context.getStore()
  return deadline ? Math.max(0, deadline.at - Date.now()) : Infinity
}

/**
 * Runs `fn` outside every deadline, for the little that must still happen after one passed
 * (recording what a run left half-done, within the run's wind-up time): `fn` sets its own.
 */
export function outsideDeadlines<T>(fn: () => T): T {
  return context.exit(fn)
}

/** Throws the deadline's reason when it has passed. */
export function checkDeadline(): void {
  const signal = context.getStore()?.signal
  if (signal?.aborted) throw signal.reason
}

export interface DeadlineOptions {
  /** What is being timed, for the message: e.g. 'the run' or 'checking ghcr.io/acme/app:1'. */
  what: string
  /** Which input sets the limit, for the hint. */
  input: string
  /**
   * After the signal aborts, how long `fn` may still take to wind up (write a report, say
   * what was written) before its promise is abandoned.
   */
  graceMs?: number
}

/**
 * Runs `fn` with a deadline `ms` from now (or the enclosing one, if that comes first).
 * When it passes, the signal aborts and every network wait under it fails with a TIMEOUT
 * error; `fn` still gets `graceMs` to finish before the returned promise rejects anyway.
 */
export async function withDeadline<T>(
  ms: number,
  options: DeadlineOptions,
  fn: () => Promise<T>
): Promise<T> {
  const parent = context.getStore()
  const at = Math.min(Date.now() + ms, parent?.at ?? Infinity)
  const own = new AbortController()
  const reason = new ActionError(
    'TIMEOUT',
    `${options.what} did not finish within ${formatDuration(ms)}`,
    { hint: `Raise the "${options.input}" input if the registry or service is only slow` }
  )
  const timer = setTimeout(() => own.abort(reason), Math.max(0, at - Date.now()))
  const signal = parent ? AbortSignal.any([parent.signal, own.signal]) : own.signal
  let abandon: NodeJS.Timeout | undefined
  const abandoned = new Promise<never>((_, reject) => {
    const giveUp = () => {
      abandon = setTimeout(() => reject(signal.reason), options.graceMs ?? 0)
    }
    if (signal.aborted) giveUp()
    else signal.addEventListener('abort', giveUp, { once: true })
  })
  abandoned.catch(() => {})
  try {
    return await Promise.race([context.run({ signal, at }, fn), abandoned])
  } finally {
    clearTimeout(timer)
    clearTimeout(abandon)
  }
}
