import type { KeyObject } from 'node:crypto'
import type { fulcioHandler } from '@sigstore/mock'
import type { Serialise } from './clock'
import { fromHandler, json, notFound, type Reply, type Route } from './http'
import { base64url, GITHUB, GITHUB_ISSUER, verifyToken } from './oidc'

/**
 * Fulcio over @sigstore/mock's handler, which issues a certificate for whatever token it is
 * given: the route first checks the token is the stack's and names it as Fulcio does.
 */
export function fulcioRoute(
  handler: ReturnType<typeof fulcioHandler>,
  oidcPublicKey: KeyObject,
  serialise: Serialise
): Route {
  return async (method, path, body) => {
    if (method !== 'POST' || path !== handler.path) return notFound()
    const request = githubPrincipal(body, oidcPublicKey)
    if ('status' in request) return request
    return serialise(() => handler.fn(request.body)).then(fromHandler)
  }
}

/**
 * What Fulcio does for GitHub's issuer: checks the token is ours and names the certificate
 * after the workflow (SAN = https://github.com/<job_workflow_ref>), not after `sub`.
 */
function githubPrincipal(body: Buffer, oidcPublicKey: KeyObject): Reply | { body: string } {
  let request: { credentials: { oidcIdentityToken: string } }
  try {
    request = JSON.parse(body.toString()) as typeof request
  } catch {
    return json(400, { code: 400, message: 'body is not JSON' })
  }
  const token = request.credentials?.oidcIdentityToken ?? ''
  const claims = verifyToken(token, oidcPublicKey)
  if (!claims) return json(401, { code: 401, message: 'invalid identity token' })
  if (claims.iss === GITHUB_ISSUER && claims.job_workflow_ref)
    claims.sub = `${GITHUB}/${claims.job_workflow_ref}`
  // The mock reads the (already checked) claims without verifying a signature.
  request.credentials.oidcIdentityToken = [
    base64url(JSON.stringify({ alg: 'none' })),
    base64url(JSON.stringify(claims)),
    ''
  ].join('.')
  return { body: JSON.stringify(request) }
}
