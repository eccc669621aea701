import {
  MediaType,
  RegistryClient,
  parseReference,
  pendingTag,
  referrerDescriptor,
  referrersTag,
  sha256Digest,
  type ImageIndex,
  type ImageManifest,
  type Reference
} from '../../../src/oci'
import { startFaultProxy, type FaultProxy } from '../../stack/fault-proxy'
import { createScenario, mintToken, scenarioRequests } from '../../stack/sigstore'
import { runAction, verifyInputs, type Interrupt } from '../../support/run-action'
import { stackInfo } from '../../support/stack'
import { pushTestImage } from '../../support/registry-images'

// A run whose fallback-index PUT fails for good has pushed a referrer manifest that nothing
// lists. It records it in `sha256-<hex>.pending`; a re-run checks it like any referrer and
// lists it instead of signing again.

const client = new RegistryClient()
let proxy: FaultProxy

beforeAll(async () => {
  proxy = await startFaultProxy({ target: stackInfo().registry.url, every: 0 })
})
afterAll(() => proxy.stop())

/** Signs through the proxy with a scenario of its own, so its Sigstore requests can be counted. */
async function sign(
  repo: string,
  digest: string,
  env: Record<string, string> = {},
  interrupt?: Interrupt,
  inputs: Record<string, string> = {}
) {
  const { sigstore } = stackInfo()
  const scenario = await createScenario(sigstore)
  const run = await runAction(
    {
      image: `${proxy.host}/${repo}@${digest}`,
      sbom: 'none',
      'retry-budget': '2s',
      'fulcio-url': scenario.fulcioURL,
      'rekor-url': scenario.rekorURL,
      'tsa-url': scenario.tsaURL,
      'trusted-root': sigstore.trustedRootPath,
      ...inputs
    },
    env,
    undefined,
    interrupt
  )
  return { run, requests: await scenarioRequests(sigstore, scenario.id) }
}

/** Fails every PUT of the subject's fallback index (only that: reads and the record pass). */
function failFallbackIndexPuts(subjectDigest: string) {
  proxy.configure({
    every: 1,
    faults: ['503'],
    methods: ['PUT'],
    only: new RegExp(`/manifests/${referrersTag(subjectDigest)}$`)
  })
}

/** Holds every PUT of the subject's fallback index for a minute. */
function hangFallbackIndexPuts(subjectDigest: string) {
  proxy.configure({
    every: 1,
    faults: ['slow'],
    slowMs: 60_000,
    methods: ['PUT'],
    only: new RegExp(`/manifests/${referrersTag(subjectDigest)}$`)
  })
}

async function pendingRecord(repo: Reference, subjectDigest: string): Promise<ImageIndex> {
  const { bytes } = await client.getManifest(repo, pendingTag(subjectDigest))
  return JSON.parse(bytes.toString()) as ImageIndex
}

const listed = async (repo: Reference, subjectDigest: string) =>
  (await client.referrers(repo, subjectDigest)).map(d => d.digest)

test('a failed fallback-index PUT is recorded; the re-run lists the referrer instead of signing again', async () => {
  const { registry, sigstore } = stackInfo()
  const name = 'orphans/reused'
  const image = await pushTestImage(registry.host, name)
  const repo = parseReference(`${registry.host}/${name}`)

  failFallbackIndexPuts(image.digest)
  const first = await sign(name, image.digest)
  expect(first.run.exitCode).toBe(1)
  const message = first.run.errors[0] ?? ''
  expect(message).toMatch(/attaching failed at image signature \(OCI referrer\)/)
  const orphan =
    /Referrer (sha256:[a-f0-9]{64}) is pushed but not listed; it is recorded in (\S+), where a re-run finds it, checks it like any referrer and lists it instead of signing again\. Written: nothing\. Not written: image signature \(OCI referrer\)\. Re-run the job/.exec(
      message
    )
  expect(orphan?.[2]).toBe(`${proxy.host}/${name}:${pendingTag(image.digest)}`)
  const orphanDigest = orphan?.[1] ?? ''
  expect(first.requests.fulcio).toBe(1)
  expect(proxy.stats.faults['503']).toBeGreaterThan(0)

  // The record lists the orphan as the fallback index would; nothing lists it where cosign,
  // gh and verify mode look, so verify mode does not count it.
  const record = await pendingRecord(repo, image.digest)
  expect(record.manifests).toEqual([
    expect.objectContaining({
      digest: orphanDigest,
      artifactType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
      annotations: expect.objectContaining({
        'dev.sigstore.bundle.predicateType': 'https://sigstore.dev/cosign/sign/v1'
      })
    })
  ])
  expect(await listed(repo, image.digest)).toEqual([])
  const notAttached = await runAction(
    verifyInputs(sigstore, `${registry.host}/${name}@${image.digest}`)
  )
  expect(notAttached.exitCode).toBe(1)
  expect(notAttached.outputs.verified).toBe('false')

  proxy.configure({ every: 0 })
  const second = await sign(name, image.digest)
  expect(second.run.errors).toEqual([])
  expect(second.run.stdout).toContain(
    `image signature: valid, pushed as ${orphanDigest} by an earlier run that could not list it`
  )
  expect(second.run.outputs['signature-ref']).toBe(orphanDigest)
  expect(second.requests).toMatchObject({ fulcio: 0, rekor: 0, tsa: 0 })
  expect(await listed(repo, image.digest)).toEqual([orphanDigest])
  // Distribution allows DELETE: the record is gone.
  expect(await client.headManifest(repo, pendingTag(image.digest))).toBeNull()

  const verified = await runAction(
    verifyInputs(sigstore, `${registry.host}/${name}@${image.digest}`)
  )
  expect(verified.errors).toEqual([])
  expect(verified.outputs.verified).toBe('true')
}, 120_000)

test('a recorded referrer by another identity, tampered with or malformed is not reused; a refused DELETE empties the record', async () => {
  const { registry, sigstore } = stackInfo()
  const name = 'orphans/foreign'
  const image = await pushTestImage(registry.host, name)
  const repo = parseReference(`${registry.host}/${name}`)

  // Another workflow signs the same digest and fails to list its referrer; so does this one.
  failFallbackIndexPuts(image.digest)
  const other = await mintToken(sigstore, {
    job_workflow_ref: 'acme/other/.github/workflows/release.yml@refs/heads/main',
    repository: 'acme/other'
  })
  expect((await sign(name, image.digest, { SIGSTORE_ID_TOKEN: other })).run.exitCode).toBe(1)
  expect((await sign(name, image.digest)).run.exitCode).toBe(1)
  const [foreign, own] = (await pendingRecord(repo, image.digest)).manifests
  if (!foreign || !own) throw new Error('both runs should have recorded their referrer')

  // This signer's referrer, copied with the signed statement changed: its signature breaks.
  const original = JSON.parse(
    (await client.getManifest(repo, own.digest)).bytes.toString()
  ) as ImageManifest
  const bundle = JSON.parse(
    (await client.getBlob(repo, original.layers[0]?.digest ?? '')).toString()
  ) as { dsseEnvelope: { payload: string } }
  const statement = JSON.parse(Buffer.from(bundle.dsseEnvelope.payload, 'base64').toString())
  statement.predicate = { tampered: true }
  bundle.dsseEnvelope.payload = Buffer.from(JSON.stringify(statement)).toString('base64')
  const bundleBytes = Buffer.from(JSON.stringify(bundle))
  const layer = {
    mediaType: original.artifactType ?? '',
    digest: await client.putBlob(repo, bundleBytes),
    size: bundleBytes.length
  }
  const manifest: ImageManifest = { ...original, layers: [layer] }
  const bytes = Buffer.from(JSON.stringify(manifest))
  await client.putManifest(repo, sha256Digest(bytes), bytes, MediaType.OCI_MANIFEST)
  const tampered = referrerDescriptor(manifest, bytes)
  // And junk: a bundle layer holding `null`.
  const nullBlob = Buffer.from('null')
  const junkManifest: ImageManifest = {
    ...original,
    layers: [{ ...layer, digest: await client.putBlob(repo, nullBlob), size: nullBlob.length }]
  }
  const junkBytes = Buffer.from(JSON.stringify(junkManifest))
  await client.putManifest(repo, sha256Digest(junkBytes), junkBytes, MediaType.OCI_MANIFEST)
  const junk = referrerDescriptor(junkManifest, junkBytes)
  const record: ImageIndex = {
    ...(await pendingRecord(repo, image.digest)),
    manifests: [foreign, tampered, junk]
  }
  await client.putManifest(
    repo,
    pendingTag(image.digest),
    Buffer.from(JSON.stringify(record)),
    MediaType.OCI_INDEX
  )

  // This registry refuses DELETE (as Distribution does with deleting off, and some hosted
  // registries do): the record is emptied instead.
  proxy.configure({ every: 1, faults: ['unsupported'], methods: ['DELETE'] })
  const rerun = await sign(name, image.digest)
  expect(rerun.run.errors).toEqual([])
  expect(rerun.requests.fulcio).toBe(1)
  const ref = rerun.run.outputs['signature-ref']
  expect([foreign.digest, own.digest, tampered.digest]).not.toContain(ref)
  expect(rerun.run.warnings.join('\n')).toContain(
    `lists 3 referrer(s) that are not valid bundles by this signer of what this run signs (${foreign.digest}, ${tampered.digest}, ${junk.digest}); ignored`
  )
  expect(await listed(repo, image.digest)).toEqual([ref])
  expect(proxy.stats.faults.unsupported).toBe(1)
  expect(rerun.run.stdout).toContain('(the registry does not allow deleting it)')
  expect((await pendingRecord(repo, image.digest)).manifests).toEqual([])
}, 180_000)

test('a job cancelled while the fallback index is being written records the referrer before it stops', async () => {
  const name = 'orphans/cancelled'
  const image = await pushTestImage(stackInfo().registry.host, name)
  const repo = parseReference(`${stackInfo().registry.host}/${name}`)

  // The fallback-index PUT hangs; the runner cancels the job (SIGINT) while it does.
  hangFallbackIndexPuts(image.digest)
  const hanging = new Promise<void>(resolve => {
    const poll = setInterval(() => {
      if (!proxy.stats.faults.slow) return
      clearInterval(poll)
      resolve()
    }, 50)
  })
  const started = Date.now()
  const cancelled = await sign(name, image.digest, {}, { signal: 'SIGINT', after: hanging })
  expect(cancelled.run.exitCode).not.toBe(0)
  expect(Date.now() - started).toBeLessThan(30_000)
  const orphan =
    /SIGINT: recording (sha256:[a-f0-9]{64}), pushed but not listed yet, in \S+\.pending before stopping/.exec(
      cancelled.run.stdout
    )?.[1]
  expect((await pendingRecord(repo, image.digest)).manifests.map(d => d.digest)).toEqual([orphan])

  proxy.configure({ every: 0 })
  const rerun = await sign(name, image.digest)
  expect(rerun.run.errors).toEqual([])
  expect(rerun.run.outputs['signature-ref']).toBe(orphan)
  expect(rerun.requests.fulcio).toBe(0)
  expect(await listed(repo, image.digest)).toEqual([orphan])
}, 120_000)

test('a run that hits its own deadline while writing the fallback index still records the referrer', async () => {
  const name = 'orphans/deadline'
  const image = await pushTestImage(stackInfo().registry.host, name)
  const repo = parseReference(`${stackInfo().registry.host}/${name}`)

  hangFallbackIndexPuts(image.digest)
  const late = await sign(name, image.digest, {}, undefined, { timeout: '15s' })
  expect(late.run.exitCode).toBe(1)
  const message = late.run.errors[0] ?? ''
  expect(message).toContain('the sign run did not finish within 15 s')
  const orphan =
    /Referrer (sha256:[a-f0-9]{64}) is pushed but not listed; it is recorded in \S+\.pending/.exec(
      message
    )?.[1]
  expect((await pendingRecord(repo, image.digest)).manifests.map(d => d.digest)).toEqual([orphan])
}, 120_000)
