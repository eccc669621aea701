import { createReadStream, existsSync, statSync } from 'node:fs'
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http'
import { join, normalize } from 'node:path'
import { parseReference, RegistryClient, selectPlatform, sha256Digest } from '../../../src/oci'
import { startRegistry, type RegistryServer } from '../../stack/registry'
import { buildLayout, skopeoCopy } from './images'

const CREDENTIALS = { username: 'redirect-user', password: 'redirect-password' }

/**
 * A registry that sends blob downloads to separate storage (as registries backed by S3
 * or a CDN do): the storage is a plain file server over the registry's own storage
 * directory, on another origin, recording the headers it receives.
 */
describe('blob downloads redirected to storage on another origin', () => {
  let storage: Server
  let registry: RegistryServer
  const seen: IncomingHttpHeaders[] = []

  beforeAll(async () => {
    let root = ''
    storage = createServer((req, res) => {
      seen.push(req.headers)
      const path = normalize(
        join(root, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname))
      )
      if (!path.startsWith(root) || !existsSync(path)) return void res.writeHead(404).end()
      res.writeHead(200, {
        'content-length': statSync(path).size,
        'content-type': 'application/octet-stream'
      })
      if (req.method === 'HEAD') return void res.end()
      createReadStream(path).pipe(res)
    })
    await new Promise<void>(resolve => storage.listen(0, '127.0.0.1', resolve))
    const address = storage.address()
    const port = typeof address === 'object' && address ? address.port : 0
    registry = await startRegistry({
      credentials: CREDENTIALS,
      redirectBlobsTo: `http://127.0.0.1:${port}/`
    })
    root = registry.storageDir
  })

  afterAll(async () => {
    await registry.stop()
    await new Promise(resolve => storage.close(resolve))
  })

  it('follows the redirect, verifies the content and never sends the credentials to storage', async () => {
    const repo = `${registry.host}/redirected`
    await skopeoCopy(buildLayout({ 'etc/os-release': 'ID=redirect\n' }), `docker://${repo}:1`, {
      extra: ['--dest-creds', `${CREDENTIALS.username}:${CREDENTIALS.password}`]
    })
    seen.length = 0
    const client = new RegistryClient(CREDENTIALS)
    const image = await selectPlatform(await client.resolve(parseReference(`${repo}:1`)))
    const layer = image.layers[0]!
    expect(sha256Digest(await client.getBlob(parseReference(repo), layer.descriptor.digest))).toBe(
      layer.descriptor.digest
    )
    expect(await client.hasBlob(parseReference(repo), layer.descriptor.digest)).toBe(true)
    // The config and the layer came from storage, without the registry's Authorization.
    expect(seen.length).toBeGreaterThanOrEqual(2)
    expect(seen.filter(headers => headers.authorization !== undefined)).toEqual([])
  })
})
