import { RegistryClient, parseReference } from '../../../src/oci'
import { createScenario, scenarioRequests } from '../../stack/sigstore'
import { startGitHubApi } from '../../support/github-api'
import { runAction } from '../../support/run-action'
import { stackInfo } from '../../support/stack'
import { startFaultyRegistry } from './faulty-registry'
import { pushTestImage } from './images'
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

  test('Fulcio down for good: a clear error and nothing attached', async () => {
    const { registry } = stackInfo()
    const { run, image } = await signWith('faults/fulciodown', {
      fulcio: Array.from({ length: 6 }, () => ({ status: 502 }))
    })
    expect(run.exitCode).toBe(1)
    expect(run.errors[0]).toMatch(
      /signing the image signature failed at Fulcio .*Nothing was attached/
    )
    expect(
      await client.referrers(parseReference(`${registry.host}/faults/fulciodown`), image.digest)
    ).toEqual([])
  }, 60_000)
})

describe('a registry failing part-way through attaching', () => {
  test('says what was written, with digests, and what was not', async () => {
    const { registry } = stackInfo()
    const image = await pushTestImage(registry.host, 'faults/midattach')
    // The SBOM referrer and its fallback tag update go through; every later manifest PUT fails.
    const proxy = await startFaultyRegistry(registry.url, 2)
    try {
      const run = await runAction({ image: `${proxy.host}/faults/midattach@${image.digest}` })
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
