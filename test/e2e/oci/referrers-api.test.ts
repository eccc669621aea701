import {
  MediaType,
  parseReference,
  RegistryClient,
  referrersTag,
  sha256Digest,
  type Descriptor,
  type ImageManifest,
  type Reference
} from '../../../src/oci'
import { ActionError } from '../../../src/errors'
import { startFaultProxy } from '../../stack/fault-proxy'
import { startReferrersProxy, type ReferrersProxy } from '../../stack/referrers-proxy'
import { runAction, verifyInputs } from '../../support/run-action'
import { stackInfo } from '../../support/stack'
import { pushTestImage } from '../../support/registry-images'
import { uniqueRepo } from './images'

const BUNDLE = 'application/vnd.dev.sigstore.bundle.v0.3+json'
const SPDX = 'application/spdx+json'
const EMPTY = Buffer.from('{}')

const { registry, sigstore } = stackInfo()
let proxy: ReferrersProxy

beforeAll(async () => {
  proxy = await startReferrersProxy({ target: registry.url })
})
afterAll(() => proxy.stop())

/** A repository reached through the proxy and the same repository reached directly. */
function repos(prefix: string): { viaProxy: Reference; direct: Reference } {
  const name = uniqueRepo(prefix)
  return {
    viaProxy: parseReference(`${proxy.host}/${name}`),
    direct: parseReference(`${registry.host}/${name}`)
  }
}

/** Pushes a one-layer image; returns its descriptor. */
async function pushSubject(client: RegistryClient, repo: Reference): Promise<Descriptor> {
  const config = Buffer.from(JSON.stringify({ architecture: 'amd64', os: 'linux', rootfs: {} }))
  const layer = Buffer.from(`layer of ${repo.repository}`)
  await client.putBlob(repo, config)
  await client.putBlob(repo, layer)
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: MediaType.OCI_MANIFEST,
      config: {
        mediaType: MediaType.OCI_CONFIG,
        digest: sha256Digest(config),
        size: config.length
      },
      layers: [{ mediaType: MediaType.OCI_LAYER, digest: sha256Digest(layer), size: layer.length }]
    })
  )
  const digest = await client.putManifest(repo, 'v1', manifest, MediaType.OCI_MANIFEST)
  return { mediaType: MediaType.OCI_MANIFEST, digest, size: manifest.length }
}

/** Pushes a referrer of `subject` carrying `payload` as its one layer; returns its digest. */
async function pushReferrer(
  client: RegistryClient,
  repo: Reference,
  subject: Descriptor,
  artifactType: string | undefined,
  payload: string
): Promise<string> {
  const layer = Buffer.from(payload)
  await client.putBlob(repo, EMPTY)
  await client.putBlob(repo, layer)
  const manifest: ImageManifest = {
    schemaVersion: 2,
    mediaType: MediaType.OCI_MANIFEST,
    ...(artifactType ? { artifactType } : {}),
    config: { mediaType: MediaType.OCI_EMPTY, digest: sha256Digest(EMPTY), size: 2 },
    layers: [{ mediaType: artifactType ?? SPDX, digest: sha256Digest(layer), size: layer.length }],
    subject,
    annotations: { 'org.example.payload': payload }
  }
  return client.pushReferrer(repo, manifest)
}

async function rawReferrers(repo: Reference, digest: string, query = '') {
  const response = await fetch(`${proxy.url}/v2/${repo.repository}/referrers/${digest}${query}`)
  return {
    status: response.status,
    headers: response.headers,
    body: (await response.json()) as { mediaType?: string; manifests?: Descriptor[] }
  }
}

describe('OCI 1.1 referrers API (through the referrers proxy)', () => {
  beforeEach(() => proxy.configure({}))

  it('writes no fallback tag when the registry answers OCI-Subject, and lists referrers from the API', async () => {
    const client = new RegistryClient()
    const { viaProxy, direct } = repos('refapi-subject')
    const subject = await pushSubject(client, viaProxy)
    const signature = await pushReferrer(client, viaProxy, subject, BUNDLE, 'signature')
    const sbom = await pushReferrer(client, viaProxy, subject, SPDX, 'sbom')
    expect(proxy.stats.indexed).toBeGreaterThanOrEqual(2)

    // Straight from the registry: no sha256-<hex> index was written.
    const directClient = new RegistryClient()
    expect(await directClient.headManifest(direct, referrersTag(subject.digest))).toBeNull()
    expect(await directClient.referrers(direct, subject.digest)).toEqual([])

    // A decoy tag index (listing the subject itself, a manifest the registry has) must not
    // be what the client reads while the API works.
    const decoy = Buffer.from(
      JSON.stringify({ schemaVersion: 2, mediaType: MediaType.OCI_INDEX, manifests: [subject] })
    )
    await directClient.putManifest(direct, referrersTag(subject.digest), decoy, MediaType.OCI_INDEX)

    const before = proxy.stats.referrersRequests
    const listed = await new RegistryClient().referrers(viaProxy, subject.digest)
    expect(proxy.stats.referrersRequests).toBe(before + 1)
    expect(listed).toEqual([
      {
        mediaType: MediaType.OCI_MANIFEST,
        digest: signature,
        size: expect.any(Number),
        artifactType: BUNDLE,
        annotations: { 'org.example.payload': 'signature' }
      },
      {
        mediaType: MediaType.OCI_MANIFEST,
        digest: sbom,
        size: expect.any(Number),
        artifactType: SPDX,
        annotations: { 'org.example.payload': 'sbom' }
      }
    ])
    for (const descriptor of listed) {
      const got = await client.getManifest(viaProxy, descriptor.digest)
      expect(got.bytes.length).toBe(descriptor.size)
    }
  })

  it('relies on the referrers API when a push gets no OCI-Subject but the API answers', async () => {
    proxy.configure({ subjectHeader: false })
    const client = new RegistryClient()
    const { viaProxy, direct } = repos('refapi-noheader')
    const subject = await pushSubject(client, viaProxy)
    const digest = await pushReferrer(client, viaProxy, subject, BUNDLE, 'one')
    expect(await client.headManifest(direct, referrersTag(subject.digest))).toBeNull()
    expect((await client.referrers(viaProxy, subject.digest)).map(d => d.digest)).toEqual([digest])
  })

  it('filters by artifactType on the server, and on the client when the server does not', async () => {
    const client = new RegistryClient()
    const { viaProxy } = repos('refapi-filter')
    const subject = await pushSubject(client, viaProxy)
    const bundles = [
      await pushReferrer(client, viaProxy, subject, BUNDLE, 'a'),
      await pushReferrer(client, viaProxy, subject, BUNDLE, 'b')
    ]
    await pushReferrer(client, viaProxy, subject, SPDX, 'c')

    const filtered = await rawReferrers(
      viaProxy,
      subject.digest,
      `?artifactType=${encodeURIComponent(BUNDLE)}`
    )
    expect(filtered.headers.get('oci-filters-applied')).toBe('artifactType')
    expect(filtered.body.manifests?.map(d => d.digest)).toEqual(bundles)

    const serverSide = proxy.stats.filtered
    expect((await client.referrers(viaProxy, subject.digest, BUNDLE)).map(d => d.digest)).toEqual(
      bundles
    )
    expect(proxy.stats.filtered).toBe(serverSide + 1)

    proxy.configure({ filtering: false })
    const unfiltered = await rawReferrers(
      viaProxy,
      subject.digest,
      `?artifactType=${encodeURIComponent(BUNDLE)}`
    )
    expect(unfiltered.headers.has('oci-filters-applied')).toBe(false)
    expect(unfiltered.body.manifests).toHaveLength(3)
    expect((await client.referrers(viaProxy, subject.digest, BUNDLE)).map(d => d.digest)).toEqual(
      bundles
    )
    expect(proxy.stats.filtered).toBe(0)
  })

  it.each(['path', 'query'] as const)(
    'follows Link pagination (%s-form links) across pages, with and without a filter',
    async link => {
      proxy.configure({ pageSize: 2, link })
      const client = new RegistryClient()
      const { viaProxy } = repos(`refapi-pages-${link}`)
      const subject = await pushSubject(client, viaProxy)
      const pushed: string[] = []
      for (const [i, type] of [BUNDLE, SPDX, BUNDLE, SPDX, BUNDLE].entries())
        pushed.push(await pushReferrer(client, viaProxy, subject, type, `p${i}`))

      const first = await rawReferrers(viaProxy, subject.digest)
      expect(first.body.manifests).toHaveLength(2)
      expect(first.headers.get('link')).toMatch(/rel="next"$/)

      const before = proxy.stats.referrersRequests
      expect((await client.referrers(viaProxy, subject.digest)).map(d => d.digest)).toEqual(pushed)
      expect(proxy.stats.referrersRequests).toBe(before + 3)
      expect((await client.referrers(viaProxy, subject.digest, BUNDLE)).map(d => d.digest)).toEqual(
        [pushed[0], pushed[2], pushed[4]]
      )
      expect(proxy.stats.referrersRequests).toBe(before + 5)
    }
  )

  it('fails, rather than returning the first page alone, when a later page is not an index', async () => {
    proxy.configure({ pageSize: 1 })
    // A portal answering HTML for every follow-up page, between the client and the API.
    const portal = await startFaultProxy({
      target: proxy.url,
      every: 1,
      faults: ['html'],
      only: /\/referrers\/.*[?&]page=/
    })
    try {
      const client = new RegistryClient()
      const { viaProxy } = repos('refapi-brokenpage')
      const subject = await pushSubject(client, viaProxy)
      await pushReferrer(client, viaProxy, subject, BUNDLE, 'one')
      await pushReferrer(client, viaProxy, subject, BUNDLE, 'two')
      const behindPortal = parseReference(`${portal.host}/${viaProxy.repository}`)
      const error = await client.referrers(behindPortal, subject.digest).then(
        () => undefined,
        (e: unknown) => e
      )
      expect(error).toBeInstanceOf(ActionError)
      expect((error as ActionError).code).toBe('REGISTRY_ERROR')
      expect((error as ActionError).message).toMatch(/page 2 of the referrers of sha256:/)
      expect(portal.stats.faults.html).toBe(1)
    } finally {
      await portal.stop()
    }
  })

  it('still lists referrers pushed to the fallback tag before the API was there', async () => {
    const client = new RegistryClient()
    const { viaProxy, direct } = repos('refapi-upgrade')
    const subject = await pushSubject(client, direct)
    const before = await pushReferrer(client, direct, subject, BUNDLE, 'before')
    expect(await client.headManifest(direct, referrersTag(subject.digest))).not.toBeNull()
    const after = await pushReferrer(client, viaProxy, subject, SPDX, 'after')
    const listed = await client.referrers(viaProxy, subject.digest)
    expect(listed.map(d => [d.digest, d.artifactType])).toEqual([
      [before, BUNDLE],
      [after, SPDX]
    ])
    expect(listed[0]?.annotations).toEqual({ 'org.example.payload': 'before' })
  })

  it('answers as the spec says: empty index, 400 for a bad digest, artifactType from the config', async () => {
    const client = new RegistryClient()
    const { viaProxy } = repos('refapi-shape')
    const none = await rawReferrers(viaProxy, sha256Digest('no such subject'))
    expect(none.status).toBe(200)
    expect(none.headers.get('content-type')).toBe(MediaType.OCI_INDEX)
    expect(none.body).toEqual({ schemaVersion: 2, mediaType: MediaType.OCI_INDEX, manifests: [] })
    expect((await rawReferrers(viaProxy, 'sha256:NOT-HEX!')).status).toBe(400)

    const subject = await pushSubject(client, viaProxy)
    const untyped = await pushReferrer(client, viaProxy, subject, undefined, 'untyped')
    const [descriptor] = await client.referrers(viaProxy, subject.digest)
    expect(descriptor).toMatchObject({ digest: untyped, artifactType: MediaType.OCI_EMPTY })
  })
})

describe('the bundled action against a registry with the referrers API', () => {
  beforeEach(() => proxy.configure({ pageSize: 1 }))

  it('signs without a fallback tag, and verify mode finds the bundles through the API', async () => {
    const repo = uniqueRepo('refapi-action')
    const image = await pushTestImage(proxy.host, repo)
    const signed = await runAction({ image: `${proxy.host}/${repo}@${image.digest}` })
    expect(signed.errors).toEqual([])
    expect(signed.exitCode).toBe(0)
    expect(proxy.stats.indexed).toBe(2)
    const direct = parseReference(`${registry.host}/${repo}`)
    expect(await new RegistryClient().headManifest(direct, referrersTag(image.digest))).toBeNull()

    const listed = proxy.stats.referrersRequests
    const verified = await runAction(
      verifyInputs(sigstore, `${proxy.host}/${repo}:latest`, { 'require-sbom': 'true' })
    )
    expect(verified.errors).toEqual([])
    expect(verified.exitCode).toBe(0)
    expect(verified.outputs.verified).toBe('true')
    // Two referrers, one per page.
    expect(proxy.stats.referrersRequests - listed).toBeGreaterThanOrEqual(2)
  })
})
