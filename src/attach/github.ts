import type { SerializedBundle } from '@sigstore/bundle'
import { ActionError } from '../errors'

export interface GitHubTarget {
  /** GITHUB_API_URL, e.g. https://api.github.com */
  apiURL: string
  /** GITHUB_SERVER_URL, for the attestation's web address. */
  serverURL: string
  /** owner/repo */
  repository: string
  token: string
}

export interface StoredAttestation {
  id: string
  url: string
}

const ATTEMPTS = 3

/**
 * Stores a bundle with GitHub's attestations API (needs `attestations: write`), where
 * `gh attestation verify` and GitHub's UI find it.
 */
export async function storeAttestation(
  target: GitHubTarget,
  bundle: SerializedBundle
): Promise<StoredAttestation> {
  const url = `${target.apiURL.replace(/\/+$/, '')}/repos/${target.repository}/attestations`
  let failure = ''
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    let response: Response
    try {
      response = await fetch(url, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${target.token}`,
          accept: 'application/vnd.github+json',
          'content-type': 'application/json',
          'x-github-api-version': '2022-11-28'
        },
        body: JSON.stringify({ bundle }),
        signal: AbortSignal.timeout(30_000)
      })
    } catch (error) {
      failure = (error as Error).message
      await backoff(attempt)
      continue
    }
    if (response.ok) {
      const body = (await response.json()) as { id?: number | string }
      if (body.id === undefined) throw attachError('the response has no attestation id')
      const id = String(body.id)
      return {
        id,
        url: `${target.serverURL.replace(/\/+$/, '')}/${target.repository}/attestations/${id}`
      }
    }
    failure = `HTTP ${response.status} ${await messageOf(response)}`
    if (response.status === 401 || response.status === 403 || response.status === 404)
      throw attachError(
        failure,
        'Give the job "permissions: attestations: write" (and id-token: write)'
      )
    if (response.status < 500 && response.status !== 429) throw attachError(failure)
    await backoff(attempt)
  }
  throw attachError(failure)
}

function attachError(detail: string, hint?: string): ActionError {
  return new ActionError(
    'ATTACH_FAILED',
    `GitHub's attestations API refused the bundle: ${detail}`,
    {
      hint
    }
  )
}

async function messageOf(response: Response): Promise<string> {
  try {
    const body = (await response.json()) as { message?: string }
    return body.message ?? ''
  } catch {
    return ''
  }
}

function backoff(attempt: number): Promise<void> {
  return attempt < ATTEMPTS
    ? new Promise(r => setTimeout(r, 500 * 2 ** (attempt - 1)))
    : Promise.resolve()
}
