import { setTimeout as sleep } from 'node:timers/promises'
import { ActionError } from '../errors'
import { log } from '../log'
import { challengeScopes, mergeScopes, parseChallenges, type Challenge } from './challenge'
import { CredentialStore, type Credentials } from './credentials'
import { send, type HttpRequestInit, type HttpResponse } from './http'
import { apiHost, isLoopback } from './reference'

export interface RetryOptions {
  /** Attempts per request, the first included. */
  attempts: number
  baseDelayMs: number
  maxDelayMs: number
  /** Until response headers arrive. */
  timeoutMs: number
}

export const DEFAULT_RETRY: RetryOptions = {
  attempts: 5,
  baseDelayMs: 200,
  maxDelayMs: 10_000,
  timeoutMs: 60_000
}

export interface TransportOptions {
  insecureRegistries?: string[]
  retry?: Partial<RetryOptions>
  /** Requests in flight at once (bodies being streamed do not count). */
  maxConcurrency?: number
}

export interface RegistryRequest {
  method: 'GET' | 'HEAD' | 'PUT' | 'POST' | 'PATCH' | 'DELETE'
  registry: string
  /** '/v2/…' or an absolute URL the registry handed out (upload Location). */
  path: string
  /** Token scopes this request needs, e.g. ['repository:acme/app:pull']. */
  scopes: string[]
  headers?: Record<string, string>
  body?: Buffer
}

const MAX_RETRY_AFTER_MS = 60_000
const RETRY_STATUS = new Set([408, 429, 500, 502, 503, 504])

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

/** Seconds or an HTTP date → milliseconds to wait, or undefined. */
export function retryAfterMs(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000
  const date = Date.parse(value)
  return Number.isNaN(date) ? undefined : Math.max(0, date - now)
}

export function backoffMs(attempt: number, retry: RetryOptions): number {
  const ceiling = Math.min(retry.maxDelayMs, retry.baseDelayMs * 2 ** attempt)
  // Full jitter: spreads clients that failed together.
  return ceiling / 2 + Math.random() * (ceiling / 2)
}

export function describeUrl(url: string): string {
  try {
    const parsed = new URL(url)
    return `${parsed.origin}${parsed.pathname}`
  } catch {
    return url
  }
}

/** Reads a registry error body (`{"errors":[{"code","message"}]}`) into one line. */
export async function errorDetail(
  response: HttpResponse
): Promise<{ codes: string[]; text: string }> {
  let body: string
  try {
    body = await response.text()
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
   * Sends the request, authenticating on challenge and retrying transient failures.
   * Returns the response for any status that is not transient; throws when retries run
   * out or authentication fails.
   */
  async send(request: RegistryRequest): Promise<HttpResponse> {
    const url = /^https?:\/\//.test(request.path)
      ? request.path
      : `${this.baseUrl(request.registry)}${request.path}`
    let authenticated = false
    for (let attempt = 0; ; attempt++) {
      const authorization = await this.authorizationFor(request)
      let response: HttpResponse
      try {
        response = await this.attempt(request, url, authorization)
      } catch (error) {
        if (attempt + 1 >= this.retry.attempts)
          throw new ActionError(
            'NETWORK_ERROR',
            `${request.method} ${describeUrl(url)} failed after ${attempt + 1} attempts: ${networkReason(error)}`,
            { hint: `Check that ${request.registry} is reachable`, cause: error }
          )
        log.debug(`${request.method} ${describeUrl(url)}: ${networkReason(error)}; retrying`)
        await sleep(backoffMs(attempt, this.retry))
        continue
      }
      if (response.status === 401 && !authenticated) {
        response.discard()
        await this.answerChallenge(request, response)
        authenticated = true
        attempt--
        continue
      }
      if (response.status === 401 || response.status === 403) {
        const detail = await errorDetail(response)
        throw await this.authFailure(request.registry, response.status, detail.text)
      }
      if (RETRY_STATUS.has(response.status)) {
        if (attempt + 1 >= this.retry.attempts) {
          const detail = await errorDetail(response)
          throw new ActionError(
            'REGISTRY_ERROR',
            `${request.registry} answered ${response.status} to ${request.method} ${describeUrl(url)} ${attempt + 1} times${detail.text ? ` (${detail.text})` : ''}`,
            { hint: 'The registry is failing or rate-limiting; try again later' }
          )
        }
        response.discard()
        const delay = this.delay(response, attempt)
        log.debug(
          `${request.method} ${describeUrl(url)}: ${response.status}; retrying in ${Math.round(delay)} ms`
        )
        await sleep(delay)
        continue
      }
      return response
    }
  }

  /** Retry-After when the registry gives one (capped), else backoff. */
  private delay(response: HttpResponse, attempt: number): number {
    const wait = retryAfterMs(response.headers.get('retry-after'))
    return Math.min(wait ?? backoffMs(attempt, this.retry), MAX_RETRY_AFTER_MS)
  }

  private async attempt(request: RegistryRequest, url: string, authorization?: string) {
    const release = await this.semaphore.acquire()
    const controller = new AbortController()
    const timer = setTimeout(
      () => controller.abort(new Error(`no response within ${this.retry.timeoutMs} ms`)),
      this.retry.timeoutMs
    )
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
        signal: controller.signal
      })
    } finally {
      clearTimeout(timer)
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
    let response: HttpResponse | undefined
    for (let attempt = 0; attempt < this.retry.attempts; attempt++) {
      try {
        response = await send(url, { ...init, signal: AbortSignal.timeout(this.retry.timeoutMs) })
      } catch (error) {
        if (attempt + 1 >= this.retry.attempts)
          throw new ActionError(
            'NETWORK_ERROR',
            `token request to ${describeUrl(url)} for ${registry} failed: ${networkReason(error)}`,
            { cause: error }
          )
        await sleep(backoffMs(attempt, this.retry))
        continue
      }
      if (!RETRY_STATUS.has(response.status) || attempt + 1 >= this.retry.attempts) break
      response.discard()
      await sleep(this.delay(response, attempt))
    }
    if (!response)
      throw new ActionError('NETWORK_ERROR', `token request to ${describeUrl(url)} failed`)
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
          : {
              action: `Log in to ${registry} (docker/login-action) or set "registry-username" and "registry-password"; for ghcr.io give the job "packages: read" (or "packages: write" to sign)`,
              cli: `Log in to ${registry} (docker login) or pass --registry-username and --registry-password`
            }
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
