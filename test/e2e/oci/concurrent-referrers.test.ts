import { MediaType, parseReference, RegistryClient, type ImageManifest } from '../../../src/oci'
import { startFaultProxy, type FaultProxy } from '../../stack/fault-proxy'
import { stackInfo } from '../../support/stack'
import { pushImageConfig, uniqueRepo } from './images'

// Every request waits 100 ms in the proxy, so the writers' GET and PUT of the fallback index
// interleave; Distribution 2.8 ignores If-Match, so only the read-back keeps every entry.
const LATENCY_MS = 100
// `npm run test:load` runs the 20 rounds of each (about 6 minutes); the default keeps it short.
const ROUNDS = Number(process.env.SBOM_SIGN_ROUNDS ?? 3)

describe('concurrent writers of one subject’s fallback referrers index', () => {
  const { registry } = stackInfo()
  let proxy: FaultProxy

  beforeAll(async () => {
    proxy = await startFaultProxy({
      target: registry.url,
      every: 1,
      faults: ['slow'],
      slowMs: LATENCY_MS
    })
  })

  afterAll(() => proxy.stop())

  /** Pushes a fresh subject, then has `writers` clients each push one referrer at the same instant. */
  async function round(writers: number, n: number) {
    const direct = new RegistryClient()
    const repo = parseReference(`${registry.host}/${uniqueRepo('concurrent')}`)
    const config = await pushImageConfig(direct, repo)
    const subjectBytes = Buffer.from(
      JSON.stringify({ schemaVersion: 2, mediaType: MediaType.OCI_MANIFEST, config, layers: [] })
    )
    const subject = await direct.putManifest(
      repo,
      `round-${n}`,
      subjectBytes,
      MediaType.OCI_MANIFEST
    )
    const empty = await direct.putBlob(repo, Buffer.from('{}'))
    const manifests: ImageManifest[] = []
    for (let w = 0; w < writers; w++) {
      const body = Buffer.from(`round ${n} writer ${w}`)
      manifests.push({
        schemaVersion: 2,
        mediaType: MediaType.OCI_MANIFEST,
        artifactType: 'application/vnd.example.concurrent+json',
        config: { mediaType: MediaType.OCI_EMPTY, digest: empty, size: 2 },
        layers: [
          {
            mediaType: 'application/vnd.example.concurrent+json',
            digest: await direct.putBlob(repo, body),
            size: body.length
          }
        ],
        subject: { mediaType: MediaType.OCI_MANIFEST, digest: subject, size: subjectBytes.length },
        annotations: { writer: String(w) }
      })
    }
    const viaProxy = parseReference(`${proxy.host}/${repo.repository}`)
    // One client per writer: separate runs share no cache of what the registry supports.
    const pushed = await Promise.all(
      manifests.map(m => new RegistryClient().pushReferrer(viaProxy, m, true))
    )
    const listed = (await direct.referrers(repo, subject)).map(d => d.digest)
    const lost = pushed.filter(d => !listed.includes(d)).length
    const duplicates = listed.length - new Set(listed).size
    return { lost, duplicates, listed: listed.length }
  }

  async function rounds(writers: number, count: number) {
    let lost = 0
    let duplicates = 0
    for (let n = 0; n < count; n++) {
      const result = await round(writers, n)
      lost += result.lost
      duplicates += result.duplicates
      expect(result.listed).toBe(writers)
    }
    console.log(
      `${writers} writers × ${count} rounds: ${lost} entries lost, ${duplicates} duplicates`
    )
    return { lost, duplicates }
  }

  it(`keeps every entry of 2 writers in lockstep across ${ROUNDS} rounds`, async () => {
    expect(await rounds(2, ROUNDS)).toEqual({ lost: 0, duplicates: 0 })
  }, 300_000)

  it(`keeps every entry of 8 writers in lockstep across ${ROUNDS} rounds`, async () => {
    expect(await rounds(8, ROUNDS)).toEqual({ lost: 0, duplicates: 0 })
    // The writers really overlapped in the proxy.
    expect(proxy.stats.maxInFlight).toBeGreaterThanOrEqual(8)
  }, 600_000)
})
