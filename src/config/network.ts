import { inputError } from '../errors'
import { DEFAULT_RETRY_BUDGET_MS } from '../network/retry'
import type { Inputs } from './inputs'

/** How long the run may take, and how much of it may go to riding out failing services. */
export interface NetworkConfig {
  /** The whole run (`timeout`). */
  timeoutMs: number
  /** In verify mode, each image's check: half the run's, at most IMAGE_TIMEOUT_MS. */
  imageTimeoutMs: number
  /** Waiting on retries for Fulcio, Rekor, the TSA and registries (`retry-budget`). */
  retryBudgetMs: number
}

/** Sign mode pulls and catalogs whole images, which can take a while on a slow runner. */
const SIGN_TIMEOUT_MS = 20 * 60_000
/** Verify mode reads manifests and signatures only. */
const VERIFY_TIMEOUT_MS = 5 * 60_000
const IMAGE_TIMEOUT_MS = 2 * 60_000

/** `timeout` and `retry-budget`; the run's default depends on what the mode pulls. */
export function readNetwork(inputs: Inputs, mode: 'sign' | 'verify'): NetworkConfig {
  const timeout = inputs.duration('timeout')
  const budget = inputs.duration('retry-budget')
  if (timeout === 0) throw inputError('timeout', 'must be more than 0 s', 'Use e.g. 10m or 90s')
  const timeoutMs =
    timeout === undefined ? (mode === 'sign' ? SIGN_TIMEOUT_MS : VERIFY_TIMEOUT_MS) : timeout * 1000
  return {
    timeoutMs,
    imageTimeoutMs: Math.min(IMAGE_TIMEOUT_MS, timeoutMs / 2),
    retryBudgetMs: budget === undefined ? DEFAULT_RETRY_BUDGET_MS : budget * 1000
  }
}
