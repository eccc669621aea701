import { ActionError } from '../errors'
import { checkDeadline } from '../network/deadline'
import { formatDuration } from '../network/duration'
import {
  backoffMs,
  MAX_TIMEOUTS,
  retryAfterMs,
  RetryBudget,
  type RetrySequence
} from '../network/retry'
import { Semaphore } from '../network/semaphore'
import { RegistryAuth } from './auth'
import { errorDetail } from './error-body'
import type { CredentialStore } from './credentials'
import { send, type HttpRequestInit } from './http'
import type { StreamedBody } from './http-exchange'
import { HttpTimeout, stoppedWhile, type HttpLimits } from './http-limits'
import type { HttpResponse } from './http-response'
import { apiHost, isLoopback } from './reference'
import { describeUrl } from './url'

export { errorDetail } from './error-body'

export interface RetryOptions {
  /** Attempts per request, the first included; the retry budget usually ends them first. */
  attempts: number
  baseDelayMs: number
  maxDelayMs: number
  /** Until response headers arrive, and the longest a body may pause. */
  timeoutMs: number
}

export const DEFAULT_RETRY: RetryOptions = {
  attempts: 50,
  baseDelayMs: 500,
  maxDelayMs: 30_000,
  timeoutMs: 30_000
}

export interface TransportOptions {
  insecureRegistries?: string[]
  retry?: Partial<RetryOptions>
  /** Shared with the run's other services; a fresh default budget when absent. */
  retryBudget?: RetryBudget
  /** Requests in flight at once (bodies being streamed do not count). */
  maxConcurrency?: number
}

export interface RegistryRequest {
  method: 'GET' | 'HEAD' | 'PUT' | 'POST' | 'PATCH' | 'DELETE'
  registry: string
  /** '/v2/…' or an absolute URL the registry handed out (upload Location, Link). */
  path: string
  /** Token scopes this request needs, e.g. ['repository:acme/app:pull']. */
  scopes: string[]
  headers?: Record<string, string>
  body?: Buffer | StreamedBody
}

/** Statuses worth another attempt: timeouts, rate limits, servers failing for now. */
export const RETRY_STATUS = new Set([408, 429, 500, 502, 503, 504])

/**
 * HTTP to registries: scheme choice, authentication (auth.ts), retries with backoff
 * for transient failures within the run's retry budget, and a bound on concurrent
 * requests.
 */
export class Transport {
  readonly retry: RetryOptions
  readonly budget: RetryBudget
  private readonly limits: Partial<HttpLimits>
  private readonly insecure: Set<string>
  private readonly semaphore: Semaphore
  readonly auth: RegistryAuth

  constructor(
    readonly credentials: CredentialStore,
    options: TransportOptions = {}
  ) {
    this.retry = { ...DEFAULT_RETRY, ...options.retry }
    this.budget = options.retryBudget ?? new RetryBudget()
    this.limits = { headersMs: this.retry.timeoutMs, idleMs: this.retry.timeoutMs }
    this.insecure = new Set(options.insecureRegistries ?? [])
    this.semaphore = new Semaphore(options.maxConcurrency ?? 8)
    this.auth = new RegistryAuth(credentials, (what, url, init) => this.sendToken(what, url, init))
  }

  baseUrl(registry: string): string {
    const host = apiHost(registry)
    const hostname = host.startsWith('[')
      ? host.slice(0, host.indexOf(']') + 1)
      : host.split(':')[0]
    const plain = isLoopback(host) || this.insecure.has(host) || this.insecure.has(hostname ?? '')
    return `${plain ? 'http' : 'https'}://${host}`
  }

  /**
   * Sends the request, authenticating on challenge and retrying transient failures
   * within the retry budget. Returns the response for any status that is not transient;
   * throws when retrying stops or authentication fails. Credentials go only to the
   * registry's own origin: an absolute URL elsewhere (a Link, an upload Location) gets none.
   */
  async send(request: RegistryRequest): Promise<HttpResponse> {
    const url = /^https?:\/\//.test(request.path)
      ? request.path
      : `${this.baseUrl(request.registry)}${request.path}`
    const own = new URL(url).origin === new URL(this.baseUrl(request.registry)).origin
    const what = `${request.method} ${describeUrl(url)}`
    const sequence = this.budget.sequence()
    let authenticated = false
    try {
      for (let attempt = 0; ; attempt++) {
        const authorization = own
          ? await this.auth.authorizationFor(request.registry, request.scopes)
          : undefined
        let response: HttpResponse
        try {
          response = await this.attempt(request, url, authorization)
        } catch (error) {
          if (error instanceof ActionError) throw error
          if (error instanceof HttpTimeout) sequence.timeouts++
          const reason = networkReason(error)
          if (isTlsFailure(error)) throw tlsError(what, reason, request.registry, error)
          const stop = await this.retryOrStop(
            sequence,
            attempt,
            `${what} failed (${reason})`,
            backoffMs(attempt, this.retry)
          )
          if (stop === undefined) continue
          throw new ActionError(
            'NETWORK_ERROR',
            `${what} failed after ${attempt + 1} attempts: ${reason}${stop}`,
            { hint: `Check that ${request.registry} is reachable`, cause: error }
          )
        }
        if (response.status === 401 && !authenticated && own) {
          response.discard()
          await this.auth.answerChallenge(request.registry, request.scopes, response)
          authenticated = true
          attempt--
          continue
        }
        if (response.status === 401 || response.status === 403) {
          const detail = await errorDetail(response)
          if (!own)
            throw new ActionError(
              'REGISTRY_AUTH',
              `${describeUrl(url)}, named by ${request.registry}, asked for authentication (${response.status}); credentials for ${request.registry} are not sent to another origin`
            )
          throw await this.auth.authFailure(request.registry, response.status, detail.text)
        }
        if (RETRY_STATUS.has(response.status)) {
          const retryAfter = retryAfterMs(response.headers.get('retry-after'))
          const stop = await this.retryOrStop(
            sequence,
            attempt,
            `${new URL(url).host} answered ${response.status} to ${what}`,
            retryAfter ?? backoffMs(attempt, this.retry),
            response
          )
          if (stop === undefined) continue
          const detail = await errorDetail(response)
          throw new ActionError(
            'REGISTRY_ERROR',
            `${request.registry} answered ${response.status} to ${what} ${attempt + 1} times${detail.text ? ` (${detail.text})` : ''}${stop}`,
            { hint: 'The registry is failing or rate-limiting; try again later' }
          )
        }
        return response
      }
    } finally {
      sequence.close()
    }
  }

  /**
   * Waits for the next attempt when attempts, timeouts and the budget allow (and returns
   * undefined), else says why not. A response being retried is dropped first.
   */
  private async retryOrStop(
    sequence: RetrySequence,
    attempt: number,
    failure: string,
    delayMs: number,
    response?: HttpResponse
  ): Promise<string | undefined> {
    if (attempt + 1 >= this.retry.attempts) return ''
    if (sequence.timeouts >= MAX_TIMEOUTS) return `; no answer in time ${MAX_TIMEOUTS} times`
    let waited: boolean
    try {
      checkDeadline()
      waited = await sequence.wait(failure, delayMs)
    } catch (error) {
      response?.discard()
      throw stoppedWhile(error, `waiting to retry after: ${failure}`)
    }
    if (waited) {
      response?.discard()
      return undefined
    }
    return `; retrying in ${formatDuration(delayMs)} would exceed the ${sequence.describeBudget()}`
  }

  /** A token request, retried like registry requests; a transient status is returned once retrying stops. */
  private async sendToken(what: string, url: string, init: HttpRequestInit): Promise<HttpResponse> {
    const sequence = this.budget.sequence()
    try {
      for (let attempt = 0; ; attempt++) {
        let response: HttpResponse
        try {
          response = await send(url, { ...init, limits: this.limits })
        } catch (error) {
          if (error instanceof ActionError) throw error
          if (error instanceof HttpTimeout) sequence.timeouts++
          const reason = networkReason(error)
          if (isTlsFailure(error)) throw tlsError(what, reason, new URL(url).host, error)
          const delay = backoffMs(attempt, this.retry)
          const stop = await this.retryOrStop(
            sequence,
            attempt,
            `${what} failed (${reason})`,
            delay
          )
          if (stop === undefined) continue
          throw new ActionError('NETWORK_ERROR', `${what} failed: ${reason}${stop}`, {
            cause: error
          })
        }
        if (!RETRY_STATUS.has(response.status)) return response
        const delay =
          retryAfterMs(response.headers.get('retry-after')) ?? backoffMs(attempt, this.retry)
        const failure = `the token service ${new URL(url).host} answered ${response.status}`
        if ((await this.retryOrStop(sequence, attempt, failure, delay, response)) !== undefined)
          return response
      }
    } finally {
      sequence.close()
    }
  }

  private async attempt(request: RegistryRequest, url: string, authorization?: string) {
    const release = await this.semaphore.acquire()
    try {
      const headers: Record<string, string> = {
        'user-agent': 'sbom-sign-action',
        ...request.headers
      }
      if (authorization) headers.authorization = authorization
      return await send(url, {
        method: request.method,
        headers,
        ...(request.body ? { body: request.body } : {}),
        limits: this.limits
      })
    } finally {
      release()
    }
  }
}

/** Read by shape: errors from Node's own modules may come from another realm. */
/**
 * A TLS protocol or certificate failure answers the same way every time (a plain-HTTP server,
 * an untrusted certificate): retrying it would only spend the retry budget.
 */
export function isTlsFailure(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code
  return (
    typeof code === 'string' &&
    (code === 'EPROTO' ||
      code.startsWith('ERR_SSL_') ||
      code.startsWith('ERR_TLS_') ||
      /CERT|SELF_SIGNED|UNABLE_TO_(GET|VERIFY)/.test(code))
  )
}

function tlsError(what: string, reason: string, host: string, cause: unknown): ActionError {
  return new ActionError('NETWORK_ERROR', `${what} failed: ${reason}`, {
    hint: {
      action: `${host} did not complete a TLS handshake: if it serves plain HTTP, add it to "insecure-registries"; if its certificate is private, trust its CA (NODE_EXTRA_CA_CERTS)`,
      cli: `${host} did not complete a TLS handshake: if it serves plain HTTP, pass --insecure-registry ${host}; if its certificate is private, trust its CA (NODE_EXTRA_CA_CERTS)`
    },
    cause
  })
}

/** A network failure's message with its cause's. */
export function networkReason(error: unknown): string {
  const message = (error as { message?: unknown } | null)?.message
  if (typeof message !== 'string') return String(error)
  const cause = (error as { cause?: { message?: unknown } }).cause?.message
  return typeof cause === 'string' ? `${message}: ${cause}` : message
}
