import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

/** One attestation as GitHub's API stores it. */
export interface StoredBundle {
  id: number
  repository: string
  bundle: Record<string, unknown>
}

/**
 * GitHub's attestations REST API at the HTTP level, for tests: POST
 * /repos/{owner}/{repo}/attestations stores `{bundle}` and answers `{id}`; GET
 * /repos/{owner}/{repo}/attestations/{subject_digest} lists the bundles whose DSSE statement
 * names that digest. Requests need `Authorization: Bearer <token>`. `failNext` makes the next
 * POSTs answer with the given statuses.
 */
export interface GitHubApiStub {
  url: string
  token: string
  stored: StoredBundle[]
  failNext: number[]
  close(): Promise<void>
}

export async function startGitHubApi(token = 'ghs_local_test_token'): Promise<GitHubApiStub> {
  const stored: StoredBundle[] = []
  const failNext: number[] = []
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      const send = (status: number, body: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' })
        res.end(JSON.stringify(body))
      }
      if (req.headers.authorization !== `Bearer ${token}`)
        return send(401, { message: 'Bad credentials' })
      const path = new URL(req.url ?? '/', 'http://local').pathname
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
      const list = /^\/repos\/([^/]+\/[^/]+)\/attestations\/(sha256:[a-f0-9]{64})$/.exec(path)
      if (req.method === 'GET' && list) {
        const hex = (list[2] as string).slice('sha256:'.length)
        const attestations = stored
          .filter(s => s.repository === list[1] && subjectDigests(s.bundle).includes(hex))
          .map(s => ({ bundle: s.bundle, repository_id: 1000 }))
        return attestations.length
          ? send(200, { attestations })
          : send(404, { message: 'Not Found' })
      }
      send(404, { message: 'Not Found' })
    })
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    token,
    stored,
    failNext,
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
