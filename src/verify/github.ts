import { ActionError, describeError } from '../errors'
import { log } from '../log'
import type { Reference } from '../oci'
import type { Candidate } from './evaluate'

/** Where GitHub's attestations API is, and the repository the workflow runs in. */
export interface GitHubSource {
  /** GITHUB_API_URL, e.g. https://api.github.com */
  apiURL: string
  /** owner/repo of the workflow (GITHUB_REPOSITORY) */
  repository: string
  token?: string
}

/** Registries whose repositories are `<owner>/<name>`, owned by the GitHub account `<owner>`. */
const GITHUB_REGISTRIES = new Set(['ghcr.io'])
const ATTEMPTS = 3
const PER_PAGE = 100
/** 1,000 attestations for one digest and owner, as `gh attestation verify --limit` allows. */
const MAX_PAGES = 10
/** A bundle is a few kilobytes; this bounds what a compressed body may claim to expand to. */
const MAX_BUNDLE_BYTES = 64 * 1024 * 1024

/** One place to ask: an account (organization, else user) or a repository. */
type Scope = { owner: string } | { repository: string }

/**
 * The bundles GitHub stores for the image digest, asked where `gh attestation verify` would:
 * the owner of a ghcr.io image (GET /orgs/{owner}/attestations/{digest}, or
 * /users/{owner}/… for a user account). For other registries the first path segment is taken
 * as the owner too (a mirror keeps the owner's name), and the workflow's repository is asked
 * as well. 404 means none; 429 and 5xx are retried and then fail the check: an outage must
 * never read as "unsigned".
 */
export async function githubCandidates(
  source: GitHubSource,
  ref: Reference,
  digest: string,
  backoffMs = 1000
): Promise<Candidate[]> {
  const api = new GitHubApi(source, backoffMs)
  const candidates: Candidate[] = []
  for (const scope of attestationScopes(ref, source.repository)) {
    const found =
      'owner' in scope
        ? ((await api.list(`orgs/${scope.owner}`, digest)) ??
          (await api.list(`users/${scope.owner}`, digest)))
        : await api.list(`repos/${scope.repository}`, digest)
    const where = 'owner' in scope ? scope.owner : scope.repository
    for (const [i, attestation] of (found ?? []).entries())
      candidates.push(await api.candidate(attestation, `GitHub attestation ${i + 1} of ${where}`))
  }
  return candidates
}

/** Whom to ask about an image; exported for tests. */
export function attestationScopes(ref: Reference, repository: string): Scope[] {
  const segments = ref.repository.split('/')
  const owner =
    segments.length > 1 && !(ref.registry === 'docker.io' && segments[0] === 'library')
      ? segments[0]
      : undefined
  if (GITHUB_REGISTRIES.has(ref.registry) && owner) return [{ owner }]
  const scopes: Scope[] = owner ? [{ owner }] : []
  const repositoryOwner = repository.split('/')[0] ?? ''
  if (owner?.toLowerCase() !== repositoryOwner.toLowerCase()) scopes.push({ repository })
  return scopes
}

interface Attestation {
  bundle?: unknown
  bundle_url?: unknown
}

class GitHubApi {
  private readonly base: URL

  constructor(
    private readonly source: GitHubSource,
    private readonly backoffMs: number
  ) {
    this.base = new URL(source.apiURL.replace(/\/*$/, '/'))
  }

  /** Every page of `{scope}/attestations/{digest}`; undefined on 404. */
  async list(scope: string, digest: string): Promise<Attestation[] | undefined> {
    let url: URL | undefined = new URL(`${scope}/attestations/${digest}`, this.base)
    url.searchParams.set('per_page', String(PER_PAGE))
    const attestations: Attestation[] = []
    for (let page = 0; url; page++) {
      if (page === MAX_PAGES) {
        log.warning(
          `GitHub lists more than ${attestations.length} attestations of ${digest} for ${scope}: only those were read`
        )
        break
      }
      const response = await this.get(url, `list attestations of ${digest} (/${scope})`)
      if (response.status === 404) return page === 0 ? undefined : attestations
      attestations.push(...parseList(await response.text()))
      url = this.nextPage(response.headers.get('link'))
    }
    return attestations
  }

  /** The candidate for one listed attestation: its inline bundle, or the one at bundle_url. */
  async candidate(attestation: Attestation, origin: string): Promise<Candidate> {
    if (attestation.bundle && typeof attestation.bundle === 'object')
      return { origin, bundle: attestation.bundle }
    if (typeof attestation.bundle_url !== 'string')
      return {
        origin,
        bundle: undefined,
        problem: 'the API gave neither a bundle nor a bundle_url'
      }
    let url: URL
    try {
      url = new URL(attestation.bundle_url)
    } catch {
      return { origin, bundle: undefined, problem: 'bundle_url is not a URL' }
    }
    const response = await this.get(url, `fetch the bundle of ${origin}`)
    if (response.status === 404)
      return { origin, bundle: undefined, problem: 'bundle_url answered 404' }
    try {
      return { origin, bundle: decodeBundle(Buffer.from(await response.arrayBuffer())) }
    } catch (error) {
      return { origin, bundle: undefined, problem: describeError(error) }
    }
  }

  /** GET with retries; resolves to a 2xx or 404 response, throws on anything else. */
  private async get(url: URL, what: string): Promise<Response> {
    // The token goes to the API only: bundle_url points at pre-signed blob storage.
    const onApi = url.origin === this.base.origin
    let failure = ''
    for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
      if (attempt > 1) await new Promise(r => setTimeout(r, this.backoffMs * (attempt - 1)))
      let response: Response
      try {
        response = await fetch(url, {
          headers: onApi
            ? {
                accept: 'application/vnd.github+json',
                'x-github-api-version': '2022-11-28',
                ...(this.source.token ? { authorization: `Bearer ${this.source.token}` } : {})
              }
            : {},
          signal: AbortSignal.timeout(30_000)
        })
      } catch (error) {
        failure = describeError(error)
        continue
      }
      if (response.ok || response.status === 404) return response
      await response.body?.cancel()
      failure = `HTTP ${response.status}`
      const rateLimited =
        response.status === 429 ||
        (response.status === 403 && response.headers.get('x-ratelimit-remaining') === '0')
      if (rateLimited) failure += ' (rate limited)'
      else if (onApi && (response.status === 401 || response.status === 403))
        throw new ActionError('NETWORK_ERROR', `GitHub's API refused to ${what}: ${failure}`, {
          hint:
            'Give the job a token that may read attestations: "permissions: attestations: read" ' +
            '(and "contents: read" for private repositories), passed as "github-token"'
        })
      else if (response.status < 500) break
    }
    throw new ActionError('NETWORK_ERROR', `GitHub's API could not ${what}: ${failure}`, {
      hint: 'This is not the same as "no attestations": try again later'
    })
  }

  /** The `rel="next"` page of a Link header; only on the API's own origin, which gets the token. */
  private nextPage(link: string | null): URL | undefined {
    const next = link
      ?.split(',')
      .map(part => /<([^>]+)>\s*;\s*rel="?next"?/.exec(part)?.[1])
      .find(Boolean)
    if (!next) return undefined
    const url = new URL(next, this.base)
    if (url.origin !== this.base.origin)
      throw new ActionError('NETWORK_ERROR', `GitHub's API pointed the next page at ${url.origin}`)
    return url
  }
}

function parseList(text: string): Attestation[] {
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    throw new ActionError('NETWORK_ERROR', `GitHub's attestations API answered with invalid JSON`)
  }
  const attestations = (body as { attestations?: unknown } | null)?.attestations
  if (!Array.isArray(attestations))
    throw new ActionError('NETWORK_ERROR', `GitHub's attestations API answered without a list`)
  return attestations.map(a => (a && typeof a === 'object' ? (a as Attestation) : {}))
}

/** A bundle as bundle_url serves it: Snappy-compressed JSON, or plain JSON. */
export function decodeBundle(body: Buffer): unknown {
  try {
    return JSON.parse(body.toString('utf8'))
  } catch {
    // compressed: fall through
  }
  let text: string
  try {
    text = snappyDecode(body).toString('utf8')
  } catch (error) {
    throw new Error(
      `the bundle at bundle_url is neither JSON nor Snappy: ${describeError(error)}`,
      {
        cause: error
      }
    )
  }
  try {
    return JSON.parse(text)
  } catch {
    throw new Error('the bundle at bundle_url does not decompress to JSON')
  }
}

/** Decodes Snappy's block format: a varint length, then literals and back-references. */
export function snappyDecode(input: Buffer): Buffer {
  let pos = 0
  let length = 0
  for (let shift = 0; ; shift += 7) {
    const byte = input[pos++]
    if (byte === undefined || shift > 28) throw new Error('bad length preamble')
    length += (byte & 0x7f) * 2 ** shift
    if (byte < 0x80) break
  }
  if (length > MAX_BUNDLE_BYTES) throw new Error(`claims ${length} bytes`)
  const out = Buffer.alloc(length)
  let written = 0
  const take = (n: number): number => {
    if (pos + n > input.length) throw new Error('truncated')
    let value = 0
    for (let i = 0; i < n; i++) value += (input[pos + i] as number) * 2 ** (8 * i)
    pos += n
    return value
  }
  while (pos < input.length) {
    const tag = input[pos++] as number
    const kind = tag & 3
    if (kind === 0) {
      let size = tag >> 2
      if (size >= 60) size = take(size - 59)
      size += 1
      if (pos + size > input.length || written + size > length) throw new Error('bad literal')
      input.copy(out, written, pos, pos + size)
      pos += size
      written += size
      continue
    }
    let size: number
    let offset: number
    if (kind === 1) {
      size = 4 + ((tag >> 2) & 7)
      offset = ((tag >> 5) << 8) + take(1)
    } else {
      size = 1 + (tag >> 2)
      offset = take(kind === 2 ? 2 : 4)
    }
    if (offset === 0 || offset > written || written + size > length) throw new Error('bad copy')
    // Byte by byte: a copy may overlap the bytes it produces (runs).
    for (let i = 0; i < size; i++, written++) out[written] = out[written - offset] as number
  }
  if (written !== length) throw new Error('length mismatch')
  return out
}
