import { ActionError } from '../errors'
import { log } from '../log'
import { checkDeadline } from '../network/deadline'
import { formatDuration } from '../network/duration'
import {
  backoffMs,
  MAX_TIMEOUTS,
  retryAfterMs,
  RetryBudget,
  type RetrySequence
} from '../network/retry'
import { challengeScopes, mergeScopes, parseChallenges, type Challenge } from './challenge'
import { CredentialStore, type Credentials } from './credentials'
import {
  describeUrl,
  HttpTimeout,
  send,
  type HttpLimits,
  type HttpRequestInit,
  type HttpResponse
} from './http'
import { apiHost, isLoopback } from './reference'

export { describeUrl } from './http'

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
  body?: Buffer
}

const RETRY_STATUS = new Set([408, 429, 500, 502, 503, 504])
/** Error bodies are read for their message only. */
const MAX_ERROR_BODY = 64 << 10

/** Counts requests in flight and makes the rest wait their turn. */
class Semaphore {
  private active = 0
  private readonly waiting: (() => void)[] = []
  constructor(private readonly limit: number) {}

  async acquire(): Promise<() => void> {
    if (this.active >= this.limit) await new Promise<void>(resolve => this.waiting.push(resolve))
    this.active++
    let released = false
    return () => {
      if (released) return
      released = true
      this.active--
      this.waiting.shift()?.()
    }
  }
}

/** Reads a registry error body (`{"errors":[{"code","message"}]}`) into one line. */
export async function errorDetail(
  response: HttpResponse
): Promise<{ codes: string[]; text: string }> {
  let body: string
  try {
    body = await response.text(MAX_ERROR_BODY)
  } catch {
    return { codes: [], text: '' }
  }
  try {
    const parsed = JSON.parse(body) as { errors?: { code?: string; message?: string }[] }
    const errors = parsed.errors ?? []
    return {
      codes: errors.map(e => e.code ?? '').filter(Boolean),
      text: errors.map(e => [e.code, e.message].filter(Boolean).join(': ')).join('; ')
    }
  } catch {
    const type = response.headers.get('content-type') ?? ''
    const snippet = type.includes('html') ? 'an HTML page' : JSON.stringify(body.slice(0, 120))
    return { codes: [], text: body ? snippet : '' }
  }
}

interface TokenGrant {
  header: string
  expiresAt: number
}

/**
 * HTTP to registries: scheme choice, the bearer/basic challenge flow with token
 * caching per scope, retries with backoff for transient failures, timeouts, and a
 * bound on concurrent requests.
 */
export class Transport {
  readonly retry: RetryOptions
  readonly budget: RetryBudget
  private readonly limits: Partial<HttpLimits>
  private readonly insecure: Set<string>
  private readonly semaphore: Semaphore
  /** registry → how it wants to be authenticated, learnt from its last challenge. */
  private readonly challenges = new Map<string, Challenge>()
  private readonly tokens = new Map<string, TokenGrant>()

  constructor(
    readonly credentials: CredentialStore,
    options: TransportOptions = {}
  ) {
    this.retry = { ...DEFAULT_RETRY, ...options.retry }
    this.budget = options.retryBudget ?? new RetryBudget()
    this.limits = { headersMs: this.retry.timeoutMs, idleMs: this.retry.timeoutMs }
    this.insecure = new Set(options.insecureRegistries ?? [])
    this.semaphore = new Semaphore(options.maxConcurrency ?? 8)
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
        const authorization = own ? await this.authorizationFor(request) : undefined
        let response: HttpResponse
        try {
          response = await this.attempt(request, url, authorization)
        } catch (error) {
          if (error instanceof ActionError) throw error
          if (error instanceof HttpTimeout) sequence.timeouts++
          const reason = networkReason(error)
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
          await this.answerChallenge(request, response)
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
          throw await this.authFailure(request.registry, response.status, detail.text)
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
    checkDeadline()
    if (attempt + 1 >= this.retry.attempts) return ''
    if (sequence.timeouts >= MAX_TIMEOUTS) return `; no answer in time ${MAX_TIMEOUTS} times`
    if (await sequence.wait(failure, delayMs)) {
      response?.discard()
      return undefined
    }
    return `; retrying in ${formatDuration(delayMs)} would exceed the ${sequence.describeBudget()}`
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

  private tokenKey(registry: string, scopes: string[]): string {
    return `${registry} ${mergeScopes(scopes).join(' ')}`
  }

  private async authorizationFor(request: RegistryRequest): Promise<string | undefined> {
    const challenge = this.challenges.get(request.registry)
    if (!challenge) return undefined
    if (challenge.scheme === 'basic') {
      const credentials = await this.credentials.get(request.registry)
      return credentials ? basicHeader(credentials) : undefined
    }
    const grant = this.tokens.get(this.tokenKey(request.registry, request.scopes))
    if (grant && grant.expiresAt > Date.now()) return grant.header
    // A token for this registry's other scopes is not reused: each scope set has its own.
    if (challenge.scheme === 'bearer') {
      await this.fetchToken(request.registry, challenge, request.scopes)
      return this.tokens.get(this.tokenKey(request.registry, request.scopes))?.header
    }
    return undefined
  }

  private async answerChallenge(request: RegistryRequest, response: HttpResponse): Promise<void> {
    const header = response.headers.get('www-authenticate') ?? ''
    const challenges = parseChallenges(header)
    const challenge =
      challenges.find(c => c.scheme === 'bearer') ?? challenges.find(c => c.scheme === 'basic')
    if (!challenge)
      throw new ActionError(
        'REGISTRY_AUTH',
        `${request.registry} asked for authentication with an unsupported challenge "${header.slice(0, 100)}"`,
        { hint: 'Only Bearer and Basic registry authentication are supported' }
      )
    this.challenges.set(request.registry, challenge)
    if (challenge.scheme === 'basic') {
      if (!(await this.credentials.get(request.registry)))
        throw await this.authFailure(request.registry, 401, '')
      return
    }
    await this.fetchToken(request.registry, challenge, [
      ...request.scopes,
      ...challengeScopes(challenge)
    ])
    // The challenge may have added scopes; cache the grant under the request's scopes too.
    const merged = this.tokens.get(
      this.tokenKey(request.registry, [...request.scopes, ...challengeScopes(challenge)])
    )
    if (merged) this.tokens.set(this.tokenKey(request.registry, request.scopes), merged)
  }

  private async fetchToken(
    registry: string,
    challenge: Challenge,
    scopes: string[]
  ): Promise<void> {
    const realm = challenge.params.realm
    if (!realm)
      throw new ActionError('REGISTRY_AUTH', `${registry} sent a Bearer challenge without a realm`)
    const merged = mergeScopes(scopes)
    const credentials = await this.credentials.get(registry)
    const query = new URLSearchParams()
    if (challenge.params.service) query.set('service', challenge.params.service)
    // Docker sends the user name along; some token services key their audit logs on it.
    if (credentials?.username) query.set('account', credentials.username)
    for (const scope of merged) query.append('scope', scope)
    let init: HttpRequestInit
    if (credentials?.identityToken) {
      const form = new URLSearchParams(query)
      form.set('grant_type', 'refresh_token')
      form.set('refresh_token', credentials.identityToken)
      form.set('client_id', 'sbom-sign-action')
      init = {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: form.toString()
      }
    } else {
      const separator = realm.includes('?') ? '&' : '?'
      const headers: Record<string, string> = {}
      if (credentials?.password !== undefined) headers.authorization = basicHeader(credentials)
      init = { method: 'GET', headers }
      return this.storeToken(registry, merged, `${realm}${separator}${query}`, init)
    }
    return this.storeToken(registry, merged, realm, init)
  }

  private async storeToken(registry: string, scopes: string[], url: string, init: HttpRequestInit) {
    const what = `token request to ${describeUrl(url)} for ${registry}`
    const sequence = this.budget.sequence()
    let response: HttpResponse
    try {
      for (let attempt = 0; ; attempt++) {
        try {
          response = await send(url, { ...init, limits: this.limits })
        } catch (error) {
          if (error instanceof ActionError) throw error
          if (error instanceof HttpTimeout) sequence.timeouts++
          const reason = networkReason(error)
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
        if (!RETRY_STATUS.has(response.status)) break
        const delay =
          retryAfterMs(response.headers.get('retry-after')) ?? backoffMs(attempt, this.retry)
        const failure = `the token service ${new URL(url).host} answered ${response.status}`
        if ((await this.retryOrStop(sequence, attempt, failure, delay, response)) !== undefined)
          break
      }
    } finally {
      sequence.close()
    }
    if (response.status === 401 || response.status === 403) {
      const detail = await errorDetail(response)
      throw await this.authFailure(registry, response.status, detail.text)
    }
    if (!response.ok) {
      const detail = await errorDetail(response)
      throw new ActionError(
        'REGISTRY_AUTH',
        `token service ${describeUrl(url)} for ${registry} answered ${response.status}${detail.text ? ` (${detail.text})` : ''}`
      )
    }
    const text = await response.text()
    let body: { token?: string; access_token?: string; expires_in?: number }
    try {
      body = JSON.parse(text) as typeof body
    } catch {
      throw new ActionError(
        'REGISTRY_AUTH',
        `token service ${describeUrl(url)} for ${registry} answered something that is not JSON`
      )
    }
    const token = body.token ?? body.access_token
    if (!token)
      throw new ActionError(
        'REGISTRY_AUTH',
        `token service ${describeUrl(url)} for ${registry} returned no token`
      )
    log.secret(token)
    // Renew a little early; 60 s is the spec's default lifetime.
    const lifetime = Math.max(30, body.expires_in ?? 60) - 10
    this.tokens.set(this.tokenKey(registry, scopes), {
      header: `Bearer ${token}`,
      expiresAt: Date.now() + lifetime * 1000
    })
  }

  async authFailure(registry: string, status: number, detail: string): Promise<ActionError> {
    const credentials = await this.credentials.get(registry).catch(() => undefined)
    const who = credentials
      ? `the credentials from ${credentials.source} were rejected`
      : `no credentials were found (looked in ${this.credentials.searched(registry)})`
    return new ActionError(
      'REGISTRY_AUTH',
      `authentication failed for ${registry} (${status}${detail ? `: ${detail}` : ''}): ${who}`,
      {
        hint: credentials
          ? `Check the username, password or token for ${registry} and that it may access this repository`
          : `Log in to ${registry} (docker login) or set registry-username and registry-password`
      }
    )
  }
}

function basicHeader(credentials: Credentials): string {
  return `Basic ${Buffer.from(`${credentials.username ?? ''}:${credentials.password ?? ''}`).toString('base64')}`
}

/** Read by shape: errors from Node's own modules may come from another realm. */
function networkReason(error: unknown): string {
  const message = (error as { message?: unknown } | null)?.message
  if (typeof message !== 'string') return String(error)
  const cause = (error as { cause?: { message?: unknown } }).cause?.message
  return typeof cause === 'string' ? `${message}: ${cause}` : message
}
