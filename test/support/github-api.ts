import { createServer, type Server } from 'node:http'
import { createRequire } from 'node:module'
import type { AddressInfo } from 'node:net'

const snappy = createRequire(import.meta.url)('snappyjs') as {
  compress(input: Uint8Array): Uint8Array
}

/** One attestation as GitHub's API stores it. */
export interface StoredBundle {
  id: number
  repository: string
  bundle: Record<string, unknown>
  /**
   * How listings return it: inline `bundle` (default), or only a `bundle_url` serving the
   * JSON plainly (`url`) or Snappy-compressed (`snappy`), as GitHub's blob storage does.
   */
  delivery?: 'inline' | 'url' | 'snappy'
}

/**
 * GitHub's attestations REST API at the HTTP level, for tests:
 * - POST /repos/{owner}/{repo}/attestations stores `{bundle}` and answers `{id}`;
 * - GET /repos/{owner}/{repo}/attestations/{subject_digest}, /orgs/{org}/attestations/…
 *   and /users/{username}/attestations/… list the bundles whose DSSE statement names that
 *   digest, stored in that repository or in any repository of that account; accounts named
 *   in `users` are user accounts (404 under /orgs), all others organizations (404 under
 *   /users). Nothing found is a 404, as on GitHub. Pages hold `per_page` (default 30, at most
 *   100) and link the next one with `Link: <…&after=CURSOR>; rel="next"`;
 * - GET /bundles/{id} serves a bundle listed by `bundle_url`, without a token (GitHub's are
 *   pre-signed blob storage URLs).
 * Other requests need `Authorization: Bearer <token>`. `failNext` makes the next POSTs answer
 * with the given statuses, `failReads` the next GETs. `requests` records `METHOD path?query`.
 */
export interface GitHubApiStub {
  url: string
  token: string
  stored: StoredBundle[]
  users: string[]
  failNext: number[]
  failReads: number[]
  requests: string[]
  close(): Promise<void>
}

export async function startGitHubApi(token = 'ghs_local_test_token'): Promise<GitHubApiStub> {
  const stored: StoredBundle[] = []
  const users: string[] = []
  const failNext: number[] = []
  const failReads: number[] = []
  const requests: string[] = []
  let base = ''
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
        res.writeHead(status, { 'content-type': 'application/json', ...headers })
        res.end(JSON.stringify(body))
      }
      const url = new URL(req.url ?? '/', 'http://local')
      const path = url.pathname
      requests.push(`${req.method} ${path}${url.search}`)
      if (req.method === 'GET') {
        const status = failReads.shift()
        if (status) return send(status, { message: 'injected failure' })
      }
      const bundle = /^\/bundles\/(\d+)$/.exec(path)
      if (req.method === 'GET' && bundle) {
        const found = stored.find(s => s.id === Number(bundle[1]))
        if (!found) return send(404, { message: 'Not Found' })
        const json = Buffer.from(JSON.stringify(found.bundle))
        res.writeHead(200, { 'content-type': 'application/octet-stream' })
        return res.end(found.delivery === 'snappy' ? Buffer.from(snappy.compress(json)) : json)
      }
      if (req.headers.authorization !== `Bearer ${token}`)
        return send(401, { message: 'Bad credentials' })
      const post = /^\/repos\/([^/]+\/[^/]+)\/attestations$/.exec(path)
      if (req.method === 'POST' && post) {
        const status = failNext.shift()
        if (status) return send(status, { message: 'injected failure' })
        const body = JSON.parse(Buffer.concat(chunks).toString()) as { bundle?: unknown }
        if (!body.bundle || typeof body.bundle !== 'object')
          return send(422, { message: 'bundle is required' })
        const id = stored.length + 1
        stored.push({
          id,
          repository: post[1] as string,
          bundle: body.bundle as Record<string, unknown>
        })
        return send(201, { id })
      }
      const list =
        /^\/(repos|orgs|users)\/([^/]+(?:\/[^/]+)?)\/attestations\/(sha256:[a-f0-9]{64})$/.exec(
          path
        )
      if (req.method === 'GET' && list) {
        const [, kind, name = '', digest = ''] = list
        const account = name.split('/')[0]?.toLowerCase() ?? ''
        const isUser = users.some(u => u.toLowerCase() === account)
        if (kind === 'repos' ? !name.includes('/') : name.includes('/'))
          return send(404, { message: 'Not Found' })
        if ((kind === 'orgs' && isUser) || (kind === 'users' && !isUser))
          return send(404, { message: 'Not Found' })
        const hex = digest.slice('sha256:'.length)
        const matching = stored.filter(
          s =>
            (kind === 'repos'
              ? s.repository.toLowerCase() === name.toLowerCase()
              : s.repository.split('/')[0]?.toLowerCase() === account) &&
            subjectDigests(s.bundle).includes(hex)
        )
        if (matching.length === 0) return send(404, { message: 'Not Found' })
        const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30) || 30, 100)
        const after = url.searchParams.get('after')
        const start = after ? Number(Buffer.from(after, 'base64url').toString()) : 0
        const page = matching
          .slice(start, start + perPage)
          .map(s =>
            (s.delivery ?? 'inline') === 'inline'
              ? { bundle: s.bundle, repository_id: 1000 }
              : { bundle_url: `${base}/bundles/${s.id}`, repository_id: 1000 }
          )
        const headers: Record<string, string> = {}
        if (start + perPage < matching.length) {
          const next = new URL(`${base}${path}`)
          next.searchParams.set('per_page', String(perPage))
          next.searchParams.set('after', Buffer.from(String(start + perPage)).toString('base64url'))
          headers.link = `<${next.href}>; rel="next"`
        }
        return send(200, { attestations: page }, headers)
      }
      send(404, { message: 'Not Found' })
    })
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  base = `http://127.0.0.1:${port}`
  return {
    url: base,
    token,
    stored,
    users,
    failNext,
    failReads,
    requests,
    close: () =>
      new Promise(resolve => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}

function subjectDigests(bundle: Record<string, unknown>): string[] {
  const envelope = bundle.dsseEnvelope as { payload?: string } | undefined
  if (!envelope?.payload) return []
  try {
    const statement = JSON.parse(Buffer.from(envelope.payload, 'base64').toString()) as {
      subject?: { digest?: { sha256?: string } }[]
    }
    return (statement.subject ?? []).map(s => s.digest?.sha256 ?? '')
  } catch {
    return []
  }
}
