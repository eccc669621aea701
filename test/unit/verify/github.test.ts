import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { githubCandidates } from '../../../src/verify/github'
import { startGitHubApi, type GitHubApiStub } from '../../support/github-api'

const DIGEST = `sha256:${'ab'.repeat(32)}`

function statementBundle(hex: string) {
  const statement = {
    _type: 'https://in-toto.io/Statement/v1',
    subject: [{ digest: { sha256: hex } }],
    predicateType: 'https://cyclonedx.org/bom',
    predicate: {}
  }
  return {
    mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
    dsseEnvelope: {
      payloadType: 'application/vnd.in-toto+json',
      payload: Buffer.from(JSON.stringify(statement)).toString('base64'),
      signatures: [{ sig: 'AAAA', keyid: '' }]
    }
  }
}

describe('GitHub attestations discovery', () => {
  let api: GitHubApiStub
  beforeAll(async () => {
    api = await startGitHubApi()
  })
  afterAll(() => api.close())

  test('lists the bundles stored for the digest; none is an empty list', async () => {
    const bundle = statementBundle('ab'.repeat(32))
    api.stored.push({ id: 1, repository: 'acme/app', bundle })
    const source = { apiURL: api.url, repository: 'acme/app', token: api.token }
    const found = await githubCandidates(source, DIGEST)
    expect(found).toEqual([{ origin: expect.stringContaining('GitHub attestation 1'), bundle }])
    expect(await githubCandidates(source, `sha256:${'cd'.repeat(32)}`)).toEqual([])
  })

  test('bad credentials are an error with a hint', async () => {
    const source = { apiURL: api.url, repository: 'acme/app', token: 'wrong' }
    await expect(githubCandidates(source, DIGEST)).rejects.toThrow(/HTTP 401/)
  })
})

describe('GitHub API outages are errors, never "unsigned"', () => {
  let server: Server
  let url = ''
  const statuses: number[] = []
  let requests = 0
  beforeAll(async () => {
    server = createServer((_req, res) => {
      requests++
      const status = statuses.shift() ?? 200
      res.writeHead(status, { 'content-type': 'application/json' })
      res.end(status === 200 ? JSON.stringify({ attestations: [] }) : '{"message":"busy"}')
    })
    await new Promise<void>(r => server.listen(0, '127.0.0.1', r))
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(() => new Promise<void>(r => server.close(() => r())))

  test('429 then 502 then 200 is retried to success', async () => {
    statuses.push(429, 502)
    requests = 0
    expect(await githubCandidates({ apiURL: url, repository: 'a/b' }, DIGEST, 1)).toEqual([])
    expect(requests).toBe(3)
  })

  test('503 on every attempt throws', async () => {
    statuses.push(503, 503, 503)
    await expect(githubCandidates({ apiURL: url, repository: 'a/b' }, DIGEST, 1)).rejects.toThrow(
      /could not list attestations .*HTTP 503/
    )
  })
})
