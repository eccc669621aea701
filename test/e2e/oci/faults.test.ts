import { randomBytes } from 'node:crypto'
import {
  MediaType,
  parseReference,
  RegistryClient,
  selectPlatform,
  sha256Digest,
  type ImageManifest
} from '../../../src/oci'
import { startFaultProxy, type FaultProxy } from '../../stack/fault-proxy'
import { actionErrorOf } from '../../support/action-error'
import { stackInfo } from '../../support/stack'
import { buildLayout, layerTarDigests, skopeoCopy, pushImageConfig, uniqueRepo } from './images'

const FAST_RETRY = { attempts: 5, baseDelayMs: 20, maxDelayMs: 200, timeoutMs: 5000 }

describe('a registry behind a fault-injecting proxy', () => {
  const { registry } = stackInfo()
  let proxy: FaultProxy
  const name = uniqueRepo('flaky')

  beforeAll(async () => {
    proxy = await startFaultProxy({ target: registry.url })
    // Incompressible content makes a layer large enough to be cut mid-body.
    const image = buildLayout({
      'data/random.bin': randomBytes(3 << 20).toString('base64'),
      'etc/os-release': 'ID=flaky\n'
    })
    await skopeoCopy(image, `docker://${registry.host}/${name}:1`)
  })

  afterAll(() => proxy.stop())

  it('pulls the same image while a third of the requests fail', async () => {
    const direct = await selectPlatform(
      await new RegistryClient().resolve(parseReference(`${registry.host}/${name}:1`))
    )
    proxy.configure({ every: 3 })
    // Fresh clients, so every pass fetches everything again and meets other faults.
    for (let pass = 0; pass < 4; pass++) {
      const client = new RegistryClient({ retry: FAST_RETRY })
      const flaky = await selectPlatform(
        await client.resolve(parseReference(`${proxy.host}/${name}:1`))
      )
      expect(flaky.digest).toBe(direct.digest)
      expect(flaky.config).toEqual(direct.config)
      expect(await layerTarDigests(flaky)).toEqual(direct.config.rootfs.diff_ids)
    }
    expect(proxy.stats.requests).toBeGreaterThanOrEqual(15)
    expect(Object.keys(proxy.stats.faults).sort()).toEqual([
      '429',
      '503',
      'reset',
      'slow',
      'truncate'
    ])
    console.log(
      `flaky pull: ${proxy.stats.requests} requests, faults ${JSON.stringify(proxy.stats.faults)}`
    )
  })

  it('resumes a blob download cut halfway', async () => {
    const direct = await selectPlatform(
      await new RegistryClient().resolve(parseReference(`${registry.host}/${name}:1`))
    )
    const layer = direct.layers[0]!
    proxy.configure({ every: 1, faults: ['truncate'], maxFaults: 2, only: /\/blobs\/sha256:/ })
    const client = new RegistryClient({ retry: FAST_RETRY })
    const blob = await client.getBlob(
      parseReference(`${proxy.host}/${name}`),
      layer.descriptor.digest
    )
    expect(sha256Digest(blob)).toBe(layer.descriptor.digest)
    expect(proxy.stats.faults.truncate).toBe(2)
    expect(proxy.stats.requests).toBe(3)
  })

  it('resumes a blob download that stalls halfway', async () => {
    const direct = await selectPlatform(
      await new RegistryClient().resolve(parseReference(`${registry.host}/${name}:1`))
    )
    const layer = direct.layers[0]!
    proxy.configure({ every: 1, faults: ['stall'], maxFaults: 1, only: /\/blobs\/sha256:/ })
    const client = new RegistryClient({ retry: { ...FAST_RETRY, timeoutMs: 300 } })
    const started = Date.now()
    const blob = await client.getBlob(
      parseReference(`${proxy.host}/${name}`),
      layer.descriptor.digest
    )
    expect(sha256Digest(blob)).toBe(layer.descriptor.digest)
    expect(proxy.stats.faults.stall).toBe(1)
    expect(Date.now() - started).toBeLessThan(5000)
  })

  it('pushes blobs, manifests and referrers with the same result while a third of the requests fail', async () => {
    proxy.configure({
      every: 3,
      faults: ['503', 'reset', '429', 'truncate', 'slow'],
      retryAfterSeconds: 1
    })
    const client = new RegistryClient({ retry: FAST_RETRY })
    const repo = parseReference(`${proxy.host}/${uniqueRepo('flaky-push')}`)
    const direct = new RegistryClient()
    const directRepo = parseReference(`${registry.host}/${repo.repository}`)
    const layer = randomBytes(200_000)
    const layerDigest = await client.putBlob(repo, layer, undefined, { chunkSize: 64_000 })
    const config = await pushImageConfig(client, repo)
    const manifest: ImageManifest = {
      schemaVersion: 2,
      mediaType: MediaType.OCI_MANIFEST,
      config,
      layers: [{ mediaType: 'application/octet-stream', digest: layerDigest, size: layer.length }]
    }
    const manifestBytes = Buffer.from(JSON.stringify(manifest))
    const subject = await client.putManifest(repo, 'v1', manifestBytes, MediaType.OCI_MANIFEST)
    const empty = await client.putBlob(repo, Buffer.from('{}'))
    const referrerDigests: string[] = []
    for (const payload of ['a', 'b', 'c']) {
      const body = Buffer.from(payload)
      referrerDigests.push(
        await client.pushReferrer(repo, {
          schemaVersion: 2,
          mediaType: MediaType.OCI_MANIFEST,
          artifactType: 'application/vnd.example+json',
          config: { mediaType: MediaType.OCI_EMPTY, digest: empty, size: 2 },
          layers: [
            {
              mediaType: 'application/vnd.example+json',
              digest: await client.putBlob(repo, body),
              size: 1
            }
          ],
          subject: {
            mediaType: MediaType.OCI_MANIFEST,
            digest: subject,
            size: manifestBytes.length
          },
          annotations: { payload }
        })
      )
    }
    const seen = await client.referrers(repo, subject)
    expect(seen.map(d => d.digest).sort()).toEqual([...referrerDigests].sort())
    // What the flaky client wrote is exactly what a direct client reads.
    expect(await direct.getBlob(directRepo, layerDigest)).toEqual(layer)
    expect((await direct.getManifest(directRepo, 'v1')).bytes).toEqual(manifestBytes)
    expect(
      (await direct.referrers(directRepo, subject)).map(d => d.annotations?.payload).sort()
    ).toEqual(['a', 'b', 'c'])
    expect(Object.values(proxy.stats.faults).reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(5)
    console.log(
      `flaky push: ${proxy.stats.requests} requests, faults ${JSON.stringify(proxy.stats.faults)}`
    )
  })

  it.each(['503', '429'] as const)(
    'treats referrers discovery answering %s as an error, not as none',
    async fault => {
      proxy.configure({ every: 1, faults: [fault], retryAfterSeconds: 0 })
      const client = new RegistryClient({ retry: { ...FAST_RETRY, attempts: 3 } })
      const error = await actionErrorOf(
        client.referrers(parseReference(`${proxy.host}/${name}`), sha256Digest('subject'))
      )
      expect(error.code).toBe('REGISTRY_ERROR')
      expect(error.message).toContain(`answered ${fault}`)
      expect(error.message).toContain('3 times')
    }
  )

  it('names the URL when the registry answers an HTML page', async () => {
    proxy.configure({ every: 1, faults: ['html'] })
    const error = await actionErrorOf(
      new RegistryClient().resolve(parseReference(`${proxy.host}/${name}:1`))
    )
    expect(error.message).toContain(`http://${proxy.host}/v2/${name}/manifests/1`)
    expect(error.message).toContain('an HTML page')
    proxy.configure({ every: 1, faults: ['html'], only: /\/blobs\/sha256:/ })
    const digest = sha256Digest('any blob')
    const blobError = await actionErrorOf(
      new RegistryClient().getBlob(parseReference(`${proxy.host}/${name}`), digest)
    )
    expect(blobError.message).toBe(
      `http://${proxy.host}/v2/${name}/blobs/${digest} answered an HTML page instead of blob ${digest}`
    )
  })

  it('fails a blob corrupted in transit with both digests', async () => {
    proxy.configure({ every: 1, faults: ['corrupt'], only: /\/blobs\/sha256:/ })
    const direct = await selectPlatform(
      await new RegistryClient().resolve(parseReference(`${registry.host}/${name}:1`))
    )
    const digest = direct.layers[0]!.descriptor.digest
    const error = await actionErrorOf(
      new RegistryClient().getBlob(parseReference(`${proxy.host}/${name}`), digest)
    )
    expect(error.code).toBe('DIGEST_MISMATCH')
    expect(error.message).toMatch(new RegExp(`expected ${digest}, got sha256:[a-f0-9]{64}`))
  })

  it('keeps at most maxConcurrency requests in flight', async () => {
    proxy.configure({ every: 1, faults: ['slow'], slowMs: 100 })
    const client = new RegistryClient({ maxConcurrency: 3 })
    const repo = parseReference(`${proxy.host}/${name}`)
    const found = await Promise.all(
      Array.from({ length: 12 }, (_, i) => client.hasBlob(repo, sha256Digest(`absent ${i}`)))
    )
    expect(found).toEqual(Array(12).fill(false))
    expect(proxy.stats.requests).toBe(12)
    expect(proxy.stats.maxInFlight).toBe(3)
  })

  it('gives up on a registry that never answers in time', async () => {
    proxy.configure({ every: 1, faults: ['slow'], slowMs: 1000 })
    const client = new RegistryClient({
      retry: { attempts: 2, baseDelayMs: 10, maxDelayMs: 10, timeoutMs: 150 }
    })
    const error = await actionErrorOf(client.getManifest(parseReference(`${proxy.host}/${name}:1`)))
    expect(error.code).toBe('NETWORK_ERROR')
    expect(error.message).toMatch(/failed after 2 attempts: .*no response within 150 ms/)
  })
})
