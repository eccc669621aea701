import { ActionError, describeError } from '../errors'
import type { Candidate } from './evaluate'

/** Where GitHub's attestations API is and which repository's attestations to list. */
export interface GitHubSource {
  /** GITHUB_API_URL, e.g. https://api.github.com */
  apiURL: string
  /** owner/repo */
  repository: string
  token?: string
}

const ATTEMPTS = 3

/**
 * The bundles GitHub stores for a subject digest (GET
 * /repos/{owner}/{repo}/attestations/{digest}). 404 means none; 429 and 5xx
 * are retried and then fail the check: an outage must never read as "unsigned".
 */
export async function githubCandidates(
  source: GitHubSource,
  digest: string,
  backoffMs = 1000
): Promise<Candidate[]> {
  const url = `${source.apiURL.replace(/\/+$/, '')}/repos/${source.repository}/attestations/${digest}`
  let failure = ''
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    if (attempt > 1) await new Promise(r => setTimeout(r, backoffMs * (attempt - 1)))
    let response: Response
    try {
      response = await fetch(url, {
        headers: {
          accept: 'application/vnd.github+json',
          'x-github-api-version': '2022-11-28',
          ...(source.token ? { authorization: `Bearer ${source.token}` } : {})
        },
        signal: AbortSignal.timeout(30_000)
      })
    } catch (error) {
      failure = describeError(error)
      continue
    }
    if (response.status === 404) return []
    if (response.ok) return parseAttestations(await response.text(), digest)
    failure = `HTTP ${response.status}`
    if (response.status === 401 || response.status === 403)
      throw new ActionError(
        'NETWORK_ERROR',
        `GitHub's attestations API refused to list attestations of ${digest}: ${failure}`,
        { hint: 'Give the job a token that can read the repository ("contents: read")' }
      )
    if (response.status !== 429 && response.status < 500) break
  }
  throw new ActionError(
    'NETWORK_ERROR',
    `GitHub's attestations API could not list attestations of ${digest}: ${failure}`,
    { hint: 'This is not the same as "no attestations": retry the job later' }
  )
}

function parseAttestations(text: string, digest: string): Candidate[] {
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    throw new ActionError('NETWORK_ERROR', `GitHub's attestations API answered with invalid JSON`)
  }
  const attestations = (body as { attestations?: unknown }).attestations
  if (!Array.isArray(attestations))
    throw new ActionError('NETWORK_ERROR', `GitHub's attestations API answered without a list`)
  return attestations.map((attestation: unknown, i) => ({
    origin: `GitHub attestation ${i + 1} for ${digest.slice(0, 19)}…`,
    bundle: (attestation as { bundle?: unknown } | null)?.bundle
  }))
}
