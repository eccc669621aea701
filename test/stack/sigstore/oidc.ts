import { randomBytes, sign, verify, type KeyObject } from 'node:crypto'
import { json, notFound, type Route } from './http'
import type { SigstoreStackInfo } from './index'

/**
 * A GitHub Actions style OIDC token endpoint (what ACTIONS_ID_TOKEN_REQUEST_URL points at):
 * ES256 tokens with GitHub's issuer and a workflow's claims, signed by a key of the stack's
 * that Fulcio (./fulcio.ts) checks them against.
 */

export const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com'
export const GITHUB = 'https://github.com'

/** Claims of the token the OIDC endpoint hands out: a push to main of acme/app. */
export const DEFAULT_CLAIMS: Readonly<Record<string, string>> = {
  iss: GITHUB_ISSUER,
  sub: 'repo:acme/app:ref:refs/heads/main',
  ref: 'refs/heads/main',
  ref_type: 'branch',
  sha: '1111111111111111111111111111111111111111',
  repository: 'acme/app',
  repository_id: '1000',
  repository_owner: 'acme',
  repository_owner_id: '2000',
  repository_visibility: 'public',
  actor: 'octocat',
  actor_id: '3000',
  workflow: 'release',
  workflow_ref: 'acme/app/.github/workflows/release.yml@refs/heads/main',
  workflow_sha: '1111111111111111111111111111111111111111',
  job_workflow_ref: 'acme/app/.github/workflows/release.yml@refs/heads/main',
  job_workflow_sha: '1111111111111111111111111111111111111111',
  event_name: 'push',
  run_id: '42',
  run_number: '7',
  run_attempt: '1',
  runner_environment: 'github-hosted'
}

/** A token signed by the stack's OIDC key with `claims` over the defaults (e.g. another repo). */
export async function mintToken(
  stack: SigstoreStackInfo,
  claims: Record<string, string>
): Promise<string> {
  const response = await fetch(`${stack.controlURL}/token`, {
    method: 'POST',
    body: JSON.stringify({ claims })
  })
  return ((await response.json()) as { value: string }).value
}

/**
 * `GET /token?audience=…` with `Authorization: Bearer <requestToken>`, as GitHub's endpoint:
 * the default claims, for the audience asked (the endpoint's URL when none is).
 */
export function oidcRoute(privateKey: KeyObject, requestToken: string, baseURL: string): Route {
  return async (method, path, _body, req) => {
    if (method !== 'GET' || path !== '/token') return notFound()
    const auth = req.headers.authorization ?? ''
    if (auth.toLowerCase() !== `bearer ${requestToken}`)
      return json(401, { message: 'bad ACTIONS_ID_TOKEN_REQUEST_TOKEN' })
    const audience = new URL(req.url ?? '/', baseURL).searchParams.get('audience')
    return json(200, { value: issueToken(privateKey, { aud: audience ?? baseURL }) })
  }
}

/** A JWT of the default claims with `extra` over them, valid for five minutes. */
export function issueToken(privateKey: KeyObject, extra: Record<string, string>): string {
  const now = Math.floor(Date.now() / 1000)
  const claims = {
    ...DEFAULT_CLAIMS,
    jti: randomBytes(8).toString('hex'),
    iat: now,
    nbf: now,
    exp: now + 300,
    ...extra
  }
  const signingInput = [
    base64url(JSON.stringify({ alg: 'ES256', typ: 'JWT', kid: 'local' })),
    base64url(JSON.stringify(claims))
  ].join('.')
  const signature = sign('sha256', Buffer.from(signingInput), {
    key: privateKey,
    dsaEncoding: 'ieee-p1363'
  })
  return `${signingInput}.${signature.toString('base64url')}`
}

/** The claims of a token signed by `publicKey`'s key and not expired; undefined otherwise. */
export function verifyToken(
  token: string,
  publicKey: KeyObject
): Record<string, string> | undefined {
  const [header, payload, signature] = token.split('.')
  if (!header || !payload || !signature) return undefined
  const valid = verify(
    'sha256',
    Buffer.from(`${header}.${payload}`),
    { key: publicKey, dsaEncoding: 'ieee-p1363' },
    Buffer.from(signature, 'base64url')
  )
  if (!valid) return undefined
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<string, string>
  if (Number(claims.exp) < Date.now() / 1000) return undefined
  return claims
}

export function base64url(text: string): string {
  return Buffer.from(text).toString('base64url')
}
