/**
 * Pull throughput of the registry client against `skopeo copy docker://… dir:` in the
 * same run, from a local Distribution registry, for a ~200 MB image whose layers are
 * real directories of this machine (/usr/bin, /usr/lib/go-*, /usr/lib/python3.*).
 *
 *   npm run bench:pull [-- --runs N]
 */
import { execFile } from 'node:child_process'
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { Writable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { parseReference, RegistryClient, selectPlatform, type Image } from '../src/oci'
import { startRegistry } from '../test/stack/registry'

const run = promisify(execFile)
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const LAYOUT = join(ROOT, '.cache', 'bench', 'usr-image')
const TAG = 'bench'

function layerSources(): string[] {
  const lib = readdirSync('/usr/lib')
  const pick = (pattern: RegExp) => lib.filter(n => pattern.test(n)).map(n => `/usr/lib/${n}`)[0]
  return ['/usr/bin', pick(/^go-1\.\d+$/), pick(/^python3\.\d+$/)].filter(
    (p): p is string => Boolean(p) && existsSync(p as string)
  )
}

async function buildImage(): Promise<void> {
  if (existsSync(join(LAYOUT, 'index.json'))) return
  mkdirSync(dirname(LAYOUT), { recursive: true })
  console.log('building the benchmark image (once; cached in .cache/bench) …')
  await run('umoci', ['init', '--layout', LAYOUT])
  await run('umoci', ['new', '--image', `${LAYOUT}:${TAG}`])
  for (const source of layerSources()) {
    console.log(`  layer from ${source}`)
    await run('umoci', ['insert', '--rootless', '--image', `${LAYOUT}:${TAG}`, source, source], {
      maxBuffer: 1 << 26
    })
  }
}

const discard = () =>
  new Writable({
    write: (_chunk, _encoding, done) => done()
  })

async function pullBlobs(image: Image, into?: string): Promise<number> {
  let bytes = 0
  await Promise.all(
    image.layers.map(async layer => {
      const blob = await layer.blob()
      blob.on('data', (chunk: Buffer) => (bytes += chunk.length))
      const sink = into
        ? createWriteStream(join(into, layer.descriptor.digest.slice(7)))
        : discard()
      await pipeline(blob, sink)
    })
  )
  return bytes
}

async function pullTars(image: Image): Promise<number> {
  let bytes = 0
  await Promise.all(
    image.layers.map(async layer => {
      const tar = await layer.tar()
      tar.on('data', (chunk: Buffer) => (bytes += chunk.length))
      await pipeline(tar, discard())
    })
  )
  return bytes
}

async function timed<T>(fn: () => Promise<T>): Promise<{ seconds: number; value: T }> {
  const start = process.hrtime.bigint()
  const value = await fn()
  return { seconds: Number(process.hrtime.bigint() - start) / 1e9, value }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? NaN
}

async function main() {
  const runsArg = process.argv.indexOf('--runs')
  const runs = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 5
  await buildImage()
  const registry = await startRegistry()
  const scratch = mkdtempSync(join(tmpdir(), 'bench-pull-'))
  try {
    const ref = `${registry.host}/bench/usr:1`
    await run('skopeo', [
      'copy',
      '--quiet',
      '--dest-tls-verify=false',
      `oci:${LAYOUT}:${TAG}`,
      `docker://${ref}`
    ])
    const times: Record<'client' | 'clientDir' | 'skopeo', number[]> = {
      client: [],
      clientDir: [],
      skopeo: []
    }
    let size = 0
    const pull = async (into?: string) => {
      const client = new RegistryClient()
      const image = await selectPlatform(await client.resolve(parseReference(ref)))
      return pullBlobs(image, into)
    }
    await pull() // warm the page cache on the registry side
    for (let i = 0; i < runs; i++) {
      const toNull = await timed(() => pull())
      size = toNull.value
      times.client.push(toNull.seconds)
      const dir = join(scratch, `client-${i}`)
      mkdirSync(dir)
      times.clientDir.push((await timed(() => pull(dir))).seconds)
      rmSync(dir, { recursive: true })
      const skopeoDir = join(scratch, `skopeo-${i}`)
      times.skopeo.push(
        (
          await timed(() =>
            run('skopeo', [
              'copy',
              '--quiet',
              '--src-tls-verify=false',
              `docker://${ref}`,
              `dir:${skopeoDir}`
            ])
          )
        ).seconds
      )
      rmSync(skopeoDir, { recursive: true })
    }
    const image = await selectPlatform(await new RegistryClient().resolve(parseReference(ref)))
    const tar = await timed(() => pullTars(image))
    const mb = size / 1e6
    const line = (label: string, seconds: number, bytes = mb) =>
      console.log(
        `${label.padEnd(44)} ${seconds.toFixed(2).padStart(6)} s  ${(bytes / seconds).toFixed(0).padStart(5)} MB/s`
      )
    console.log(
      `\nimage: ${image.layers.length} layers, ${mb.toFixed(0)} MB compressed; median of ${runs} runs`
    )
    line('client, blobs verified → discarded', median(times.client))
    line('client, blobs verified → files', median(times.clientDir))
    line('skopeo copy docker:// → dir:', median(times.skopeo))
    line('client, layers decompressed to tar (1 run)', tar.seconds, tar.value / 1e6)
    console.log(
      `\nratio skopeo/client: ${(median(times.skopeo) / median(times.client)).toFixed(2)}x (discard), ` +
        `${(median(times.skopeo) / median(times.clientDir)).toFixed(2)}x (files); above 1 means the client is faster`
    )
  } finally {
    await registry.stop()
    rmSync(scratch, { recursive: true, force: true })
  }
}

await main()
