import { readFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { startGitHubApi, type GitHubApiStub } from '../../support/github-api'
import { runAction, verifyInputs } from '../../support/run-action'
import { stackInfo } from '../../support/stack'
import { attachReferrer, attestSbom, pushImage, signImage, stackSigner } from './images'

const stack = stackInfo()
const host = stack.registry.host
const signer = stackSigner(stack.sigstore)

describe('GitHub attestations API as a source', () => {
  let api: GitHubApiStub
  beforeAll(async () => {
    api = await startGitHubApi()
  })
  afterAll(() => api.close())

  test('bundles stored only with GitHub count when github-attestations is on', async () => {
    const image = await pushImage(host, 'verify/github', 'v1')
    for (const signed of [
      await signImage(signer, image.digest),
      await attestSbom(signer, `${host}/verify/github`, image.digest)
    ])
      api.stored.push({
        id: api.stored.length + 1,
        repository: 'acme/app',
        bundle: signed.bundle as Record<string, unknown>
      })
    const env = { GITHUB_API_URL: api.url }
    const inputs = verifyInputs(stack.sigstore, image.ref, {
      'require-sbom': 'true',
      'github-token': api.token
    })
    const without = await runAction(inputs, env)
    expect(without.outputs.verified).toBe('false')
    const withApi = await runAction({ ...inputs, 'github-attestations': 'true' }, env)
    expect(withApi.errors).toEqual([])
    expect(withApi.outputs.verified).toBe('true')
  })
})

describe('discovery failures are errors, never "unsigned"', () => {
  let proxy: Server
  let proxyHost = ''
  beforeAll(async () => {
    // The real registry, except that the referrers API is rate-limited without end.
    proxy = createServer((req, res) => {
      const chunks: Buffer[] = []
      req.on('data', (c: Buffer) => chunks.push(c))
      req.on('end', async () => {
        if (/\/referrers\//.test(req.url ?? '')) {
          res.writeHead(429, { 'retry-after': '0', 'content-type': 'application/json' })
          return res.end('{"errors":[{"code":"TOOMANYREQUESTS","message":"slow down"}]}')
        }
        const headers: Record<string, string> = {}
        for (const [k, v] of Object.entries(req.headers))
          if (typeof v === 'string' && k !== 'host') headers[k] = v
        const upstream = await fetch(`${stack.registry.url}${req.url}`, {
          method: req.method,
          headers,
          body: ['GET', 'HEAD'].includes(req.method ?? 'GET') ? undefined : Buffer.concat(chunks)
        })
        const out: Record<string, string> = {}
        upstream.headers.forEach((v, k) => {
          if (k !== 'content-encoding' && k !== 'transfer-encoding') out[k] = v
        })
        res.writeHead(upstream.status, out)
        res.end(Buffer.from(await upstream.arrayBuffer()))
      })
    })
    await new Promise<void>(r => proxy.listen(0, '127.0.0.1', r))
    proxyHost = `127.0.0.1:${(proxy.address() as AddressInfo).port}`
  })
  afterAll(() => new Promise<void>(r => proxy.close(() => r())))

  test('a referrers API answering 429 fails the image with the reason', async () => {
    const image = await pushImage(host, 'verify/ratelimited', 'v1')
    await attachReferrer(image.ref, image.digest, image.size, await signImage(signer, image.digest))
    const run = await runAction(verifyInputs(stack.sigstore, `${proxyHost}/verify/ratelimited:v1`))
    expect(run.outputs.verified).toBe('false')
    const report = JSON.parse(readFileSync(run.outputs['report-path'] ?? '', 'utf8'))
    expect(report.images[0].errors.join('\n')).toContain('429')
    expect(run.errors.join('\n')).not.toContain('no signatures')
  })
})
