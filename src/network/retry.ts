import { setTimeout as sleep } from 'node:timers/promises'
import { log } from '../log'
import { checkDeadline, currentDeadline, timeLeft } from './deadline'
import { formatDuration } from './duration'

/** Exponential backoff between attempts. */
export interface Backoff {
  baseDelayMs: number
  maxDelayMs: number
}

/** The default retry budget: how long one run rides out failing services. */
export const DEFAULT_RETRY_BUDGET_MS = 180_000

/**
 * A request that timed out this many times is not tried again: a service that does not
 * answer in time three times running is down, not busy, and waiting longer only holds the job.
 */
export const MAX_TIMEOUTS = 3

/** Seconds or an HTTP date → milliseconds to wait, or undefined. */
export function retryAfterMs(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000
  const date = Date.parse(value)
  return Number.isNaN(date) ? undefined : Math.max(0, date - now)
}

export function backoffMs(attempt: number, backoff: Backoff): number {
  const ceiling = Math.min(backoff.maxDelayMs, backoff.baseDelayMs * 2 ** attempt)
  // Half jitter: spreads clients that failed together, yet still backs off.
  return ceiling / 2 + Math.random() * (ceiling / 2)
}

/**
 * The wall time one run may spend riding out failures of Fulcio, Rekor, the TSA and
 * registries. Time counts while at least one request is between a failure and its
 * recovery, so eight requests retrying at once spend the budget once, not eight times.
 */
export class RetryBudget {
  private spent = 0
  private open = 0
  private openedAt = 0

  constructor(readonly totalMs: number = DEFAULT_RETRY_BUDGET_MS) {}

  /** What is left, never more than the time to the nearest deadline. */
  remainingMs(): number {
    const running = this.open > 0 ? Date.now() - this.openedAt : 0
    return Math.max(0, Math.min(this.totalMs - this.spent - running, timeLeft()))
  }

  /** One request's run of failures; `close()` it when the request is done either way. */
  sequence(): RetrySequence {
    return new RetrySequence(this)
  }

  /** @internal */
  enter(): void {
    if (this.open++ === 0) this.openedAt = Date.now()
  }

  /** @internal */
  leave(): void {
    if (--this.open === 0) this.spent += Date.now() - this.openedAt
  }
}

export class RetrySequence {
  private entered = false
  private closed = false
  timeouts = 0

  constructor(private readonly budget: RetryBudget) {}

  /**
   * Waits `delayMs` before the next attempt, saying in the log what is waited for
   * (`failure` is e.g. "Rekor at https://… answered 503"). Returns false, without waiting,
   * when the budget or the deadline cannot cover the wait: the caller then gives up.
   */
  async wait(failure: string, delayMs: number): Promise<boolean> {
    checkDeadline()
    if (!this.entered) {
      this.entered = true
      this.budget.enter()
    }
    const left = this.budget.remainingMs()
    if (delayMs > left) return false
    log.info(
      `${failure}; retrying in ${formatDuration(delayMs)} (retry budget left ${formatDuration(left)})`
    )
    try {
      await sleep(delayMs, undefined, { signal: currentDeadline()?.signal })
    } catch (error) {
      checkDeadline()
      throw error
    }
    return true
  }

  /** How the budget stands, for a final error message. */
  describeBudget(): string {
    return `retry budget of ${formatDuration(this.budget.totalMs)}, ${formatDuration(this.budget.remainingMs())} left`
  }

  close(): void {
    if (this.entered && !this.closed) this.budget.leave()
    this.closed = true
  }
}
