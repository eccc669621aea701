import { ActionError } from '../errors'
import { log } from '../log'
import { challengeScopes, mergeScopes, parseChallenges, type Challenge } from './challenge'
import type { CredentialStore, Credentials } from './credentials'
import type { HttpRequestInit } from './http'
import type { HttpResponse } from './http-response'
import { describeUrl } from './url'
import { errorDetail } from './error-body'

interface TokenGrant {
  header: string
  expiresAt: number
}

/** Sends a token request, retrying as registry requests are retried. */
export type TokenSender = (
  what: string,
  url: string,
  init: HttpRequestInit
) => Promise<HttpResponse>

/**
 * The registry side of authentication: the bearer/basic challenge flow, with tokens
 * cached per registry and scope set until shortly before they expire.
 */
export class RegistryAuth {
  /** registry → how it wants to be authenticated, learnt from its last challenge. */
  private readonly challenges = new Map<string, Challenge>()
  private readonly tokens = new Map<string, TokenGrant>()

  constructor(
    readonly credentials: CredentialStore,
    private readonly sendToken: TokenSender
  ) {}

  private tokenKey(registry: string, scopes: string[]): string {
    return `${registry} ${mergeScopes(scopes).join(' ')}`
  }

  /** The Authorization header for a request needing `scopes`, once the registry has challenged. */
  async authorizationFor(registry: string, scopes: string[]): Promise<string | undefined> {
    const request = { registry, scopes }
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

  /** Learns how the registry wants to be authenticated from its 401, and gets a token if it wants one. */
  async answerChallenge(registry: string, scopes: string[], response: HttpResponse): Promise<void> {
    const request = { registry, scopes }
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
    const response = await this.sendToken(
      `token request to ${describeUrl(url)} for ${registry}`,
      url,
      init
    )
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

  /** Names the registry and whose credentials failed, or where none were found. */
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
