/**
 * Benchmarks the vulnerability scan of a 1,000-package SBOM (npm, PyPI, Go, Debian) against
 *
 *   - the OSV API stand-in (test/stack/osv.ts) serving 50,000 generated records: requests
 *     made and wall time, against a bare client sending the same requests (no parsing, no
 *     matching) in the same run;
 *   - offline exports of 50,000 and 250,000 records (OSV's all.zip layout): wall time and
 *     peak RSS of each scan in a process of its own, against `unzip -p` of the same zip
 *     (the floor of only inflating it). Peak RSS that stays level from 50k to 250k records
 *     shows memory flat in the number of records.
 *
 *   npm run bench:scan              targets: ≤ 2 s online, ≤ 5 s offline (50k)
 *   BENCH_RECORDS=20000 npm run bench:scan
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Semaphore } from '../src/network/semaphore'
import { send } from '../src/oci/http'
import type { Sbom } from '../src/sbom/types'
import { osvApi, osvDatabase } from '../src/vuln/osv'
import { scanSbom } from '../src/vuln/scan'
import { startOsv } from '../test/stack/osv'

const RECORDS = Number(process.env.BENCH_RECORDS ?? 50_000)
const PACKAGES = 1000

/** Ecosystems of the SBOM and of the records, with the purl each package gets. */
const KINDS = [
  { ecosystem: 'npm', purl: (n: string, v: string) => `pkg:npm/${n}@${v}` },
  { ecosystem: 'PyPI', purl: (n: string, v: string) => `pkg:pypi/${n}@${v}` },
  { ecosystem: 'Go', purl: (n: string, v: string) => `pkg:golang/example.com/${n}@v${v}` },
  {
    ecosystem: 'Debian:12',
    purl: (n: string, v: string) => `pkg:deb/debian/${n}@${v}-1?arch=amd64&distro=debian-12`
  }
]
const nameOf = (kind: number, i: number) =>
  kind === 2 ? `example.com/pkg-${kind}-${i}` : `pkg-${kind}-${i}`

/**
 * A 1,000-package SBOM, and `count` records in OSV's shape, each about a package among
 * 20× as many names as the SBOM has (so about one in twenty names a package of the SBOM),
 * affected below a fixed version that half of the installed versions are past.
 */
function sbom(): Sbom {
  const components = Array.from({ length: PACKAGES }, (_, i) => {
    const kind = i % KINDS.length
    const name = `pkg-${kind}-${i}`
    const version = `1.${i % 10}.0`
    return { type: 'library', name, version, purl: KINDS[kind]?.purl(name, version) }
  })
  const document = { bomFormat: 'CycloneDX', specVersion: '1.6', components }
  return {
    format: 'cyclonedx-json',
    specVersion: '1.6',
    document,
    bytes: Buffer.from(JSON.stringify(document)),
    predicateType: 'https://cyclonedx.org/bom',
    summary: {} as Sbom['summary']
  }
}

function record(n: number): { id: string; bytes: Buffer } {
  const i = (n * 7919) % (PACKAGES * 20)
  const kind = i % KINDS.length
  const ecosystem = KINDS[kind]?.ecosystem as string
  const version = (v: string) => (kind === 3 ? `${v}-1` : v)
  const id = `BENCH-${n}`
  const value = {
    schema_version: '1.6.0',
    id,
    modified: new Date(Date.UTC(2024, 0, 1) + n * 1000).toISOString(),
    published: '2024-01-01T00:00:00Z',
    aliases: [`CVE-2024-${10000 + n}`],
    summary: `Generated record ${n} for the scan benchmark`,
    details: 'A generated vulnerability description of typical length. '.repeat(12),
    severity: [{ type: 'CVSS_V3', score: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H' }],
    affected: [
      {
        package: { ecosystem, name: nameOf(kind, i) },
        ranges: [
          {
            type: 'ECOSYSTEM',
            events: [{ introduced: '0' }, { fixed: version(`1.${n % 10}.0`) }]
          }
        ]
      }
    ],
    references: [
      { type: 'ADVISORY', url: `https://example.com/advisories/${id}` },
      { type: 'WEB', url: `https://example.com/commits/${n}` }
    ]
  }
  return { id, bytes: Buffer.from(JSON.stringify(value, null, 2)) }
}

/** An export zip of `count` records, written with Info-ZIP's zip. */
function exportZip(dir: string, count: number): string {
  const records = join(dir, `records-${count}`)
  mkdirSync(records)
  for (let n = 0; n < count; n++) {
    const { id, bytes } = record(n)
    writeFileSync(join(records, `${id}.json`), bytes)
  }
  const zip = join(dir, `all-${count}.zip`)
  execFileSync('zip', ['-q', '-r', '-1', zip, '.'], { cwd: records })
  rmSync(records, { recursive: true })
  return zip
}

/** Child mode: one offline scan, then its wall time and peak RSS as JSON. */
async function child(zip: string): Promise<void> {
  const started = performance.now()
  const result = await scanSbom(sbom(), await osvDatabase(zip))
  const seconds = (performance.now() - started) / 1000
  const peakMiB = process.resourceUsage().maxRSS / 1024
  console.log(JSON.stringify({ seconds, peakMiB, findings: result.findings.length }))
}

function timed(fn: () => void): number {
  const started = performance.now()
  fn()
  return (performance.now() - started) / 1000
}

async function main(): Promise<void> {
  if (process.argv[2] === '--child') return child(process.argv[3] as string)
  const dir = mkdtempSync(join(tmpdir(), 'bench-scan-'))
  try {
    console.log(`SBOM: ${PACKAGES} packages (npm, PyPI, Go, Debian:12); records: ${RECORDS}\n`)

    // Online, against the stand-in.
    const records = Array.from({ length: RECORDS }, (_, n) => record(n))
    const osv = await startOsv({ records: records.map(r => [r.id, r.bytes] as [string, Buffer]) })
    try {
      let started = performance.now()
      const result = await scanSbom(sbom(), osvApi({ url: osv.url }))
      const online = (performance.now() - started) / 1000
      const made = { ...osv.requests }
      // The peer: the same requests from a bare client, bodies read and dropped.
      const queries = result.packages.map(p => ({
        package: { ecosystem: p.osv.ecosystem, name: p.osv.name },
        version: p.osv.version
      }))
      const semaphore = new Semaphore(8)
      started = performance.now()
      for (let i = 0; i < queries.length; i += 1000) {
        const response = await send(`${osv.url}/v1/querybatch`, {
          method: 'POST',
          body: JSON.stringify({ queries: queries.slice(i, i + 1000) })
        })
        await response.text(64 << 20)
      }
      const all = Array.from({ length: made.vulns }, (_, i) => `BENCH-${i}`)
      await Promise.all(
        all.map(id =>
          semaphore.run(async () => (await send(`${osv.url}/v1/vulns/${id}`)).text(8 << 20))
        )
      )
      const bare = (performance.now() - started) / 1000
      console.log('online (OSV API stand-in)')
      console.log(
        `  requests: ${made.querybatch} querybatch (${made.queries} queries), ${made.vulns} record GETs`
      )
      console.log(`  findings: ${result.findings.length} in ${result.packages.length} packages`)
      console.log(
        `  wall: ${online.toFixed(2)} s (target ≤ 2 s); bare client, same requests: ${bare.toFixed(2)} s; ratio ${(online / bare).toFixed(2)}×\n`
      )
    } finally {
      await osv.stop()
    }

    // Offline, each scan in a process of its own for its peak RSS.
    console.log('offline (OSV export zip)')
    for (const count of [RECORDS, RECORDS * 5]) {
      const zip = exportZip(dir, count)
      const run = spawnSync(
        process.execPath,
        [...process.execArgv, import.meta.filename, '--child', zip],
        {
          encoding: 'utf8'
        }
      )
      if (run.status !== 0) throw new Error(`offline scan failed: ${run.stderr}`)
      const measured = JSON.parse(run.stdout.trim().split('\n').pop() as string) as {
        seconds: number
        peakMiB: number
        findings: number
      }
      const unzip = timed(() => execFileSync('sh', ['-c', `unzip -p '${zip}' > /dev/null`]))
      console.log(
        `  ${count} records (${(statSync(zip).size / 2 ** 20).toFixed(0)} MiB zip): ${measured.findings} findings, ` +
          `wall ${measured.seconds.toFixed(2)} s${count === RECORDS ? ' (target ≤ 5 s)' : ''}, peak RSS ${measured.peakMiB.toFixed(0)} MiB; ` +
          `unzip -p: ${unzip.toFixed(2)} s; ratio ${(measured.seconds / unzip).toFixed(2)}×`
      )
      rmSync(zip)
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

await main()
