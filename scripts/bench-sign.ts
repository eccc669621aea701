/**
 * Sign mode on the local stack (Distribution registry behind a counting proxy, Fulcio, Rekor,
 * TSA on loopback): wall time, peak RSS and registry / Fulcio / Rekor request counts of
 * dist/index.js for one platform, an 8-platform index, a 15 MiB SBOM and 8 concurrent signers
 * of one digest, each beside a peer measured in the same run:
 *   - 1 platform           vs the same image signed without an SBOM (what the SBOM adds)
 *   - 8 platforms          vs 1 platform (per-platform cost)
 *   - 15 MiB SBOM          vs a 1 KiB SBOM file (RSS above that baseline, in SBOM sizes)
 *   - 8 concurrent signers vs 1 signer of a fresh digest (wall time of the contended update)
 *
 *   npm run bench:sign [-- --only sbom]   (--only: just the SBOM-size pair)
 */
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pushTestImage, pushTestIndex } from '../test/support/registry-images'
import { startFaultProxy, type FaultProxy } from '../test/stack/fault-proxy'
import { startRegistry } from '../test/stack/registry'
import {
  createScenario,
  scenarioRequests,
  startSigstore,
  type SigstoreStackInfo
} from '../test/stack/sigstore'
import { writeLargeSbom } from '../test/support/large-sbom'
import { runAction } from '../test/support/run-action'

const MiB = 1024 * 1024
const scratch = mkdtempSync(join(tmpdir(), 'bench-sign-'))
/** The SBOM-size pair: under the default 16 MiB "max-predicate-size", logged in Rekor like the rest. */
const LARGE = { 'max-predicate-size': String(16 * MiB) }
/** Peak RSS above the 1 KiB run, in sizes of the SBOM (issue target). */
const TARGET_RATIO = 3
const RSS_PRELOAD = new URL('./bench-sign-rss.mjs', import.meta.url).pathname

interface Measure {
  wallMs: number
  /** Peak RSS of the (largest) signing process, MiB. */
  rssMiB: number
  registry: number
  fulcio: number
  rekor: number
}

const sbomFile = (bytes: number) => writeLargeSbom(join(scratch, `sbom-${bytes}.cdx.json`), bytes)

async function sign(
  sigstore: SigstoreStackInfo,
  proxy: FaultProxy,
  images: string[],
  inputs: Record<string, string>
): Promise<Measure> {
  const scenario = await createScenario(sigstore)
  proxy.configure({ every: 0 })
  const rssFiles = images.map((_, i) => join(scratch, `rss-${Date.now()}-${i}`))
  const begun = performance.now()
  const runs = await Promise.all(
    images.map((image, i) =>
      runAction(
        {
          image,
          force: 'true',
          'fulcio-url': scenario.fulcioURL,
          'rekor-url': scenario.rekorURL,
          'tsa-url': scenario.tsaURL,
          'trusted-root': sigstore.trustedRootPath,
          ...inputs
        },
        {
          ACTIONS_ID_TOKEN_REQUEST_URL: sigstore.oidcURL,
          ACTIONS_ID_TOKEN_REQUEST_TOKEN: sigstore.oidcRequestToken,
          NODE_OPTIONS: `--import ${RSS_PRELOAD}`,
          BENCH_RSS_FILE: rssFiles[i] as string
        }
      )
    )
  )
  const wallMs = performance.now() - begun
  for (const run of runs)
    if (run.exitCode !== 0)
      throw new Error(`sign run failed: ${run.errors.join('; ') || run.stderr}`)
  const requests = await scenarioRequests(sigstore, scenario.id)
  return {
    wallMs,
    rssMiB: Math.max(...rssFiles.map(f => Number(readFileSync(f, 'utf8')) / 1024)),
    registry: proxy.stats.requests,
    fulcio: requests.fulcio,
    rekor: requests.rekor
  }
}

function row(label: string, m: Measure, ratio = '') {
  const cells = [
    label.padEnd(34),
    `${(m.wallMs / 1000).toFixed(1)} s`.padStart(8),
    `${m.rssMiB.toFixed(0)} MiB`.padStart(9),
    String(m.registry).padStart(9),
    String(m.fulcio).padStart(7),
    String(m.rekor).padStart(6),
    `  ${ratio}`
  ]
  console.log(cells.join(' '))
}

function sbomRatio(big: Measure, baseline: Measure, bytes: number): string {
  const above = big.rssMiB - baseline.rssMiB
  const ratio = (above * MiB) / bytes
  return (
    `RSS above the 1 KiB run: ${above.toFixed(0)} MiB = ${ratio.toFixed(2)} × the SBOM ` +
    `(target ≤ ${TARGET_RATIO}×: ${ratio <= TARGET_RATIO ? 'met' : 'NOT met'})`
  )
}

async function main() {
  const registry = await startRegistry()
  const sigstore = await startSigstore()
  const proxy = await startFaultProxy({ target: registry.url, every: 0 })
  try {
    const s = sigstore.info
    const host = proxy.host
    const image = async (repo: string) =>
      `${host}/${repo}@${(await pushTestImage(registry.host, repo)).digest}`
    const small = sbomFile(1024)
    const large = sbomFile(15 * MiB)
    // One warm-up so the first measured run does not pay for cold caches.
    await sign(s, proxy, [await image('bench/warmup')], { sbom: 'none' })
    if (process.argv.includes('--only')) {
      const baseline = await sign(s, proxy, [await image('bench/sbom-1k')], {
        sbom: small,
        ...LARGE
      })
      const big = await sign(s, proxy, [await image('bench/sbom-15m')], { sbom: large, ...LARGE })
      row('peer: 1 KiB SBOM file', baseline)
      row('15 MiB SBOM file', big, sbomRatio(big, baseline, readFileSync(large).length))
      return
    }

    const none = await sign(s, proxy, [await image('bench/none')], { sbom: 'none' })
    const one = await sign(s, proxy, [await image('bench/one')], {})
    const index = await pushTestIndex(registry.host, 'bench/eight', {
      architectures: ['amd64', 'arm64', '386', 'ppc64le', 's390x', 'riscv64', 'mips64le', 'loong64']
    })
    const eight = await sign(s, proxy, [`${host}/bench/eight@${index.digest}`], {})
    const baseline = await sign(s, proxy, [await image('bench/sbom-1k')], { sbom: small, ...LARGE })
    const big = await sign(s, proxy, [await image('bench/sbom-15m')], { sbom: large, ...LARGE })
    const single = await sign(s, proxy, [await image('bench/single')], { sbom: 'none' })
    const shared = await image('bench/concurrent')
    const concurrent = await sign(s, proxy, Array(8).fill(shared), { sbom: 'none' })

    const largeBytes = readFileSync(large).length
    console.log(
      `${'case'.padEnd(34)} ${'wall'.padStart(8)} ${'peak RSS'.padStart(9)} ${'registry'.padStart(9)} ${'fulcio'.padStart(7)} ${'rekor'.padStart(6)}   ratio to its peer`
    )
    row('peer: 1 platform, no SBOM', none)
    row('1 platform (SBOM generated)', one, `wall ×${(one.wallMs / none.wallMs).toFixed(2)}`)
    row(
      '8 platforms (index)',
      eight,
      `wall ×${(eight.wallMs / one.wallMs).toFixed(2)} of 1 platform, registry ×${(eight.registry / one.registry).toFixed(1)}`
    )
    row('peer: 1 KiB SBOM file', baseline)
    row(`${(largeBytes / MiB).toFixed(1)} MiB SBOM file`, big, sbomRatio(big, baseline, largeBytes))
    row('peer: 1 signer, no SBOM', single)
    row(
      '8 concurrent signers, one digest',
      concurrent,
      `wall ×${(concurrent.wallMs / single.wallMs).toFixed(2)}, registry ×${(concurrent.registry / single.registry).toFixed(1)} of 1 signer`
    )
  } finally {
    await proxy.stop()
    await sigstore.stop()
    await registry.stop()
  }
}

await main()
