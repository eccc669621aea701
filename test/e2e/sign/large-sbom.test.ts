import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createScenario, scenarioRequests } from '../../stack/sigstore'
import { writeLargeSbom } from '../../support/large-sbom'
import { REPO_ROOT } from '../../support/paths'
import { runAction } from '../../support/run-action'
import { stackInfo } from '../../support/stack'
import { pushTestImage } from '../../support/registry-images'
import { readBundle, verifyKeyless } from './verify-helpers'

const MiB = 1024 * 1024
const scratch = mkdtempSync(join(tmpdir(), 'large-sbom-'))
/** Writes the process's peak RSS (KiB) at exit: the benchmark's preload. */
const PEAK_RSS = join(REPO_ROOT, 'scripts', 'bench-sign-rss.mjs')

/** Signs a fresh image with `sbom` on its own scenario (counted requests); peak RSS in MiB. */
async function sign(repo: string, inputs: Record<string, string>) {
  const { registry, sigstore } = stackInfo()
  const image = await pushTestImage(registry.host, repo)
  const scenario = await createScenario(sigstore)
  const rssFile = join(scratch, `${repo.replace(/\//g, '-')}.rss`)
  const run = await runAction(
    {
      image: `${registry.host}/${repo}@${image.digest}`,
      'fulcio-url': scenario.fulcioURL,
      'rekor-url': scenario.rekorURL,
      'tsa-url': scenario.tsaURL,
      'trusted-root': sigstore.trustedRootPath,
      ...inputs
    },
    { NODE_OPTIONS: `--import ${PEAK_RSS}`, BENCH_RSS_FILE: rssFile }
  )
  const requests = await scenarioRequests(sigstore, scenario.id)
  const rssMiB = run.exitCode === 0 ? Number(readFileSync(rssFile, 'utf8')) / 1024 : NaN
  return { run, image, requests, rssMiB }
}

describe('a large SBOM', () => {
  test('12 MiB: logged in Rekor, signed as its bytes, peak memory a few times its size', async () => {
    const small = writeLargeSbom(join(scratch, 'small.cdx.json'), 1024)
    const large = writeLargeSbom(join(scratch, 'large.cdx.json'), 12 * MiB)
    const size = readFileSync(large).length
    const options = { 'max-predicate-size': String(16 * MiB) }
    const baseline = await sign('large/baseline', { sbom: small, ...options })
    expect(baseline.run.errors).toEqual([])
    const big = await sign('large/sbom', { sbom: large, ...options })
    expect(big.run.errors).toEqual([])
    // The entry went to Rekor (streamed, with time for its size), not around it.
    expect(big.requests.rekor).toBeGreaterThanOrEqual(2)
    const bundle = readBundle(big.run.outputs['sbom-attestation-bundle-path'] ?? '')
    expect(bundle.verificationMaterial.tlogEntries).toHaveLength(1)
    const statement = await verifyKeyless(bundle, big.image.digest, 'https://cyclonedx.org/bom')
    expect(statement.predicate).toEqual(JSON.parse(readFileSync(large, 'utf8')))
    // The SBOM file's bytes are the predicate's, not a re-serialisation of them.
    const payload = Buffer.from(bundle.dsseEnvelope?.payload ?? '', 'base64')
    expect(payload.includes(readFileSync(large))).toBe(true)
    // Before the statement was built around the SBOM bytes it was 17× the SBOM above the
    // baseline, then 3.4×; it is about 2.2–2.5× (the file's text and parsed document while it
    // is checked). The target is 3×; a little room over it for a loaded machine.
    const above = ((big.rssMiB - baseline.rssMiB) * MiB) / size
    console.log(
      `peak RSS ${big.rssMiB.toFixed(0)} MiB vs ${baseline.rssMiB.toFixed(0)} MiB: ` +
        `${above.toFixed(2)} × the ${(size / MiB).toFixed(1)} MiB SBOM above the baseline`
    )
    expect(above).toBeLessThan(3.5)
  })

  test('keyless with "tlog-upload: false" beside "rekor-url": not logged, timestamped', async () => {
    const sbom = writeLargeSbom(join(scratch, 'tsa-only.cdx.json'), 4096)
    const { run, image, requests } = await sign('large/tsa-only', {
      sbom,
      'tlog-upload': 'false'
    })
    expect(run.errors).toEqual([])
    expect(requests.rekor).toBe(0)
    expect(requests.tsa).toBeGreaterThanOrEqual(2)
    const bundle = readBundle(run.outputs['sbom-attestation-bundle-path'] ?? '')
    expect(bundle.verificationMaterial.tlogEntries ?? []).toEqual([])
    expect(bundle.verificationMaterial.timestampVerificationData?.rfc3161Timestamps).toHaveLength(1)
    await verifyKeyless(bundle, image.digest, 'https://cyclonedx.org/bom', 0)
    expect(run.outputs['rekor-log-index']).toBeUndefined()
  })

  test('keyless with "tlog-upload: false" and no timestamp authority: an input error, nothing spent', async () => {
    const { registry, sigstore } = stackInfo()
    const image = await pushTestImage(registry.host, 'large/no-time')
    const scenario = await createScenario(sigstore)
    const run = await runAction({
      image: `${registry.host}/large/no-time@${image.digest}`,
      sbom: 'none',
      'fulcio-url': scenario.fulcioURL,
      'rekor-url': scenario.rekorURL,
      'trusted-root': sigstore.trustedRootPath,
      'tlog-upload': 'false'
    })
    expect(run.exitCode).not.toBe(0)
    expect(run.errors.join('\n')).toMatch(/tlog-upload.*is false.*needs a timestamp authority/)
    expect(await scenarioRequests(sigstore, scenario.id)).toMatchObject({ fulcio: 0, rekor: 0 })
  })
})
