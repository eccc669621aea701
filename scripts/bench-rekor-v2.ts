/**
 * Sign + attach time with Rekor v2 against Rekor v1 in the same run, on the local stack
 * (Distribution registry, Fulcio, Rekor v1 and v2, TSA on loopback): dist/index.js signs a
 * small image and attaches its signature and SBOM attestation as OCI referrers, with a signing
 * config naming either log. Reports the action's own "signed, verified and attached" time
 * (SBOM generation excluded) and the whole step, as medians over alternating runs.
 *
 *   npm run bench:rekor-v2 [-- --runs N]
 */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pushTestImage } from '../test/support/registry-images'
import { startRegistry } from '../test/stack/registry'
import { startSigstore, type SigstoreStackInfo } from '../test/stack/sigstore'
import { runAction } from '../test/support/run-action'

const runsArg = process.argv.indexOf('--runs')
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 5

function signingConfig(sigstore: SigstoreStackInfo, rekorURL: string, version: number): string {
  const service = (url: string, majorApiVersion: number) => ({
    url,
    majorApiVersion,
    validFor: { start: '2024-01-01T00:00:00Z' },
    operator: 'local.test'
  })
  const path = join(mkdtempSync(join(tmpdir(), 'bench-config-')), 'signing_config.json')
  writeFileSync(
    path,
    JSON.stringify({
      mediaType: 'application/vnd.dev.sigstore.signingconfig.v0.2+json',
      caUrls: [service(sigstore.fulcioURL, 1)],
      rekorTlogUrls: [service(rekorURL, version)],
      rekorTlogConfig: { selector: 'ANY' },
      tsaUrls: [service(`${sigstore.tsaURL}/api/v1/timestamp`, 1)],
      tsaConfig: { selector: 'ANY' }
    })
  )
  return path
}

async function signOnce(host: string, sigstore: SigstoreStackInfo, config: string, n: string) {
  const image = await pushTestImage(host, `bench/rekor-${n}`)
  const begun = performance.now()
  const run = await runAction(
    {
      image: `${host}/bench/rekor-${n}@${image.digest}`,
      'signing-config': config,
      'trusted-root': sigstore.trustedRootPath
    },
    {
      ACTIONS_ID_TOKEN_REQUEST_URL: sigstore.oidcURL,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: sigstore.oidcRequestToken
    }
  )
  const step = performance.now() - begun
  const attached = /signed, verified and attached (\d+) item\(s\) in (\d+) ms/.exec(run.stdout)
  if (run.exitCode !== 0 || !attached)
    throw new Error(`sign run failed: ${run.errors.join('; ') || run.stderr}`)
  return { signAttach: Number(attached[2]), step, items: Number(attached[1]) }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] as number
}

async function main() {
  const registry = await startRegistry()
  const sigstore = await startSigstore()
  try {
    const configs = {
      v1: signingConfig(sigstore.info, sigstore.info.rekorURL, 1),
      v2: signingConfig(sigstore.info, sigstore.info.rekorV2URL, 2)
    }
    const times = { v1: [] as number[], v2: [] as number[] }
    const steps = { v1: [] as number[], v2: [] as number[] }
    let items = 0
    // One warm-up each, then alternate so both see the same machine load.
    for (let i = -1; i < RUNS; i++)
      for (const version of ['v1', 'v2'] as const) {
        const result = await signOnce(
          registry.host,
          sigstore.info,
          configs[version],
          `${version}-${i + 1}`
        )
        items = result.items
        if (i < 0) continue
        times[version].push(result.signAttach)
        steps[version].push(result.step)
      }
    console.log(`sign + attach of ${items} items (signature + SBOM attestation), ${RUNS} runs each`)
    for (const version of ['v1', 'v2'] as const)
      console.log(
        `  Rekor ${version}: sign+attach median ${median(times[version])} ms ` +
          `[${times[version].join(', ')}], whole step median ${median(steps[version]).toFixed(0)} ms`
      )
    console.log(
      `  ratio v2/v1: sign+attach ${(median(times.v2) / median(times.v1)).toFixed(2)}, ` +
        `whole step ${(median(steps.v2) / median(steps.v1)).toFixed(2)}`
    )
  } finally {
    await sigstore.stop()
    await registry.stop()
  }
}

await main()
