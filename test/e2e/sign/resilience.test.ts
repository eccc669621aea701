import { RegistryClient, parseReference } from '../../../src/oci'
import { createScenario, scenarioRequests } from '../../stack/sigstore'
import { startGitHubApi } from '../../support/github-api'
import { runAction } from '../../support/run-action'
import { stackInfo } from '../../support/stack'
import { startFaultyRegistry } from './faulty-registry'
import { pushTestImage } from '../../support/registry-images'
import { readBundle, verifyKeyless } from './verify-helpers'

const client = new RegistryClient()

async function signWith(repo: string, faults: Parameters<typeof createScenario>[1], inputs = {}) {
  const { registry, sigstore } = stackInfo()
  const image = await pushTestImage(registry.host, repo)
  const scenario = await createScenario(sigstore, faults)
  const run = await runAction({
    image: `${registry.host}/${repo}@${image.digest}`,
    sbom: 'none',
    'fulcio-url': scenario.fulcioURL,
    'rekor-url': scenario.rekorURL,
    'tsa-url': scenario.tsaURL,
    'trusted-root': sigstore.trustedRootPath,
    ...inputs
  })
  return { run, image, requests: await scenarioRequests(sigstore, scenario.id) }
}

describe('transient Sigstore failures', () => {
  test('Rekor answering 503 once: retried, signed', async () => {
    const { run, image, requests } = await signWith('faults/rekor503', { rekor: [{ status: 503 }] })
    expect(run.errors).toEqual([])
    expect(requests.rekor).toBe(2)
    await verifyKeyless(
      readBundle(run.outputs['signature-bundle-path'] ?? ''),
      image.digest,
      'https://sigstore.dev/cosign/sign/v1'
    )
  })

  test('Rekor logging the entry but answering 503: the retry meets 409 and fetches the entry', async () => {
    const { run, image, requests } = await signWith('faults/rekor409', {
      rekor: [{ status: 503, afterHandling: true }]
    })
    expect(run.errors).toEqual([])
    expect(requests.rekor).toBe(3)
    await verifyKeyless(
      readBundle(run.outputs['signature-bundle-path'] ?? ''),
      image.digest,
      'https://sigstore.dev/cosign/sign/v1'
    )
  })

  test('Fulcio timing out once: retried, signed', async () => {
    const { run, requests } = await signWith('faults/fulcio', { fulcio: [{ delayMs: 6500 }] })
    expect(run.errors).toEqual([])
    expect(requests.fulcio).toBe(2)
  }, 60_000)

  test('Fulcio down for longer than the retry budget: a clear error and nothing attached', async () => {
    const { registry } = stackInfo()
    const { run, image } = await signWith(
      'faults/fulciodown',
      { fulcio: [{ status: 502, forMs: 60_000 }] },
      { 'retry-budget': '2s' }
    )
    expect(run.exitCode).toBe(1)
    expect(run.errors[0]).toMatch(
      /signing the image signature failed at Fulcio .*answered 502; gave up: retrying in .* would exceed the retry budget of 2 s.*Nothing was attached/
    )
    expect(
      await client.referrers(parseReference(`${registry.host}/faults/fulciodown`), image.digest)
    ).toEqual([])
  }, 60_000)
})

describe('a Rekor outage', () => {
  // SBOM_SIGN_OUTAGE_S=60 runs the outage of the issue; the default keeps the test short.
  const outageS = Number(process.env.SBOM_SIGN_OUTAGE_S ?? 3)

  test('shorter than the retry budget: ridden out, with the waits in the job log', async () => {
    const started = Date.now()
    const { run, image, requests } = await signWith(
      'faults/rekoroutage',
      { rekor: [{ status: 503, forMs: outageS * 1000 }] },
      { 'retry-budget': `${outageS * 3 + 5}s` }
    )
    const elapsed = Date.now() - started
    expect(run.errors).toEqual([])
    expect(run.stdout).toMatch(
      /Rekor at http:\/\/\S+ answered 503; retrying in \d+ (ms|s) \(retry budget left \d+/
    )
    expect(requests.rekor).toBeGreaterThan(2)
    expect(elapsed).toBeGreaterThanOrEqual(outageS * 1000)
    verifyKeyless(
      readBundle(run.outputs['signature-bundle-path'] ?? ''),
      image.digest,
      'https://sigstore.dev/cosign/sign/v1'
    )
    console.log(
      `Rekor outage of ${outageS} s ridden out in ${elapsed} ms (${requests.rekor} requests)`
    )
  }, 300_000)

  test('longer than the retry budget: a clear failure before anything is written', async () => {
    const { registry } = stackInfo()
    const started = Date.now()
    const { run, image } = await signWith(
      'faults/rekorlong',
      { rekor: [{ status: 503, forMs: 120_000 }] },
      { 'retry-budget': '4s', 'attach-format': 'both' }
    )
    const elapsed = Date.now() - started
    expect(run.exitCode).toBe(1)
    expect(run.errors[0]).toMatch(
      /failed at Rekor \(http:\/\/\S+\): Rekor at \S+ answered 503; gave up: retrying in .* would exceed the retry budget of 4 s/
    )
    expect(run.errors[0]).toContain('Nothing was attached')
    const repo = parseReference(`${registry.host}/faults/rekorlong`)
    expect(await client.referrers(repo, image.digest)).toEqual([])
    expect(await client.headManifest(repo, `${image.digest.replace(':', '-')}.sig`)).toBeNull()
    expect(elapsed).toBeLessThan(30_000)
    console.log(`Rekor outage longer than a 4 s budget failed after ${elapsed} ms`)
  })
})

describe('the Fulcio certificate', () => {
  test('is replaced before a signature when retries could outlast it', async () => {
    // The stack's certificates are valid 10 minutes, as public-good's; a 15-minute retry
    // budget could outlast any of them, so each signature gets a fresh one.
    const { run, requests } = await signWith(
      'faults/freshcert',
      {},
      { sbom: 'generate', 'retry-budget': '15m' }
    )
    expect(run.errors).toEqual([])
    expect(run.stdout).toContain('The Fulcio certificate would expire before retries could end')
    expect(requests.fulcio).toBe(2)
  })

  test('is kept for the whole run while it outlasts the retry budget', async () => {
    const { run, requests } = await signWith('faults/onecert', {}, { sbom: 'generate' })
    expect(run.errors).toEqual([])
    expect(requests.fulcio).toBe(1)
  })
})

describe('a registry failing part-way through attaching', () => {
  test('says what was written, with digests, and what was not', async () => {
    const { registry } = stackInfo()
    const image = await pushTestImage(registry.host, 'faults/midattach')
    // The SBOM referrer and its fallback tag update go through; every later manifest PUT fails.
    const proxy = await startFaultyRegistry(registry.url, 2)
    try {
      const run = await runAction({
        image: `${proxy.host}/faults/midattach@${image.digest}`,
        'retry-budget': '3s'
      })
      expect(run.exitCode).toBe(1)
      const message = run.errors[0] ?? ''
      expect(message).toMatch(/attaching failed at image signature \(OCI referrer\)/)
      expect(message).toMatch(/Written: SBOM attestation \(OCI referrer\) \(sha256:[a-f0-9]{64}\)/)
      expect(message).toMatch(/Not written: image signature \(OCI referrer\)\. Re-run/)
      expect(proxy.puts.filter(p => p.status === 201)).toHaveLength(2)
    } finally {
      await proxy.close()
    }
  })
})

describe('provenance and GitHub attestations', () => {
  test('provenance is signed and attached; bundles go to the attestations API', async () => {
    const { registry } = stackInfo()
    const api = await startGitHubApi()
    try {
      const image = await pushTestImage(registry.host, 'gh/app')
      const run = await runAction(
        {
          image: `${registry.host}/gh/app@${image.digest}`,
          provenance: 'true',
          'github-attestations': 'true',
          'github-token': api.token
        },
        { GITHUB_API_URL: api.url }
      )
      expect(run.errors).toEqual([])
      const provenance = await verifyKeyless(
        readBundle(run.outputs['provenance-bundle-path'] ?? ''),
        image.digest,
        'https://slsa.dev/provenance/v1'
      )
      expect(provenance.predicate).toMatchObject({
        buildDefinition: { buildType: 'https://actions.github.io/buildtypes/workflow/v1' }
      })
      expect(api.stored.map(s => s.repository)).toEqual(['acme/app', 'acme/app', 'acme/app'])
      expect(run.outputs['attestation-id']).toBe('1')
      expect(run.outputs['attestation-url']).toBe('https://github.com/acme/app/attestations/1')
      const logged = run.stdout.split('\n').filter(l => !l.startsWith('::add-mask::'))
      expect(logged.join('\n')).not.toContain(api.token)
    } finally {
      await api.close()
    }
  })
})
