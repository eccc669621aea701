import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { AptArchive } from './apt'
import { cacheRoot, processAlive, recipeKey, withLock } from './cache'
import { FIXTURE_TAG, OCI_INDEX, readJsonBlob, taggedDescriptor, type Descriptor } from './layout'
import { RECIPES, type FixtureName } from './recipes'
import { removeTree } from './rootfs'
import { run, secondsSince } from './run'
import { readTruth, type GroundTruth } from './truth'

export { cacheRoot } from './cache'
export { FIXTURE_TAG } from './layout'
export type { FixtureName } from './recipes'
export { accuracy, sbomPackages, type Accuracy, type GroundTruth } from './truth'

export const FIXTURE_NAMES = Object.keys(RECIPES) as FixtureName[]
/** What the test suite uses; "large" and "big" are built only when asked for. */
export const TEST_FIXTURES: FixtureName[] = ['debian-app', 'multiarch', 'java-ruby']
/** Bumped when the builder changes what it writes, so old caches are rebuilt. */
const BUILDER_REVISION = 3

export interface FixtureImage {
  platform: string
  digest: string
  layers: number
  /** Sum of the compressed layer sizes. */
  layerBytes: number
}

export interface Fixture {
  name: FixtureName
  description: string
  /** Hash of the recipe; part of the cache directory's name. */
  key: string
  /** OCI layout holding the image (or index) tagged FIXTURE_TAG. */
  layout: string
  digest: string
  mediaType: string
  images: FixtureImage[]
  builtAt: string
  buildSeconds: number
  /** Seconds per build step. */
  timings: Record<string, number>
}

interface ImageManifest {
  layers: Descriptor[]
  config: Descriptor
}
interface ImageConfig {
  os: string
  architecture: string
}

export function isFixtureName(name: string): name is FixtureName {
  return Object.hasOwn(RECIPES, name)
}

function fixtureDir(name: FixtureName): string {
  const key = recipeKey({ builder: BUILDER_REVISION, recipe: RECIPES[name].spec })
  return join(cacheRoot(), `${name}-${key}`)
}

/** The cached fixture, or undefined when it has not been built with the current recipe. */
export function cachedFixture(name: FixtureName): Fixture | undefined {
  const dir = fixtureDir(name)
  const file = join(dir, 'fixture.json')
  if (!existsSync(file)) return undefined
  markUsed(file)
  // The path is not stored: the cache may have been moved or mounted elsewhere.
  return {
    ...(JSON.parse(readFileSync(file, 'utf8')) as Omit<Fixture, 'layout'>),
    layout: join(dir, 'oci')
  }
}

/** Checkouts of other revisions may use other versions of a fixture; unused ones expire. */
const UNUSED_EXPIRY_MS = 2 * 24 * 3600_000

/** fixture.json's mtime records the last use (refreshed at most hourly). */
function markUsed(file: string): void {
  const now = Date.now()
  if (now - statSync(file).mtimeMs < 3600_000) return
  try {
    utimesSync(file, now / 1000, now / 1000)
  } catch {
    // A read-only cache is still usable; it is just never pruned.
  }
}

/**
 * Removes versions of `name` other than `keep` that nothing used for a while,
 * and scratch directories of builds whose process died.
 */
async function pruneCache(root: string, name: FixtureName, keep: string): Promise<void> {
  for (const entry of readdirSync(root)) {
    if (!entry.startsWith(`${name}-`) || join(root, entry) === keep) continue
    const marker = join(root, entry, 'fixture.json')
    const lastUsed = existsSync(marker) ? statSync(marker).mtimeMs : 0
    if (Date.now() - lastUsed > UNUSED_EXPIRY_MS) await removeTree(join(root, entry))
  }
  const scratchRoot = join(root, 'tmp')
  for (const entry of existsSync(scratchRoot) ? readdirSync(scratchRoot) : []) {
    const pid = Number(entry.slice(entry.lastIndexOf('-') + 1))
    if (!processAlive(pid)) await removeTree(join(scratchRoot, entry))
  }
}

function describeImages(layout: string, top: Descriptor): FixtureImage[] {
  const manifests =
    top.mediaType === OCI_INDEX
      ? readJsonBlob<{ manifests: Descriptor[] }>(layout, top.digest).manifests
      : [top]
  return manifests.map(descriptor => {
    const manifest = readJsonBlob<ImageManifest>(layout, descriptor.digest)
    const config = readJsonBlob<ImageConfig>(layout, manifest.config.digest)
    return {
      platform: `${config.os}/${config.architecture}`,
      digest: descriptor.digest,
      layers: manifest.layers.length,
      layerBytes: manifest.layers.reduce((sum, layer) => sum + layer.size, 0)
    }
  })
}

export interface BuildOptions {
  /** Progress lines; default stderr. */
  log?: (message: string) => void
  /** Rebuild even when cached. */
  force?: boolean
}

/**
 * Returns the fixture, building it first when the cache lacks it. Builds take
 * a machine-wide lock, write into a scratch directory and are published by a
 * rename, so concurrent callers never see half-built layouts.
 */
export async function buildFixture(
  name: FixtureName,
  options: BuildOptions = {}
): Promise<Fixture> {
  const log = options.log ?? ((message: string) => process.stderr.write(`${message}\n`))
  if (!options.force) {
    const cached = cachedFixture(name)
    if (cached) return cached
  }
  if (process.getuid?.() !== 0)
    throw new Error(`building fixture ${name} needs root (debootstrap, chroot, mount); run as root`)
  const root = cacheRoot()
  return withLock(
    join(root, 'build.lock'),
    async () => {
      const ready = options.force ? undefined : cachedFixture(name)
      return ready ?? (await buildLocked(name, log))
    },
    holder => log(`waiting for the fixture build of process ${holder}`)
  )
}

async function buildLocked(name: FixtureName, log: (message: string) => void): Promise<Fixture> {
  const root = cacheRoot()
  const recipe = RECIPES[name]
  const dir = fixtureDir(name)
  const scratch = join(root, 'tmp', `${name}-${process.pid}`)
  await removeTree(scratch)
  mkdirSync(scratch, { recursive: true })
  const start = performance.now()
  const timings: Record<string, number> = {}
  const staged = join(scratch, 'out')
  const layout = join(staged, 'oci')
  mkdirSync(staged)
  log(`building fixture ${name}: ${recipe.description}`)
  try {
    await recipe.build({
      layout,
      work: join(scratch, 'work'),
      apt: new AptArchive(join(root, 'apt')),
      goCache: join(root, 'go-build'),
      npmCache: join(root, 'npm'),
      log: message => log(`  ${name}: ${message}`),
      timings
    })
    await run('umoci', ['gc', '--layout', layout])
    const top = taggedDescriptor(layout, FIXTURE_TAG)
    const fixture: Omit<Fixture, 'layout'> = {
      name,
      description: recipe.description,
      key: dir.slice(dir.lastIndexOf('-') + 1),
      digest: top.digest,
      mediaType: top.mediaType,
      images: describeImages(layout, top),
      builtAt: new Date().toISOString(),
      buildSeconds: secondsSince(start),
      timings
    }
    writeFileSync(join(staged, 'fixture.json'), `${JSON.stringify(fixture, null, 2)}\n`)
    await pruneCache(root, name, dir)
    await removeTree(dir)
    renameSync(staged, dir)
    log(`fixture ${name} ${fixture.digest} built in ${fixture.buildSeconds} s`)
    return { ...fixture, layout: join(dir, 'oci') }
  } finally {
    await removeTree(scratch)
  }
}

/**
 * The fixture's ground truth (scripts/fixture-builder/truth.ts), built first when
 * missing; undefined for fixtures whose recipe records none.
 */
export async function fixtureTruth(name: FixtureName): Promise<GroundTruth | undefined> {
  const fixture = await buildFixture(name)
  return readTruth(join(fixture.layout, '..'))
}

export type ArchiveFormat = 'docker-archive' | 'oci-archive'

/**
 * The fixture as a `docker save`-style or OCI archive (made with skopeo, then
 * cached beside the layout). A docker archive holds one image: `platform`
 * picks it from an index (default linux/amd64).
 */
export async function fixtureArchive(
  name: FixtureName,
  format: ArchiveFormat,
  platform = 'linux/amd64'
): Promise<string> {
  const fixture = await buildFixture(name)
  const dir = join(fixture.layout, '..')
  const arch = platform.split('/')[1] ?? 'amd64'
  const file = join(
    dir,
    format === 'oci-archive' ? 'oci-archive.tar' : `docker-archive-${arch}.tar`
  )
  if (existsSync(file)) return file
  return withLock(join(cacheRoot(), 'build.lock'), async () => {
    if (existsSync(file)) return file
    const partial = `${file}.${process.pid}.partial`
    const source = `oci:${fixture.layout}:${FIXTURE_TAG}`
    const args =
      format === 'oci-archive'
        ? ['copy', '--all', '--preserve-digests', source, `oci-archive:${partial}:${FIXTURE_TAG}`]
        : [
            '--override-arch',
            arch,
            'copy',
            source,
            `docker-archive:${partial}:fixtures/${name}:${FIXTURE_TAG}`
          ]
    await run('skopeo', ['--insecure-policy', ...args])
    renameSync(partial, file)
    return file
  })
}

/**
 * Copies the fixture (every platform, digests unchanged) to `registry`/`repo`:`tag`
 * over plain HTTP and returns the reference and the pushed manifest/index digest.
 */
export async function pushFixture(
  name: FixtureName,
  registry: string,
  repo: string,
  tag = FIXTURE_TAG
): Promise<{ ref: string; digest: string }> {
  const fixture = await buildFixture(name)
  const ref = `${registry}/${repo}:${tag}`
  const scratch = mkdtempSync(join(tmpdir(), 'fixture-push-'))
  const digestFile = join(scratch, 'digest')
  try {
    await run('skopeo', [
      '--insecure-policy',
      'copy',
      '--all',
      '--preserve-digests',
      '--dest-tls-verify=false',
      '--digestfile',
      digestFile,
      `oci:${fixture.layout}:${FIXTURE_TAG}`,
      `docker://${ref}`
    ])
    return { ref, digest: readFileSync(digestFile, 'utf8').trim() }
  } finally {
    rmSync(scratch, { recursive: true, force: true })
  }
}
