import { createServer, type Server } from 'node:http'
import { createRequire } from 'node:module'
import type { AddressInfo } from 'node:net'
import { parseReference } from '../../../src/oci'
import {
  attestationScopes,
  decodeBundle,
  githubCandidates,
  snappyDecode
} from '../../../src/verify/github'
import { startGitHubApi, type GitHubApiStub } from '../../support/github-api'

const snappy = createRequire(import.meta.url)('snappyjs') as {
  compress(input: Uint8Array): Uint8Array
}

const HEX = 'ab'.repeat(32)
const DIGEST = `sha256:${HEX}`

function statementBundle(hex: string, note = '') {
  const statement = {
    _type: 'https://in-toto.io/Statement/v1',
    subject: [{ digest: { sha256: hex } }],
    predicateType: 'https://cyclonedx.org/bom',
    predicate: { note }
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

const ghcr = parseReference('ghcr.io/base-org/debian:12')

describe('whom to ask', () => {
  test('a ghcr.io image: its owner only, as gh attestation verify does', () => {
    expect(attestationScopes(ghcr, 'acme/app')).toEqual([{ owner: 'base-org' }])
  })

  test('other registries: the first path segment as owner, then the workflow repository', () => {
    const mirror = parseReference('127.0.0.1:5000/base-org/debian:12')
    expect(attestationScopes(mirror, 'acme/app')).toEqual([
      { owner: 'base-org' },
      { repository: 'acme/app' }
    ])
    // The owner's listing already holds the repository's attestations.
    const own = parseReference('registry.example/acme/app:1')
    expect(attestationScopes(own, 'Acme/app')).toEqual([{ owner: 'acme' }])
    // Docker Hub's official images and single-segment names have no owner.
    for (const name of ['debian:12', '127.0.0.1:5000/app:1'])
      expect(attestationScopes(parseReference(name), 'acme/app')).toEqual([
        { repository: 'acme/app' }
      ])
  })
})

describe('GitHub attestations discovery', () => {
  let api: GitHubApiStub
  let source: { apiURL: string; repository: string; token: string }
  beforeEach(async () => {
    api = await startGitHubApi()
    source = { apiURL: api.url, repository: 'acme/app', token: api.token }
  })
  afterEach(() => api.close())

  test("an organization's attestations for a ghcr.io image; none is an empty list", async () => {
    const bundle = statementBundle(HEX)
    api.stored.push({ id: 1, repository: 'base-org/images', bundle })
    const found = await githubCandidates(source, ghcr, DIGEST, 1)
    expect(found).toEqual([{ origin: 'GitHub attestation 1 of base-org', bundle }])
    expect(api.requests).toEqual([`GET /orgs/base-org/attestations/${DIGEST}?per_page=100`])
    expect(await githubCandidates(source, ghcr, `sha256:${'cd'.repeat(32)}`, 1)).toEqual([])
  })

  test("a user account's attestations are asked under /users after /orgs answers 404", async () => {
    api.users.push('octo')
    const bundle = statementBundle(HEX)
    api.stored.push({ id: 1, repository: 'octo/tools', bundle })
    const ref = parseReference('ghcr.io/octo/tools:1')
    expect(await githubCandidates(source, ref, DIGEST, 1)).toEqual([
      { origin: 'GitHub attestation 1 of octo', bundle }
    ])
    expect(api.requests).toEqual([
      `GET /orgs/octo/attestations/${DIGEST}?per_page=100`,
      `GET /users/octo/attestations/${DIGEST}?per_page=100`
    ])
  })

  test('another registry: the owner, then the current repository', async () => {
    const bundle = statementBundle(HEX)
    api.stored.push({ id: 1, repository: 'acme/app', bundle })
    const ref = parseReference('registry.example/vendor/base:1')
    expect(await githubCandidates(source, ref, DIGEST, 1)).toEqual([
      { origin: 'GitHub attestation 1 of acme/app', bundle }
    ])
    expect(api.requests.map(r => r.split('/attestations')[0])).toEqual([
      'GET /orgs/vendor',
      'GET /users/vendor',
      'GET /repos/acme/app'
    ])
  })

  test('every page is read, following the Link header', async () => {
    for (let id = 1; id <= 130; id++)
      api.stored.push({ id, repository: 'base-org/images', bundle: statementBundle(HEX, `${id}`) })
    const found = await githubCandidates(source, ghcr, DIGEST, 1)
    expect(found).toHaveLength(130)
    expect(found[129]?.bundle).toEqual(statementBundle(HEX, '130'))
    expect(api.requests).toHaveLength(2)
    expect(api.requests[1]).toMatch(/per_page=100&after=/)
  })

  test('bundles given only by bundle_url are fetched, plain or Snappy-compressed', async () => {
    const plain = statementBundle(HEX, 'plain')
    const compressed = statementBundle(HEX, 'compressed')
    api.stored.push(
      { id: 1, repository: 'base-org/images', bundle: plain, delivery: 'url' },
      { id: 2, repository: 'base-org/images', bundle: compressed, delivery: 'snappy' }
    )
    const found = await githubCandidates(source, ghcr, DIGEST, 1)
    expect(found.map(c => c.bundle)).toEqual([plain, compressed])
    expect(api.requests.slice(1)).toEqual(['GET /bundles/1', 'GET /bundles/2'])
  })

  test('a bundle_url that answers 5xx after retries is an error, never "unsigned"', async () => {
    api.stored.push({
      id: 1,
      repository: 'base-org/images',
      bundle: statementBundle(HEX),
      delivery: 'snappy'
    })
    api.failReads.push(0, 502, 502, 502)
    await expect(githubCandidates(source, ghcr, DIGEST, 1)).rejects.toThrow(
      /could not fetch the bundle of GitHub attestation 1 of base-org: HTTP 502/
    )
  })

  test('a bundle_url body that is neither JSON nor Snappy is rejected', () => {
    expect(() => decodeBundle(Buffer.from([0x05, 0x00, 0x41]))).toThrow(/neither JSON nor Snappy/)
  })

  test('bad credentials name the permissions needed', async () => {
    const refused = {
      message: expect.stringMatching(/refused to list attestations .*HTTP 401/),
      hint: expect.stringMatching(/attestations: read.*contents: read/)
    }
    await expect(
      githubCandidates({ ...source, token: 'wrong' }, ghcr, DIGEST, 1)
    ).rejects.toMatchObject(refused)
    api.failReads.push(403)
    await expect(githubCandidates(source, ghcr, DIGEST, 1)).rejects.toMatchObject({
      ...refused,
      message: expect.stringMatching(/HTTP 403/)
    })
  })
})

describe('Snappy block decoding', () => {
  test('round-trips what a Snappy compressor wrote, literals and overlapping copies', () => {
    const repetitive = Buffer.from(
      JSON.stringify(statementBundle(HEX)).repeat(50) + 'a'.repeat(5000)
    )
    const random = Buffer.from(Array.from({ length: 70_000 }, (_, i) => (i * 7919) % 251))
    for (const input of [repetitive, random, Buffer.alloc(0)]) {
      const compressed = Buffer.from(snappy.compress(input))
      if (input === repetitive) expect(compressed.length).toBeLessThan(input.length / 10)
      expect(snappyDecode(compressed).equals(input)).toBe(true)
    }
  })

  test('copies with 2- and 4-byte offsets (not written by compressors of 64 KiB blocks)', () => {
    // "ab", then copy 3 bytes at offset 2 (2-byte form), then 2 bytes at offset 1 (4-byte form)
    const input = Buffer.from([0x07, 0x04, 0x61, 0x62, 0x0a, 0x02, 0x00, 0x07, 0x01, 0, 0, 0])
    expect(snappyDecode(input).toString()).toBe('ababaaa')
  })

  test('truncated or inconsistent input is rejected', () => {
    const compressed = Buffer.from(snappy.compress(Buffer.from('x'.repeat(1000))))
    expect(() => snappyDecode(compressed.subarray(0, compressed.length - 1))).toThrow()
    expect(() => snappyDecode(Buffer.from([0x03, 0x01, 0x00]))).toThrow(/bad copy/)
    expect(() => snappyDecode(Buffer.from([0xff, 0xff, 0xff, 0xff, 0x7f]))).toThrow(/claims/)
  })
})

describe('GitHub API outages are errors, never "unsigned"', () => {
  let server: Server
  let url = ''
  const answers: { status: number; headers?: Record<string, string>; body?: unknown }[] = []
  let requests = 0
  beforeAll(async () => {
    server = createServer((_req, res) => {
      requests++
      const answer = answers.shift() ?? { status: 200 }
      res.writeHead(answer.status, { 'content-type': 'application/json', ...answer.headers })
      const body = answer.status === 200 ? { attestations: [] } : { message: 'busy' }
      res.end(JSON.stringify(answer.body ?? body))
    })
    await new Promise<void>(r => server.listen(0, '127.0.0.1', r))
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(
    () =>
      new Promise<void>(r => {
        server.closeAllConnections()
        server.close(() => r())
      })
  )
  beforeEach(() => {
    answers.length = 0
    requests = 0
  })

  test('429 then 502 then 200 is retried to success', async () => {
    answers.push({ status: 429 }, { status: 502 })
    expect(await githubCandidates({ apiURL: url, repository: 'a/b' }, ghcr, DIGEST, 1)).toEqual([])
    expect(requests).toBe(3)
  })

  test('503 on every attempt throws', async () => {
    answers.push({ status: 503 }, { status: 503 }, { status: 503 })
    await expect(
      githubCandidates({ apiURL: url, repository: 'a/b' }, ghcr, DIGEST, 1)
    ).rejects.toThrow(/could not list attestations .*HTTP 503/)
  })

  test('403 for an exhausted rate limit is retried, then reported as the rate limit', async () => {
    const limited = { status: 403, headers: { 'x-ratelimit-remaining': '0' } }
    answers.push(limited, limited, limited)
    await expect(
      githubCandidates({ apiURL: url, repository: 'a/b' }, ghcr, DIGEST, 1)
    ).rejects.toThrow(/HTTP 403 \(rate limited\)/)
    expect(requests).toBe(3)
  })

  test('a next page on another origin is refused (it would receive the token)', async () => {
    answers.push({ status: 200, headers: { link: '<https://elsewhere.example/x>; rel="next"' } })
    await expect(
      githubCandidates({ apiURL: url, repository: 'a/b', token: 't' }, ghcr, DIGEST, 1)
    ).rejects.toThrow(/next page at https:\/\/elsewhere\.example/)
  })

  test('a bundle_url on another origin (pre-signed storage) is fetched without the token', async () => {
    const bundle = statementBundle(HEX)
    const seen: (string | undefined)[] = []
    const storage = createServer((req, res) => {
      seen.push(req.headers.authorization)
      res.end(Buffer.from(snappy.compress(Buffer.from(JSON.stringify(bundle)))))
    })
    await new Promise<void>(r => storage.listen(0, '127.0.0.1', r))
    const blob = `http://localhost:${(storage.address() as AddressInfo).port}/blob?sig=x`
    answers.push({ status: 200, body: { attestations: [{ bundle_url: blob }] } })
    try {
      const found = await githubCandidates(
        { apiURL: url, repository: 'a/b', token: 'secret' },
        ghcr,
        DIGEST,
        1
      )
      expect(found.map(c => c.bundle)).toEqual([bundle])
      expect(seen).toEqual([undefined])
    } finally {
      storage.closeAllConnections()
      await new Promise<void>(r => storage.close(() => r()))
    }
  })
})
