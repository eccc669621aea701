/**
 * Benchmarks the vulnerability scan of a 1,000-package SBOM (npm, PyPI, Go, Debian):
 *
 *   - online, against the OSV API stand-in (test/stack/osv.ts, in a process of its own)
 *     serving 50,000 generated records; the peer is a bare client sending the same requests
 *     (querybatch, then every record it names, as many in flight as the scanner) and only
 *     reading the bodies: no parsing, no matching, no rating;
 *   - offline, exports of 5,000, 50,000 and 250,000 records (OSV's all.zip layout, a zip of
 *     deflated `<ID>.json`); the peer is `unzip -p` of the same zip, the floor of only inflating it.
 *
 * Every measured run is a fresh process (cold, as the action runs), runs alternate with
 * their peer, and the table shows medians: wall time, CPU time (user + sys: the honest
 * number on a loaded machine) and peak RSS, and the ratios against the peer. The records
 * naming the SBOM's packages stay at 2,500 at every size (a larger database covers more
 * packages, not more of yours), so a flat peak RSS shows memory flat in the database.
 *
 *   npm run bench:scan                                  targets: ≤ 2 s online, ≤ 5 s offline (50k)
 *   BENCH_OFFLINE=5000,50000 BENCH_RUNS=1 npm run bench:scan
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process'
import { once } from 'node:events'
import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { mapConcurrently } from '../src/network/semaphore'
import { send } from '../src/oci/http'
import type { Sbom } from '../src/sbom/types'
import { osvApi, osvDatabase, packagesOf } from '../src/vuln/osv'
import { scanSbom } from '../src/vuln/scan'
import { startOsv } from '../test/stack/osv'

const PACKAGES = 1000
const ONLINE_RECORDS = Number(process.env.BENCH_RECORDS ?? 50_000)
const OFFLINE = (process.env.BENCH_OFFLINE ?? '5000,50000,250000')
  .split(',')
  .map(Number)
  .filter(n => n > 0)
const RUNS = Number(process.env.BENCH_RUNS ?? 3)
/** Record requests in flight, for the scanner (its default) and the bare client alike. */
const CONCURRENCY = 8

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

/** The 1,000-package SBOM: package `i` is `pkg-<i % 4>-<i>` at `1.<i % 10>.0`. */
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

/**
 * Record `n` of a database of `count`, in OSV's shape: about package `i` among
 * count / 2.5 names (the first 1,000 are the SBOM's, so 2,500 records name them whatever
 * the count), affected below a fixed version that half of the installed versions are past.
 */
function record(n: number, count: number): { id: string; bytes: Buffer } {
  const names = Math.max(2 * PACKAGES, Math.round(count / 2.5))
  const i = (n * 7919) % names
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

/**
 * An export zip of `count` records, deflated, written by Python's zipfile from the records
 * streamed to it (writing 250,000 files for Info-ZIP to read takes longer than the scan).
 */
async function exportZip(dir: string, count: number): Promise<string> {
  const zip = join(dir, `all-${count}.zip`)
  const writer = spawn(
    'python3',
    [
      '-c',
      [
        'import json, sys, zipfile',
        "with zipfile.ZipFile(sys.argv[1], 'w', zipfile.ZIP_DEFLATED, compresslevel=1) as z:",
        '    for line in sys.stdin:',
        '        name, text = json.loads(line)',
        "        z.writestr(name + '.json', text)"
      ].join('\n'),
      zip
    ],
    { stdio: ['pipe', 'inherit', 'inherit'] }
  )
  const done = new Promise<void>((resolve, reject) =>
    writer.once('exit', code =>
      code === 0 ? resolve() : reject(new Error(`writing ${zip} failed (${code})`))
    )
  )
  for (let n = 0; n < count; n++) {
    const { id, bytes } = record(n, count)
    if (!writer.stdin.write(`${JSON.stringify([id, bytes.toString()])}\n`))
      await once(writer.stdin, 'drain')
  }
  writer.stdin.end()
  await done
  return zip
}

interface Measured {
  wall: number
  cpu: number
  peakMiB?: number
  findings?: number
}

/** Child modes: one measured operation in a fresh process, reported as JSON on stdout. */
async function child(mode: string, target: string): Promise<void> {
  if (mode === '--serve') {
    const count = Number(target)
    const osv = await startOsv({
      records: Array.from({ length: count }, (_, n) => {
        const { id, bytes } = record(n, count)
        return [id, bytes] as [string, Buffer]
      })
    })
    console.log(osv.url)
    process.stdin.resume()
    process.stdin.on('end', () => void osv.stop().then(() => process.exit(0)))
    return
  }
  const cpu = process.cpuUsage()
  const started = performance.now()
  let findings: number | undefined
  if (mode === '--scan-online')
    findings = (await scanSbom(sbom(), osvApi({ url: target, concurrency: CONCURRENCY }))).findings
      .length
  else if (mode === '--scan-offline')
    findings = (await scanSbom(sbom(), await osvDatabase(target))).findings.length
  else if (mode === '--bare-online') await bareClient(target)
  else throw new Error(`unknown mode ${mode}`)
  const used = process.cpuUsage(cpu)
  const measured: Measured = {
    wall: (performance.now() - started) / 1000,
    cpu: (used.user + used.system) / 1e6,
    peakMiB: process.resourceUsage().maxRSS / 1024,
    ...(findings === undefined ? {} : { findings })
  }
  console.log(JSON.stringify(measured))
}

/** The scanner's requests without the scanner: querybatch, then every record named, bodies dropped. */
async function bareClient(url: string): Promise<void> {
  const queries = packagesOf(sbom()).packages.map(p => ({
    package: { ecosystem: p.osv.ecosystem, name: p.osv.name },
    version: p.osv.version
  }))
  const ids = new Set<string>()
  for (let i = 0; i < queries.length; i += 1000) {
    const response = await send(`${url}/v1/querybatch`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ queries: queries.slice(i, i + 1000) })
    })
    const answer = JSON.parse(await response.text(64 << 20)) as {
      results: { vulns?: { id: string }[] }[]
    }
    for (const result of answer.results) for (const vuln of result.vulns ?? []) ids.add(vuln.id)
  }
  await mapConcurrently([...ids], CONCURRENCY, async id =>
    (await send(`${url}/v1/vulns/${encodeURIComponent(id)}`)).text(8 << 20)
  )
}

function runChild(mode: string, target: string): Measured {
  const run = spawnSync(
    process.execPath,
    [...process.execArgv, import.meta.filename, mode, target],
    { encoding: 'utf8', maxBuffer: 16 << 20 }
  )
  if (run.status !== 0) throw new Error(`${mode} failed: ${run.stderr}`)
  return JSON.parse(run.stdout.trim().split('\n').pop() as string) as Measured
}

/** `unzip -p` of the zip to nowhere; its CPU time from the shell's `times`. */
function unzipPeer(zip: string): Measured {
  const started = performance.now()
  const out = execFileSync('sh', ['-c', `unzip -p "$1" > /dev/null; times`, 'sh', zip], {
    encoding: 'utf8'
  })
  const wall = (performance.now() - started) / 1000
  // `times`: the shell's user and sys, then its children's.
  const children = out.trim().split('\n').pop() as string
  const seconds = [...children.matchAll(/(\d+)m([\d.]+)s/g)].map(
    m => Number(m[1]) * 60 + Number(m[2])
  )
  return { wall, cpu: seconds.reduce((a, b) => a + b, 0) }
}

/** `RUNS` of the subject and its peer, alternating (peer first every other run), as medians. */
function alternate(subject: () => Measured, peer: () => Measured): [Measured, Measured] {
  const subjects: Measured[] = []
  const peers: Measured[] = []
  for (let run = 0; run < RUNS; run++) {
    if (run % 2 === 1) peers.push(peer())
    subjects.push(subject())
    if (run % 2 === 0) peers.push(peer())
  }
  return [median(subjects), median(peers)]
}

function median(runs: Measured[]): Measured {
  const mid = <T>(values: T[]) => values[Math.floor(values.length / 2)] as T
  const sorted = (pick: (m: Measured) => number | undefined) =>
    runs
      .map(pick)
      .filter((v): v is number => v !== undefined)
      .sort((a, b) => a - b)
  const peak = sorted(m => m.peakMiB)
  return {
    wall: mid(sorted(m => m.wall)),
    cpu: mid(sorted(m => m.cpu)),
    ...(peak.length ? { peakMiB: mid(peak) } : {}),
    ...(runs[0]?.findings === undefined ? {} : { findings: runs[0].findings })
  }
}

async function startServer(count: number): Promise<{ url: string; stop: () => Promise<void> }> {
  const server = spawn(
    process.execPath,
    [...process.execArgv, import.meta.filename, '--serve', String(count)],
    { stdio: ['pipe', 'pipe', 'inherit'] }
  )
  const lines = createInterface({ input: server.stdout })
  const url = await new Promise<string>((resolve, reject) => {
    lines.once('line', resolve)
    server.once('exit', code => reject(new Error(`the OSV stand-in exited (${code})`)))
  })
  const exited = new Promise<void>(resolve => server.once('exit', () => resolve()))
  return {
    url,
    stop: () => {
      server.stdin.end()
      return exited
    }
  }
}

async function requestsMade(url: string): Promise<{ querybatch: number; vulns: number }> {
  return JSON.parse(await (await send(`${url}/_stand-in/requests`)).text()) as {
    querybatch: number
    vulns: number
  }
}

const rows: string[][] = []
function row(what: string, records: number, subject: Measured, peer: Measured, peerName: string) {
  rows.push([
    what,
    String(records),
    subject.findings === undefined ? '' : String(subject.findings),
    subject.wall.toFixed(2),
    subject.cpu.toFixed(2),
    subject.peakMiB === undefined ? '' : subject.peakMiB.toFixed(0),
    peerName,
    peer.wall.toFixed(2),
    peer.cpu.toFixed(2),
    `${(subject.cpu / peer.cpu).toFixed(2)}×`,
    `${(subject.wall / peer.wall).toFixed(2)}×`
  ])
}

function printTable(): void {
  const head = [
    'scan',
    'records',
    'findings',
    'wall s',
    'CPU s',
    'peak RSS MiB',
    'peer',
    'peer wall s',
    'peer CPU s',
    'CPU ratio',
    'wall ratio'
  ]
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map(r => (r[i] ?? '').length)))
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`
  console.log(line(head))
  console.log(`|${widths.map(w => '-'.repeat(w + 2)).join('|')}|`)
  for (const r of rows) console.log(line(r))
}

async function main(): Promise<void> {
  const load = () =>
    loadavg()
      .map(l => l.toFixed(2))
      .join(' ')
  console.log(
    `SBOM: ${PACKAGES} packages (npm, PyPI, Go, Debian:12); ${RUNS} runs each, medians; load average ${load()}\n`
  )

  const server = await startServer(ONLINE_RECORDS)
  try {
    const before = await requestsMade(server.url)
    runChild('--scan-online', server.url)
    const after = await requestsMade(server.url)
    console.log(
      `online: one scan makes ${after.querybatch - before.querybatch} querybatch and ${after.vulns - before.vulns} record requests`
    )
    const [scan, bare] = alternate(
      () => runChild('--scan-online', server.url),
      () => runChild('--bare-online', server.url)
    )
    row('online (stand-in)', ONLINE_RECORDS, scan, bare, 'bare client')
  } finally {
    await server.stop()
  }

  const dir = mkdtempSync(join(tmpdir(), 'bench-scan-'))
  try {
    for (const count of OFFLINE) {
      const zip = await exportZip(dir, count)
      const [scan, unzip] = alternate(
        () => runChild('--scan-offline', zip),
        () => unzipPeer(zip)
      )
      row(
        `offline (${(statSync(zip).size / 2 ** 20).toFixed(0)} MiB zip)`,
        count,
        scan,
        unzip,
        'unzip -p'
      )
      rmSync(zip)
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
  console.log('')
  printTable()
  console.log(`\nload average at the end: ${load()}`)
}

if (process.argv[2]?.startsWith('--')) await child(process.argv[2], process.argv[3] as string)
else await main()
