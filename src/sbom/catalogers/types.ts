import type { Distro } from '../distro'
import type { FileReader, FileVersion, SquashedView } from '../walk'

export type { FileVersion } from '../walk'

/** Ecosystems, as purl types. */
export type Ecosystem =
  | 'deb'
  | 'apk'
  | 'rpm'
  | 'npm'
  | 'pypi'
  | 'golang'
  | 'maven'
  | 'cargo'
  | 'gem'
  | 'nuget'
  | 'composer'

/** A package a cataloger found, before it becomes an SBOM component. */
export interface FoundPackage {
  ecosystem: Ecosystem
  name: string
  version: string
  purl: string
  /** SPDX ids or expressions where known, otherwise the names as written. */
  licenses: string[]
  /** The file it was found in. */
  path: string
  /** Index of the layer that introduced it. */
  layer: number
  /** Whether it belongs to the operating system (linked image → OS → package). */
  os: boolean
  /** Files an OS package installed that other catalogers may find packages in. */
  ownedFiles?: string[]
  /** purls of packages it depends on, where the data says so. */
  dependsOn?: string[]
  /** Extra name/value properties, e.g. the source package. */
  properties?: [string, string][]
  hashes?: { alg: 'SHA-1' | 'SHA-256' | 'SHA-512' | 'MD5'; content: string }[]
  supplier?: string
}

export interface CatalogContext {
  distro: Distro | undefined
  view: SquashedView
  /** Logs a warning naming the file and this cataloger. */
  warn(path: string, message: string): void
}

/** The parsed versions of the squashed view's files that one cataloger asked for. */
export interface ParsedFiles<R> {
  /** All of them, sorted by path. */
  all(): { path: string; versions: FileVersion<R>[] }[]
  /** One, following symlinks; undefined when absent. */
  get(path: string): FileVersion<R>[] | undefined
}

/**
 * One cataloger: it names the files it reads, turns each into a small result
 * while its layer streams (the bytes are then dropped), and builds packages from
 * the results that survive in the squashed image.
 */
export interface Cataloger<R = unknown> extends FileReader<R> {
  collect(files: ParsedFiles<R>, context: CatalogContext): FoundPackage[] | Promise<FoundPackage[]>
}

/**
 * The layer that introduced something found in the newest version of a file: the
 * first layer from which every later version still has it.
 */
export function introducedIn<R>(
  versions: readonly FileVersion<R>[],
  has: (result: R) => boolean
): number {
  let layer = (versions[versions.length - 1] as FileVersion<R>).layer
  for (let i = versions.length - 2; i >= 0; i--) {
    const v = versions[i] as FileVersion<R>
    if (v.result === undefined || !has(v.result)) break
    layer = v.layer
  }
  return layer
}

/** A package's key among the packages of one file. */
export const nameAndVersion = (p: { name: string; version: string }): string =>
  `${p.name}\u0000${p.version}`

/**
 * introducedIn for files that hold many packages, by key: each older version's keys are
 * indexed once, so a file of n packages rewritten in several layers costs O(n) per version
 * rather than O(n²).
 */
export function introducedInByKey<R>(
  versions: readonly FileVersion<R>[],
  keysOf: (result: R) => Iterable<string>
): (key: string) => number {
  const indexed = new Map<R, Set<string>>()
  return key =>
    introducedIn(versions, result => {
      let keys = indexed.get(result)
      if (!keys) indexed.set(result, (keys = new Set(keysOf(result))))
      return keys.has(key)
    })
}

/** The newest version's result, if it parsed. */
export function latest<R>(versions: readonly FileVersion<R>[] | undefined): R | undefined {
  return versions?.[versions.length - 1]?.result
}
