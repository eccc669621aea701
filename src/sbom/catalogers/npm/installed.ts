import { compareCodePoints } from '../../compare'
import type { SquashedView } from '../../walk'
import { latest, type FileVersion, type ParsedFiles } from '../types'

/** Parse result of a lockfile: only its presence matters. */
export const LOCKFILE = 'lockfile'

const LOCKFILES = new Set([
  'package-lock.json',
  'npm-shrinkwrap.json',
  'yarn.lock',
  'pnpm-lock.yaml'
])

/** A project's lockfile (not node_modules/.package-lock.json, npm's cache of the tree). */
export function isLockfile(path: string): boolean {
  return LOCKFILES.has(path.slice(path.lastIndexOf('/') + 1)) && !path.includes('node_modules/')
}

/** `…/node_modules/<name>/package.json` or `…/node_modules/@scope/<name>/package.json`. */
const MODULE = /(?:^|\/)node_modules\/(?:@[^/]+\/)?[^/@][^/]*\/package\.json$/
/** Debian's Node.js module directories (node-* packages). */
const DEBIAN_MODULE =
  /^usr\/(?:share|lib(?:\/[^/]+)?)\/nodejs\/(?:@[^/]+\/)?[^/@][^/]*\/package\.json$/
const DEBIAN_TREE = /^usr\/(?:share|lib(?:\/[^/]+)?)\/nodejs\//
/** Inside another ecosystem's installed package: a gem's directory, Python's site- and dist-packages. */
const FOREIGN_PACKAGE = /(?:^|\/)gems\/[^/]+-[0-9][^/]*\/|\/(?:site|dist)-packages\//

type Named = { name?: unknown } | typeof LOCKFILE | null

/**
 * The package.json files that describe something installed:
 * - a package's manifest in a node_modules tree, or in Debian's
 *   usr/share/nodejs, usr/lib/nodejs, usr/lib/<triplet>/nodejs;
 * - an application root: outside any node_modules (and Debian's trees), with a
 *   node_modules directory beside it, or a lockfile where it is not inside another
 *   ecosystem's package (the VS Code extension a gem carries has a lockfile too);
 * - a workspace package an application root's node_modules links to.
 * Not: package.json files deeper inside a package (build folders such as
 * terser/dist, test fixtures, benchmarks, examples) nor stray manifests outside
 * any project (an editor extension inside a gem), which npm never installed.
 */
export function installedManifests<R extends Named>(
  files: ParsedFiles<R>,
  view: SquashedView
): { path: string; versions: FileVersion<R>[] }[] {
  const out: { path: string; versions: FileVersion<R>[] }[] = []
  const loose: { path: string; versions: FileVersion<R>[] }[] = []
  const roots: string[] = []
  for (const file of files.all()) {
    if (!file.path.endsWith('package.json')) continue
    if (MODULE.test(file.path) || DEBIAN_MODULE.test(file.path)) out.push(file)
    else if (file.path.includes('node_modules/') || DEBIAN_TREE.test(file.path)) continue
    else {
      const dir = file.path.slice(0, -'package.json'.length)
      const siblings = view.list(dir.slice(0, -1)) ?? []
      const locked =
        !FOREIGN_PACKAGE.test(file.path) &&
        siblings.some(n => LOCKFILES.has(n) && files.get(`${dir}${n}`))
      if (siblings.includes('node_modules') || locked) {
        out.push(file)
        roots.push(dir)
      } else loose.push(file)
    }
  }
  // Workspaces: the root's node_modules/<name> is a symlink to the package's directory.
  for (const file of loose) {
    const name = (latest(file.versions) as { name?: unknown } | undefined)?.name
    if (typeof name !== 'string') continue
    const dir = file.path.slice(0, -'/package.json'.length)
    if (roots.some(root => view.resolve(`${root}node_modules/${name}`) === dir)) out.push(file)
  }
  return out.sort((a, b) => compareCodePoints(a.path, b.path))
}
