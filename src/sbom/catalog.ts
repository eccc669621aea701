import { collectGarbage } from '../heap'
import { log } from '../log'
import type { Image } from '../oci/types'
import {
  catalogers as allCatalogers,
  type Cataloger,
  type FoundPackage,
  type ParsedFiles
} from './catalogers'
import { compareCodePoints } from './compare'
import { detectDistro, distroReader, type Distro } from './distro'
import { NO_PURL, wellFormed } from './purl'
import { PROPERTY_PREFIX } from './tool'
import { walkImage, type FileReader, type LayerInfo } from './walk'

/** What cataloging an image found. */
export interface Catalog {
  distro: Distro | undefined
  layers: LayerInfo[]
  /** Sorted by purl, then path. */
  packages: CatalogedPackage[]
  /** Problems that skipped a file or a layer, each also logged as a warning: the first MAX_LOGGED_PROBLEMS. */
  warnings: string[]
  /** How many problems there were, logged one by one or not. */
  problems: number
}

/**
 * Problems logged (and kept) one by one at most. A hostile layer can make a problem of every
 * file (300,000 malformed manifests fit the view): one line each would flood the run's log.
 */
export const MAX_LOGGED_PROBLEMS = 1_000

export interface CatalogedPackage extends FoundPackage {
  cataloger: string
}

export interface CatalogOptions {
  catalogers?: readonly Cataloger[]
  concurrency?: number
}

/** Streams the image's layers once and runs every cataloger over the squashed result. */
export async function catalogImage(image: Image, options: CatalogOptions = {}): Promise<Catalog> {
  const catalogers = options.catalogers ?? allCatalogers
  const warnings: string[] = []
  let unlogged = 0
  const warn = (message: string): void => {
    if (warnings.length === MAX_LOGGED_PROBLEMS) return void unlogged++
    warnings.push(message)
    log.warning(`SBOM: ${message}`)
  }
  const readers: FileReader[] = [distroReader as FileReader, ...catalogers]
  const { view, layers } = await walkImage(image, readers, {
    warn,
    ...(options.concurrency ? { concurrency: options.concurrency } : {})
  })
  // Only the view and the parse results are left of the walk.
  collectGarbage()
  const distro = detectDistro(view, 0)
  const packages: CatalogedPackage[] = []
  for (const [i, cataloger] of catalogers.entries()) {
    const reader = i + 1
    const files: ParsedFiles<unknown> = {
      all: () => view.parsedFiles(reader),
      get: path => view.versions(path, reader)
    }
    const context = {
      distro,
      view,
      warn: (path: string, message: string) => warn(`${cataloger.name}: /${path}: ${message}`)
    }
    try {
      for (const p of await cataloger.collect(files, context)) {
        const name = wellFormed(p.name)
        const version = wellFormed(p.version)
        if (p.purl === NO_PURL) {
          context.warn(
            p.path,
            `skipped package ${JSON.stringify(name)} ${JSON.stringify(version)}: ${noPurlReason(name)}`
          )
          continue
        }
        const { dependsOn, ...found } = p
        const edges = dependsOn?.filter(d => d !== NO_PURL) ?? []
        // The purl is well-formed already; the SBOM's text fields must be too.
        packages.push({
          ...found,
          name,
          version,
          licenses: p.licenses.map(wellFormed),
          cataloger: cataloger.name,
          ...(edges.length > 0 ? { dependsOn: edges } : {})
        })
      }
    } catch (error) {
      warn(`${cataloger.name}: failed: ${error instanceof Error ? error.message : String(error)}`)
    }
  }
  linkOwners(packages)
  packages.sort((a, b) => compareCodePoints(a.purl, b.purl) || compareCodePoints(a.path, b.path))
  // One package per purl and file (e.g. a Go binary listing a module twice).
  const unique = packages.filter((p, i) => {
    const prev = packages[i - 1]
    return !prev || prev.purl !== p.purl || prev.path !== p.path
  })
  const kept = bounded(unique, layers, warn)
  if (unlogged > 0)
    log.warning(
      `SBOM: and ${unlogged} more problem(s), not logged one by one (the first ${MAX_LOGGED_PROBLEMS} are)`
    )
  return { distro, layers, packages: kept, warnings, problems: warnings.length + unlogged }
}

function noPurlReason(name: string): string {
  return name.trim() === ''
    ? 'its name is empty or only whitespace, and a purl needs a name'
    : 'its name, namespace or version cannot form a purl'
}

/** Output budgets: packages from one file and from the whole image (far above real images). */
export const MAX_PACKAGES_PER_FILE = 50_000
export const MAX_PACKAGES_PER_IMAGE = 100_000

/**
 * Keeps the first packages (in purl order) within the budgets, with a warning for each cut.
 * The image's budget is shared out by the layer that introduced each package, so that a
 * layer with more than its share (a hostile base's fake packages, whose purls may all sort
 * first) cannot push out the packages of the layers above it.
 */
function bounded(
  packages: CatalogedPackage[],
  layers: readonly LayerInfo[],
  warn: (message: string) => void
): CatalogedPackage[] {
  const perFile = new Map<string, number>()
  const kept: CatalogedPackage[] = []
  for (const p of packages) {
    const file = `${p.cataloger}: /${p.path}`
    const n = (perFile.get(file) ?? 0) + 1
    perFile.set(file, n)
    if (n <= MAX_PACKAGES_PER_FILE) kept.push(p)
  }
  for (const [file, n] of perFile)
    if (n > MAX_PACKAGES_PER_FILE)
      warn(`${file}: ${n} packages, only ${MAX_PACKAGES_PER_FILE} kept (budget per file)`)
  if (kept.length <= MAX_PACKAGES_PER_IMAGE) return kept
  const perLayer = new Map<number, number>()
  for (const p of kept) perLayer.set(p.layer, (perLayer.get(p.layer) ?? 0) + 1)
  const shares = fairShares(perLayer, MAX_PACKAGES_PER_IMAGE)
  for (const [layer, count] of [...perLayer].sort((a, b) => a[0] - b[0])) {
    const share = shares.get(layer) ?? 0
    if (count > share)
      warn(
        `layer ${layer + 1} (${layers[layer]?.digest ?? 'unknown'}): ${count} packages, only ${share} kept (its share of the budget per image, ${MAX_PACKAGES_PER_IMAGE} packages)`
      )
  }
  const taken = new Map<number, number>()
  return kept.filter(p => {
    const n = (taken.get(p.layer) ?? 0) + 1
    taken.set(p.layer, n)
    return n <= (shares.get(p.layer) ?? 0)
  })
}

/**
 * Shares a budget out among claims, fairly: the smallest claims are met in full, and what is
 * left is split evenly among the larger ones (each gets at least budget / claims). Exported
 * for its tests.
 */
export function fairShares<K>(claims: ReadonlyMap<K, number>, budget: number): Map<K, number> {
  const shares = new Map<K, number>()
  const ascending = [...claims].sort((a, b) => a[1] - b[1])
  let left = budget
  for (const [i, [key, claim]] of ascending.entries()) {
    const share = Math.min(claim, Math.floor(left / (ascending.length - i)))
    shares.set(key, share)
    left -= share
  }
  return shares
}

/** An OS package that installed a language package's metadata file depends on it (and is named as its owner). */
function linkOwners(packages: CatalogedPackage[]): void {
  const owner = new Map<string, CatalogedPackage>()
  for (const p of packages) for (const file of p.ownedFiles ?? []) owner.set(file, p)
  if (owner.size === 0) return
  for (const p of packages) {
    if (p.os) continue
    const os = owner.get(p.path)
    if (!os) continue
    os.dependsOn = [...new Set([...(os.dependsOn ?? []), p.purl])].sort()
    p.properties = [...(p.properties ?? []), [`${PROPERTY_PREFIX}:package:ownedBy`, os.purl]]
  }
  for (const p of packages) delete p.ownedFiles
}
