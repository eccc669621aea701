import { normaliseLicense } from '../../licenses'
import { purl } from '../../purl'
import { introducedIn, latest, type Cataloger, type FoundPackage } from '../types'
import { installedManifests, isLockfile, LOCKFILE } from './installed'

interface NpmManifest {
  name: string
  version: string
  licenses: string[]
  dependencies: string[]
  author?: string
}

/**
 * Installed npm packages and applications (the rule is in ./installed.ts), with
 * licenses and dependency edges. Lockfiles are read only to mark an application root.
 */
export const npmCataloger: Cataloger<NpmManifest | typeof LOCKFILE | null> = {
  name: 'npm',
  maxFileSize: 4 * 1024 * 1024,
  wants: path => path === 'package.json' || path.endsWith('/package.json') || isLockfile(path),
  parse(path, content) {
    if (isLockfile(path)) return LOCKFILE
    const json = JSON.parse(content.toString('utf8')) as Record<string, unknown> | null
    if (typeof json !== 'object' || json === null || Array.isArray(json))
      throw new Error('package.json is not a JSON object')
    if (
      typeof json.name !== 'string' ||
      typeof json.version !== 'string' ||
      !json.name ||
      !json.version
    )
      return null
    const deps = new Set<string>()
    for (const field of ['dependencies', 'optionalDependencies', 'peerDependencies']) {
      const value = json[field]
      if (value && typeof value === 'object') for (const name of Object.keys(value)) deps.add(name)
    }
    const author =
      typeof json.author === 'string'
        ? json.author
        : (json.author as { name?: unknown } | undefined)?.name
    return {
      name: json.name,
      version: json.version,
      licenses: manifestLicenses(json),
      dependencies: [...deps].sort(),
      ...(typeof author === 'string' && author ? { author } : {})
    }
  },
  collect(files, context) {
    const byDir = new Map<string, { manifest: NpmManifest; purl: string }>()
    const out: FoundPackage[] = []
    for (const { path, versions } of installedManifests(files, context.view)) {
      const manifest = latest(versions)
      if (!manifest || manifest === LOCKFILE) continue
      // Aliased installs (`"x-cjs": "npm:x@4"`) live under the alias but are the named package.
      const dir = path.slice(0, -'/package.json'.length)
      const slash = manifest.name.indexOf('/')
      const p = purl(
        'npm',
        slash > 0 ? manifest.name.slice(0, slash) : undefined,
        slash > 0 ? manifest.name.slice(slash + 1) : manifest.name,
        manifest.version
      )
      byDir.set(dir, { manifest, purl: p })
      out.push({
        ecosystem: 'npm',
        name: manifest.name,
        version: manifest.version,
        purl: p,
        licenses: manifest.licenses,
        path,
        layer: introducedIn(
          versions,
          r => r !== LOCKFILE && r?.name === manifest.name && r.version === manifest.version
        ),
        os: false,
        ...(manifest.author ? { supplier: manifest.author } : {})
      })
    }
    // Node's resolution: <dir>/node_modules/<dep>, then each enclosing node_modules up to the root.
    for (const p of out) {
      const dir = p.path.slice(0, -'/package.json'.length)
      const manifest = byDir.get(dir)?.manifest
      if (!manifest || manifest.dependencies.length === 0) continue
      const deps: string[] = []
      for (const dep of manifest.dependencies) {
        const found = resolveDependency(byDir, dir, dep)
        if (found) deps.push(found)
      }
      if (deps.length > 0) p.dependsOn = deps
    }
    return out
  }
}

function resolveDependency(
  byDir: Map<string, { purl: string }>,
  from: string,
  dep: string
): string | undefined {
  let dir = from
  for (;;) {
    if (!dir.endsWith('node_modules')) {
      const hit = byDir.get(dir ? `${dir}/node_modules/${dep}` : `node_modules/${dep}`)
      if (hit) return hit.purl
    }
    if (dir === '') return undefined
    const slash = dir.lastIndexOf('/')
    dir = slash < 0 ? '' : dir.slice(0, slash)
  }
}

/** `license: "MIT"`, `license: {type}`, or the old `licenses: [{type}]`. */
function manifestLicenses(json: Record<string, unknown>): string[] {
  const out: string[] = []
  const add = (value: unknown): void => {
    const text = typeof value === 'string' ? value : (value as { type?: unknown } | null)?.type
    if (typeof text === 'string' && text.trim())
      out.push(normaliseLicense(text.replace(/^\((.*)\)$/, '$1')))
  }
  add(json.license)
  if (Array.isArray(json.licenses)) json.licenses.forEach(add)
  return [...new Set(out)]
}
