import {
  mkdirSync,
  mkdtempSync,
  openSync,
  closeSync,
  writeFileSync,
  writeSync,
  ftruncateSync
} from 'node:fs'
import { createServer, type Server } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openTarget, parseReference, RegistryClient, sha256Digest } from '../../../src/oci'
import { actionErrorOf } from '../../support/action-error'

/**
 * Manifests, indexes and configs are read whole, so each has a size cap, from a registry
 * and from disk alike. Oversized files here are sparse: they take no disk space, and a
 * reader that ignored the cap would still try to allocate them.
 */
const MiB = 1 << 20
const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json'
const OCI_CONFIG = 'application/vnd.oci.image.config.v1+json'

function manifestWithConfig(size: number): Buffer {
  return Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: OCI_MANIFEST,
      config: { mediaType: OCI_CONFIG, digest: sha256Digest('config'), size },
      layers: []
    })
  )
}

/** A file of `size` bytes that occupies no disk space. */
function sparse(path: string, size: number): void {
  const fd = openSync(path, 'w')
  ftruncateSync(fd, size)
  closeSync(fd)
}

describe('size caps on a registry', () => {
  let server: Server
  let host = ''
  const requested: string[] = []

  beforeAll(async () => {
    server = createServer((req, res) => {
      const path = req.url ?? ''
      requested.push(path)
      if (path.endsWith('/manifests/declared')) {
        // Claims 5 MiB and sends nothing: the client must not wait for it.
        res.writeHead(200, { 'content-type': OCI_MANIFEST, 'content-length': 5 * MiB })
        return void res.flushHeaders()
      }
      if (path.endsWith('/manifests/chunked')) {
        res.writeHead(200, { 'content-type': OCI_MANIFEST })
        const chunk = Buffer.alloc(MiB, 0x20)
        for (let i = 0; i < 5; i++) res.write(chunk)
        return void res.end()
      }
      if (path.endsWith('/manifests/big-config')) {
        res.writeHead(200, { 'content-type': OCI_MANIFEST })
        return void res.end(manifestWithConfig(450_000_000))
      }
      res.writeHead(404).end()
    })
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
    const address = server.address()
    host = `127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`
  })
  afterAll(() => new Promise(resolve => server.close(resolve)))

  test('a manifest whose Content-Length is over the cap is refused unread', async () => {
    const started = Date.now()
    const error = await actionErrorOf(
      new RegistryClient().getManifest(parseReference(`${host}/r:declared`))
    )
    expect(error.message).toBe(
      `manifest ${host}/r:declared from http://${host}/v2/r/manifests/declared is 5242880 bytes, over the 4 MiB cap for its kind`
    )
    expect(Date.now() - started).toBeLessThan(2000)
  })

  test('a manifest body that grows past the cap is cut there', async () => {
    const error = await actionErrorOf(
      new RegistryClient().getManifest(parseReference(`${host}/r:chunked`))
    )
    expect(error.message).toMatch(/manifests\/chunked is larger than the 4 MiB cap for its kind$/)
  })

  test('a config descriptor over the cap is refused before the blob is requested', async () => {
    requested.length = 0
    const error = await actionErrorOf(
      new RegistryClient().resolve(parseReference(`${host}/r:big-config`))
    )
    expect(error.message).toMatch(/is 450000000 bytes, over the 16 MiB cap for its kind$/)
    expect(requested.filter(p => p.includes('/blobs/'))).toEqual([])
  })
})

describe('size caps on disk', () => {
  const root = mkdtempSync(join(tmpdir(), 'sbom-sign-caps-'))

  /** An OCI layout whose index.json lists one manifest. */
  function layout(name: string, manifest: { digest: string; size: number }): string {
    const dir = join(root, name)
    mkdirSync(join(dir, 'blobs', 'sha256'), { recursive: true })
    writeFileSync(join(dir, 'oci-layout'), '{"imageLayoutVersion":"1.0.0"}')
    writeFileSync(
      join(dir, 'index.json'),
      JSON.stringify({ schemaVersion: 2, manifests: [{ mediaType: OCI_MANIFEST, ...manifest }] })
    )
    return dir
  }

  test('a 2 GB index.json is refused, naming the file and the cap', async () => {
    const dir = join(root, 'huge-index')
    mkdirSync(dir)
    sparse(join(dir, 'index.json'), 2_000_000_000)
    const error = await actionErrorOf(openTarget(`oci-dir:${dir}`))
    expect(error.message).toBe(
      `${join(dir, 'index.json')} is 2000000000 bytes, over the 4 MiB cap for its kind`
    )
  })

  test('a 1.2 GB manifest blob is refused', async () => {
    const digest = sha256Digest('huge manifest')
    const dir = layout('huge-manifest', { digest, size: 1_200_000_000 })
    sparse(join(dir, 'blobs', 'sha256', digest.slice(7)), 1_200_000_000)
    const error = await actionErrorOf(openTarget(`oci-dir:${dir}`))
    expect(error.message).toBe(
      `${join(dir, 'blobs', 'sha256', digest.slice(7))} is 1200000000 bytes, over the 4 MiB cap for its kind`
    )
  })

  test('a 450 MB config blob is refused', async () => {
    const configDigest = sha256Digest('config')
    const manifest = manifestWithConfig(200)
    const digest = sha256Digest(manifest)
    const dir = layout('huge-config', { digest, size: manifest.length })
    writeFileSync(join(dir, 'blobs', 'sha256', digest.slice(7)), manifest)
    sparse(join(dir, 'blobs', 'sha256', configDigest.slice(7)), 450_000_000)
    const error = await actionErrorOf(openTarget(`oci-dir:${dir}`))
    expect(error.message).toBe(
      `${join(dir, 'blobs', 'sha256', configDigest.slice(7))} is 450000000 bytes, over the 16 MiB cap for its kind`
    )
  })

  /** A tar whose one member `name` claims `size` bytes; the data is a hole. */
  function sparseTar(path: string, name: string, size: number): void {
    const header = Buffer.alloc(512)
    header.write(name, 0, 'utf8')
    header.write('0000644\0', 100)
    header.write('0000000\0', 108)
    header.write('0000000\0', 116)
    header.write(`${size.toString(8).padStart(11, '0')}\0`, 124)
    header.write('00000000000\0', 136)
    header.write('        ', 148)
    header.write('0', 156)
    header.write('ustar\0', 257)
    header.write('00', 263)
    let sum = 0
    for (const byte of header) sum += byte
    header.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148)
    const fd = openSync(path, 'w')
    writeSync(fd, header)
    ftruncateSync(fd, 512 + Math.ceil(size / 512) * 512 + 1024)
    closeSync(fd)
  }

  test('a docker-archive manifest.json of 1.2 GB is refused', async () => {
    const archive = join(root, 'huge.docker.tar')
    sparseTar(archive, 'manifest.json', 1_200_000_000)
    const error = await actionErrorOf(openTarget(`docker-archive:${archive}`))
    expect(error.message).toBe(
      `manifest.json in ${archive} is 1200000000 bytes, over the 4 MiB cap for its kind`
    )
  })

  test('an oci-archive index.json of 2 GB is refused', async () => {
    const archive = join(root, 'huge.oci.tar')
    sparseTar(archive, 'index.json', 2_000_000_000)
    const error = await actionErrorOf(openTarget(`oci-archive:${archive}`))
    expect(error.message).toBe(
      `index.json in ${archive} is 2000000000 bytes, over the 4 MiB cap for its kind`
    )
  })
})
