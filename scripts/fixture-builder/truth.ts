import {
  existsSync,
  lstatSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, relative } from 'node:path'
import { PackageURL } from 'packageurl-js'
import { inChroot } from './rootfs'
import { run } from './run'

/**
 * What a fixture image holds, established at build time by other routes than the
 * SBOM generator (the package managers themselves, the Maven repository's
 * directory layout, `unzip`): purl type → sorted `name@version`, where name is
 * `namespace/name` when the purl has a namespace. It is stored next to the image
 * as ground-truth.json.
 */
export type GroundTruth = Record<string, string[]>

export const TRUTH_FILE = 'ground-truth.json'

export function writeTruth(layout: string, truth: GroundTruth): void {
  const sorted = Object.fromEntries(
    Object.entries(truth)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([type, list]) => [type, [...new Set(list)].sort()])
  )
  writeFileSync(join(layout, '..', TRUTH_FILE), `${JSON.stringify(sorted, null, 2)}\n`)
}

/** Installed Debian packages, as dpkg itself lists them (`debian/<name>@<version>`). */
export async function debTruth(rootfs: string): Promise<string[]> {
  const out = await inChroot(
    rootfs,
    "dpkg-query -W -f '${db:Status-Abbrev}\\t${Package}\\t${Version}\\n'"
  )
  return out
    .split('\n')
    .map(line => line.split('\t'))
    .filter(([status]) => status?.startsWith('ii'))
    .map(([, name, version]) => `debian/${name}@${version}`)
}

/** Every installed gem (default, bundled and Debian's), as `gem list` shows them. */
export async function gemTruth(rootfs: string): Promise<string[]> {
  const out = await inChroot(rootfs, 'gem list --local')
  const gems: string[] = []
  for (const line of out.split('\n')) {
    const m = /^(\S+) \((.+)\)$/.exec(line.trim())
    if (!m) continue
    for (const entry of (m[2] as string).split(', '))
      gems.push(`${m[1]}@${entry.replace(/^default: /, '').split(' ')[0]}`)
  }
  return gems
}

/** An npm project's installed tree as npm reads it (`npm ls --all --json`), the project included. */
export async function npmTruth(appDir: string): Promise<string[]> {
  // npm ls exits non-zero on any problem it reports (e.g. an unmet optional peer); the tree is still printed.
  const tree = JSON.parse(
    await run('sh', ['-c', 'npm ls --all --json || true'], { cwd: appDir })
  ) as NpmNode
  const out: string[] = []
  const visit = (name: string, node: NpmNode): void => {
    if (node.version) out.push(`${name}@${node.version}`)
    for (const [dep, child] of Object.entries(node.dependencies ?? {})) visit(dep, child)
  }
  visit(tree.name ?? '', tree)
  return out
}

/** A Node.js module directory's manifest in Debian's trees, as a dpkg file list names it. */
const DEBIAN_NODE_MANIFEST =
  /^\/usr\/(?:share|lib(?:\/[^/]+)?)\/nodejs\/(?:@[^/]+\/)?[^/@][^/]*\/package\.json$/

/**
 * Node.js modules Debian installed (node-* packages, e.g. the one ruby-rails brings in):
 * the manifests of module directories in the files dpkg records as installed
 * (var/lib/dpkg/info/*.list), read for their name and version.
 */
export function debianNodeTruth(rootfs: string): string[] {
  const info = join(rootfs, 'var/lib/dpkg/info')
  const out: string[] = []
  for (const list of readdirSync(info).filter(name => name.endsWith('.list'))) {
    for (const path of readFileSync(join(info, list), 'utf8').split('\n')) {
      const file = DEBIAN_NODE_MANIFEST.test(path) && resolveInside(rootfs, join(rootfs, path))
      if (!file) continue
      const manifest = JSON.parse(readFileSync(file, 'utf8')) as NpmNode
      if (manifest.name && manifest.version) out.push(`${manifest.name}@${manifest.version}`)
    }
  }
  return out
}

interface NpmNode {
  name?: string
  version?: string
  dependencies?: Record<string, NpmNode>
}

/** Versions Debian's maven-repo uses for aliases rather than releases. */
const ALIAS_VERSION = /^debian$|\.x$|^x$/
const ARCHIVE = /\.(jar|war|ear)$/i

/**
 * Maven artifacts in the root filesystem. A jar Debian links from (or places in)
 * usr/share/maven-repo/<group path>/<artifact>/<version>/ is that artifact (the
 * directory names are the coordinates; the `debian` and `N.x` alias versions are
 * not releases); every `META-INF/maven/<g>/<a>/pom.properties` a jar carries
 * (read with `unzip`), its own and shaded ones, is an artifact it contains; nested
 * jars are unpacked and read the same way.
 */
export async function mavenTruth(rootfs: string): Promise<string[]> {
  const linked = new Map<string, string[]>()
  const repo = join(rootfs, 'usr/share/maven-repo')
  for (const link of existsSync(repo) ? listTree(repo) : []) {
    if (!link.endsWith('.jar')) continue
    const parts = relative(repo, dirname(link)).split('/')
    const version = parts.pop() as string
    const artifact = parts.pop() as string
    if (ALIAS_VERSION.test(version) || parts.length === 0) continue
    const target = resolveInside(rootfs, link)
    if (!target) continue
    linked.set(target, [...(linked.get(target) ?? []), `${parts.join('.')}/${artifact}@${version}`])
  }
  const out: string[] = []
  const scratch = mkdtempSync(join(tmpdir(), 'maven-truth-'))
  try {
    for (const file of listTree(rootfs, ['proc', 'dev', 'sys'])) {
      if (!ARCHIVE.test(file) || !lstatSync(file).isFile()) continue
      out.push(...(linked.get(file) ?? []), ...(await embedded(file, scratch, 0)))
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true })
  }
  return out
}

async function embedded(archive: string, scratch: string, depth: number): Promise<string[]> {
  const listing = await run('unzip', ['-Z1', archive]).catch(() => '')
  const names = listing.split('\n').filter(Boolean)
  const out: string[] = []
  for (const name of names.filter(n =>
    /^META-INF\/maven\/[^/]+\/[^/]+\/pom\.properties$/.test(n)
  )) {
    const props = new Map<string, string>()
    for (const line of (await run('unzip', ['-p', archive, name])).split(/\r?\n/)) {
      const m = /^\s*([^#!=:\s]+)\s*[=:]\s*(.*?)\s*$/.exec(line)
      if (m) props.set(m[1] as string, m[2] as string)
    }
    const [g, a, v] = ['groupId', 'artifactId', 'version'].map(k => props.get(k))
    if (g && a && v) out.push(`${g}/${a}@${v}`)
  }
  if (depth >= 2) return out
  for (const name of names.filter(n => ARCHIVE.test(n))) {
    const dir = join(scratch, String(depth + 1))
    rmSync(dir, { recursive: true, force: true })
    await run('unzip', ['-q', '-o', archive, name, '-d', dir])
    out.push(...(await embedded(join(dir, name), scratch, depth + 1)))
  }
  return out
}

function listTree(dir: string, skip: string[] = []): string[] {
  const out: string[] = []
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) {
      if (!skip.includes(entry.name)) out.push(...listTree(path))
    } else out.push(path)
  }
  return out
}

/** Follows a chain of symlinks inside the root filesystem (absolute targets are relative to it). */
function resolveInside(rootfs: string, path: string): string | undefined {
  let current = path
  for (let hops = 0; hops < 40; hops++) {
    if (!existsSync(current) && !isLink(current)) return undefined
    if (!isLink(current)) return lstatSync(current).isFile() ? current : undefined
    const target = readlinkSync(current)
    current = target.startsWith('/') ? join(rootfs, target) : join(dirname(current), target)
  }
  return undefined
}

function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink()
  } catch {
    return false
  }
}

/** The stored ground truth of a built fixture, if its recipe records one. */
export function readTruth(fixtureDir: string): GroundTruth | undefined {
  const file = join(fixtureDir, TRUTH_FILE)
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as GroundTruth) : undefined
}

/**
 * Purl type → `name@version` of a CycloneDX document's components (nested ones
 * too), in the form the ground truth uses: namespace/name, the epoch folded into
 * the version, qualifiers dropped, PyPI names normalised.
 */
export function sbomPackages(document: unknown): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>()
  const visit = (components: CdxComponent[]): void => {
    for (const c of components) {
      if (c.purl) {
        const p = PackageURL.fromString(c.purl)
        if (p.type !== 'oci') {
          let version = p.version ?? ''
          const epoch = p.qualifiers?.epoch
          if (epoch && epoch !== '0' && !version.includes(':')) version = `${epoch}:${version}`
          if (p.type === 'golang' && p.name === 'stdlib') version = version.replace(/^v|^go/, '')
          const name =
            p.type === 'pypi'
              ? p.name.toLowerCase().replace(/[-_.]+/g, '-')
              : p.namespace
                ? `${p.namespace}/${p.name}`
                : p.name
          const set = out.get(p.type) ?? new Set<string>()
          set.add(`${name}@${version}`)
          out.set(p.type, set)
        }
      }
      visit(c.components ?? [])
    }
  }
  visit((document as { components?: CdxComponent[] }).components ?? [])
  return out
}
interface CdxComponent {
  purl?: string
  components?: CdxComponent[]
}

export interface Accuracy {
  ecosystem: string
  truth: number
  found: number
  /** Share of the truth found, and of what was found that is true (1 when nothing was). */
  recall: number
  precision: number
  missed: string[]
  extra: string[]
}

/** Recall and precision per ecosystem the ground truth covers. */
export function accuracy(found: Map<string, Set<string>>, truth: GroundTruth): Accuracy[] {
  return Object.entries(truth).map(([ecosystem, list]) => {
    const expected = new Set(list)
    const got = found.get(ecosystem) ?? new Set<string>()
    const missed = [...expected].filter(p => !got.has(p)).sort()
    const extra = [...got].filter(p => !expected.has(p)).sort()
    return {
      ecosystem,
      truth: expected.size,
      found: got.size,
      recall: expected.size ? (expected.size - missed.length) / expected.size : 1,
      precision: got.size ? (got.size - extra.length) / got.size : 1,
      missed,
      extra
    }
  })
}
