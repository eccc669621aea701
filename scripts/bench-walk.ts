/**
 * Takes `sbom-sign sbom`'s work on one fixture image apart, to show what each part costs. The
 * image's layers are read from its layout on disk through more and more of the pipeline, each
 * stage in a fresh process, round by round, and set against the verified floor measured in
 * the same round: a bare program doing the same decompression and both digests, with the same
 * piece sizes, two layers at a time as ours. Times run from the first layer's first byte to
 * the end of the stage, so Node's start and opening the image are left out.
 *
 *   npm run bench:walk -- big        (BENCH_RUNS rounds, default 3)
 */
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { once } from 'node:events'
import { join } from 'node:path'
import { createGunzip } from 'node:zlib'
import { limitHeapGrowth } from '../src/heap'
import { openTarget, selectPlatform, type Image } from '../src/oci'
import {
  DECOMPRESSED_CHUNK_SIZE,
  FILE_READ_SIZE,
  ownsChunks,
  releaseChunk
} from '../src/oci/decompress'
import { catalogImage } from '../src/sbom/catalog'
import { catalogers } from '../src/sbom/catalogers'
import { distroReader } from '../src/sbom/distro'
import { walkImage, type FileReader } from '../src/sbom/walk'
import { readTar } from '../src/sbom/walk/tar'
import { buildFixture, isFixtureName } from './fixture-builder'

const RUNS = Number(process.env.BENCH_RUNS ?? 3)
const READERS: FileReader[] = [distroReader as FileReader, ...catalogers]

interface Sample {
  seconds: number
  cpuSeconds: number
}

/** Each stage adds one part of the work to the one before it (`reader:` ones to `view`). */
const STAGES: [stage: string, what: string][] = [
  ['floor', 'bare program: gunzip and both digests, the same pieces'],
  ['streams', 'our blob and decompression streams, both digests checked'],
  ['tar', '+ the tar reader (headers only)'],
  ['view', '+ the squashed view (every entry, no file read)'],
  ...READERS.map((r): [string, string] => [`reader:${r.name}`, `view + the ${r.name} reader`]),
  ['readers', 'view + every reader'],
  ['catalog', '+ the catalogers and the collections between phases']
]

/** Runs `work` over every layer, two at a time, as the walk does. */
async function eachLayer(image: Image, work: (index: number) => Promise<void>): Promise<void> {
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < image.layers.length) await work(next++)
  }
  await Promise.all([worker(), worker()])
}

/** The verified floor for one layer: what `uncompressed` does, without our stream code. */
async function floorLayer(path: string): Promise<void> {
  const blob = createHash('sha256')
  const tar = createHash('sha256')
  const gunzip = createGunzip({ chunkSize: DECOMPRESSED_CHUNK_SIZE })
  const fed = (async () => {
    for await (const piece of createReadStream(path, { highWaterMark: FILE_READ_SIZE })) {
      blob.update(piece as Buffer)
      if (!gunzip.write(piece, () => releaseChunk(piece as Buffer))) await once(gunzip, 'drain')
    }
    gunzip.end()
  })()
  for await (const piece of gunzip as AsyncIterable<Buffer>) {
    tar.update(piece)
    releaseChunk(piece)
  }
  await fed
  blob.digest()
  tar.digest()
}

async function runStage(stage: string, layout: string, digest: string): Promise<Sample> {
  limitHeapGrowth()
  const image = await selectPlatform(await openTarget(`oci-dir:${layout}@${digest}`))
  const started = performance.now()
  const cpu = process.cpuUsage()
  const walk = (readers: FileReader[]) => walkImage(image, readers, { warn: () => {} })
  if (stage === 'floor')
    await eachLayer(image, i => {
      const [algorithm, hex] = (image.layers[i]?.descriptor.digest ?? '').split(':')
      return floorLayer(join(layout, 'blobs', algorithm ?? '', hex ?? ''))
    })
  else if (stage === 'streams')
    await eachLayer(image, async i => {
      const stream = await image.layers[i]!.tar()
      for await (const piece of stream as AsyncIterable<Buffer>) releaseChunk(piece)
    })
  else if (stage === 'tar')
    await eachLayer(image, async i => {
      const stream = await image.layers[i]!.tar()
      await readTar(stream, { entry: () => null }, ownsChunks(stream) ? releaseChunk : undefined)
    })
  else if (stage === 'view') await walk([])
  else if (stage === 'readers') await walk(READERS)
  else if (stage.startsWith('reader:'))
    await walk(READERS.filter(r => `reader:${r.name}` === stage))
  else if (stage === 'catalog') await catalogImage(image)
  else throw new Error(`unknown stage ${stage}`)
  const used = process.cpuUsage(cpu)
  return {
    seconds: (performance.now() - started) / 1000,
    cpuSeconds: (used.user + used.system) / 1e6
  }
}

function child(stage: string, layout: string, digest: string): Sample {
  const run = spawnSync(
    process.execPath,
    [...process.execArgv, import.meta.filename, '--stage', stage, layout, digest],
    { encoding: 'utf8', maxBuffer: 16 << 20 }
  )
  if (run.status !== 0) throw new Error(`stage ${stage} failed:\n${run.stderr.slice(-2000)}`)
  return JSON.parse(run.stdout.trim().split('\n').pop() as string) as Sample
}

const median = (values: number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number

async function bench(name: string): Promise<void> {
  if (!isFixtureName(name)) throw new Error(`unknown fixture ${name}`)
  const fixture = await buildFixture(name)
  const digest = fixture.images[0]?.digest
  if (!digest) throw new Error(`fixture ${name} has no image`)
  const samples = new Map<string, Sample[]>(STAGES.map(([stage]) => [stage, []]))
  // Round by round, so a change in the machine's load touches every stage alike.
  for (let round = 0; round < RUNS; round++)
    for (const [stage] of STAGES) samples.get(stage)?.push(child(stage, fixture.layout, digest))
  const floor = samples.get('floor') as Sample[]
  console.log(
    `\n## ${name}: ${RUNS} rounds, from the layout on disk (wall time from the first layer on)\n`
  )
  console.log(`${'stage'.padEnd(60)} wall: median (range)  / floor  CPU (median)`)
  for (const [stage, what] of STAGES) {
    const runs = samples.get(stage) as Sample[]
    const walls = runs.map(s => s.seconds)
    const ratio = median(runs.map((s, i) => s.seconds / (floor[i] as Sample).seconds))
    console.log(
      `${what.padEnd(60)} ${median(walls).toFixed(2)} s (${Math.min(...walls).toFixed(2)}–${Math.max(...walls).toFixed(2)})  ${ratio.toFixed(2).padStart(6)}  ${median(
        runs.map(s => s.cpuSeconds)
      )
        .toFixed(2)
        .padStart(6)} s`
    )
  }
}

const args = process.argv.slice(2)
if (args[0] === '--stage') {
  const [, stage = '', layout = '', digest = ''] = args
  console.log(JSON.stringify(await runStage(stage, layout, digest)))
} else {
  for (const name of args.length > 0 ? args : ['big']) await bench(name)
}
