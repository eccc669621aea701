import { ActionError, type Hint } from '../errors'
import { log } from '../log'

/** Who Fulcio will say signed: the certificate SAN and the OIDC issuer extension. */
export interface SignerIdentity {
  subjectAlternativeName: string
  issuer: string
}

/** An OIDC token for Fulcio, fetched once and kept for the run. */
export interface IdentityTokenSource {
  getToken(): Promise<string>
}

export const GITHUB_ACTIONS_ISSUER = 'https://token.actions.githubusercontent.com'

const AUDIENCE = 'sigstore'
const ATTEMPTS = 3

/** What to add to the workflow for keyless signing, and what each option needs besides. */
export const PERMISSIONS_HINT: Hint = {
  action:
    'Add "permissions: id-token: write" to the job (keyless signing needs the OIDC token); ' +
    'pushing to ghcr.io also needs "packages: write", and "github-attestations: true" needs ' +
    '"attestations: write". Without OIDC, sign with "key" instead',
  cli:
    'Outside GitHub Actions, set SIGSTORE_ID_TOKEN to an OIDC identity token the Fulcio ' +
    'instance accepts (audience "sigstore"), or sign with --key'
}

/**
 * The runner's OIDC token: SIGSTORE_ID_TOKEN when set (as sigstore-js and cosign read it),
 * else the Actions token service (ACTIONS_ID_TOKEN_REQUEST_URL/TOKEN, present only with
 * `id-token: write`). Fails at once when neither is there, before anything else runs.
 */
export function identityTokenSource(env: NodeJS.ProcessEnv = process.env): IdentityTokenSource {
  const fixed = env.SIGSTORE_ID_TOKEN
  if (fixed) {
    log.secret(fixed)
    return { getToken: async () => fixed }
  }
  const url = env.ACTIONS_ID_TOKEN_REQUEST_URL
  const requestToken = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN
  if (!url || !requestToken)
    throw new ActionError(
      'IDENTITY_UNAVAILABLE',
      'no OIDC identity token for keyless signing: ACTIONS_ID_TOKEN_REQUEST_URL is not set',
      { hint: PERMISSIONS_HINT }
    )
  log.secret(requestToken)
  // Actions tokens live minutes; a long SBOM run must not hand Fulcio an expired one.
  let token: Promise<string> | undefined
  let expires = 0
  return {
    getToken: () => {
      if (!token || Date.now() / 1000 > expires - 60) {
        expires = Infinity
        const pending = requestActionsToken(url, requestToken)
        token = pending
        pending.then(
          value => (expires = Number(tokenClaims(value).exp) || Infinity),
          () => (token = undefined)
        )
      }
      return token
    }
  }
}

async function requestActionsToken(requestURL: string, requestToken: string): Promise<string> {
  const url = new URL(requestURL)
  url.searchParams.set('audience', AUDIENCE)
  let lastError = ''
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    try {
      const response = await fetch(url, {
        headers: { authorization: `bearer ${requestToken}`, accept: 'application/json' },
        signal: AbortSignal.timeout(10_000)
      })
      if (response.ok) {
        const body = (await response.json()) as { value?: unknown }
        if (typeof body.value !== 'string' || !body.value)
          throw new ActionError('IDENTITY_UNAVAILABLE', 'the OIDC token response has no token')
        log.secret(body.value)
        return body.value
      }
      lastError = `HTTP ${response.status}`
      if (response.status < 500 && response.status !== 429) break
    } catch (error) {
      if (error instanceof ActionError) throw error
      lastError = (error as Error).message
    }
    if (attempt < ATTEMPTS) await new Promise(r => setTimeout(r, 500 * attempt))
  }
  throw new ActionError('IDENTITY_UNAVAILABLE', `could not get an OIDC token: ${lastError}`, {
    hint: PERMISSIONS_HINT
  })
}

/** The claims of a JWT, unverified: Fulcio verifies the token; we only read who we are. */
export function tokenClaims(token: string): Record<string, unknown> {
  const payload = token.split('.')[1]
  try {
    return JSON.parse(Buffer.from(payload ?? '', 'base64url').toString()) as Record<string, unknown>
  } catch {
    throw new ActionError('IDENTITY_UNAVAILABLE', 'the OIDC identity token is not a JWT', {
      hint: 'Check SIGSTORE_ID_TOKEN, or unset it to use the Actions token'
    })
  }
}

/**
 * The identity Fulcio will put in the certificate for these claims: for GitHub Actions the
 * workflow that runs (https://github.com/<job_workflow_ref>), for email issuers the address,
 * else the subject.
 */
export function identityFromClaims(claims: Record<string, unknown>): SignerIdentity {
  const issuer = String(claims.iss ?? '')
  const text = (name: string) => (typeof claims[name] === 'string' ? claims[name] : undefined)
  const workflow = text('job_workflow_ref')
  if (issuer === GITHUB_ACTIONS_ISSUER && workflow)
    return { subjectAlternativeName: `https://github.com/${workflow}`, issuer }
  return { subjectAlternativeName: text('email') ?? text('sub') ?? '', issuer }
}
