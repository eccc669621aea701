import { ActionError } from '../../errors'
import { checkDeadline } from '../../network/deadline'
import { formatDuration } from '../../network/duration'
import {
  backoffMs,
  MAX_TIMEOUTS,
  retryAfterMs,
  type Backoff,
  type RetryBudget
} from '../../network/retry'
import { send } from '../../oci/http'
import { HttpTimeout, stoppedWhile } from '../../oci/http-limits'
import type { HttpResponse } from '../../oci/http-response'
import { formatBytes } from '../../oci/limits'
import { isTlsFailure, networkReason, RETRY_STATUS } from '../../oci/transport'
import { describeUrl } from '../../oci/url'

/**
 * One JSON request to the OSV API at `base`, retried within the run's budget; an answer is
 * read whole up to `cap` bytes. Undefined for a 404 when `accept404` (a record that is gone).
 */
export type OsvRequest = <T>(
  method: 'GET' | 'POST',
  path: string,
  body: unknown,
  cap: number,
  accept404?: boolean
) => Promise<T | undefined>

export interface OsvRequestSettings {
  base: string
  host: string
  budget: RetryBudget
  backoff: Backoff
  /** Attempts per request, the first included. */
  attempts: number
}

export function osvRequest({
  base,
  host,
  budget,
  backoff,
  attempts
}: OsvRequestSettings): OsvRequest {
  return async function call<T>(
    method: 'GET' | 'POST',
    path: string,
    body: unknown,
    cap: number,
    accept404 = false
  ): Promise<T | undefined> {
    const url = `${base}${path}`
    const what = `${method} ${describeUrl(url)}`
    const fail = (message: string, cause?: unknown) =>
      new ActionError('NETWORK_ERROR', `OSV at ${host}: ${message}`, {
        hint: {
          action: `Check that ${host} is reachable, point "osv-url" at a mirror, or scan offline with "vulnerability-db"`,
          cli: `Check that ${host} is reachable, pass --osv-url for a mirror, or scan offline with --vulnerability-db`
        },
        ...(cause === undefined ? {} : { cause })
      })
    const sequence = budget.sequence()
    try {
      for (let attempt = 0; ; attempt++) {
        let response: HttpResponse
        let failure: string
        let delay = backoffMs(attempt, backoff)
        try {
          response = await send(url, {
            method,
            headers: {
              'user-agent': 'sbom-sign-action',
              accept: 'application/json',
              ...(body === undefined ? {} : { 'content-type': 'application/json' })
            },
            ...(body === undefined ? {} : { body: JSON.stringify(body) })
          })
          if (response.status === 404 && accept404) {
            response.discard()
            return undefined
          }
          if (response.ok) return parse<T>(await readCapped(response, cap, what, fail), what, fail)
          if (!RETRY_STATUS.has(response.status)) {
            const detail = await response.text(4096).catch(() => '')
            throw fail(
              `${what} answered ${response.status}${detail ? `: ${detail.slice(0, 300)}` : ''}`
            )
          }
          failure = `${what} answered ${response.status}`
          delay = retryAfterMs(response.headers.get('retry-after')) ?? delay
          response.discard()
        } catch (error) {
          if (error instanceof ActionError) throw error
          if (isTlsFailure(error)) throw fail(`${what} failed: ${networkReason(error)}`, error)
          if (error instanceof HttpTimeout) sequence.timeouts++
          failure = `${what} failed (${networkReason(error)})`
        }
        if (attempt + 1 >= attempts) throw fail(`${failure}; gave up after ${attempt + 1} attempts`)
        if (sequence.timeouts >= MAX_TIMEOUTS)
          throw fail(`${failure}; no answer in time ${MAX_TIMEOUTS} times`)
        checkDeadline()
        let waited: boolean
        try {
          waited = await sequence.wait(`OSV at ${host}: ${failure}`, delay)
        } catch (error) {
          throw stoppedWhile(error, `waiting to retry after: ${failure}`)
        }
        if (!waited)
          throw fail(
            `${failure}; retrying in ${formatDuration(delay)} would exceed the ${sequence.describeBudget()}`
          )
      }
    } finally {
      sequence.close()
    }
  }
}

async function readCapped(
  response: HttpResponse,
  cap: number,
  what: string,
  fail: (message: string) => ActionError
): Promise<string> {
  const length = Number(response.headers.get('content-length'))
  if (Number.isFinite(length) && length > cap) {
    response.discard()
    throw fail(`${what} answered ${length} bytes, over the ${formatBytes(cap)} cap for its kind`)
  }
  try {
    return await response.text(cap)
  } catch (error) {
    if (error instanceof ActionError) throw error
    if (/answered more than/.test((error as Error).message))
      throw fail(`${what} answered more than the ${formatBytes(cap)} cap for its kind`)
    throw error
  }
}

function parse<T>(text: string, what: string, fail: (message: string) => ActionError): T {
  try {
    return JSON.parse(text) as T
  } catch {
    throw fail(`${what} answered something that is not JSON`)
  }
}
