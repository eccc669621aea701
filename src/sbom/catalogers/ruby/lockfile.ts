import { purl } from '../../purl'
import { introducedIn, latest, type Cataloger, type FoundPackage } from '../types'

interface LockedGem {
  name: string
  version: string
  dependencies: string[]
}

/** A gem directory's own files (`gems/<name>-<version>/…`): a gem's development lockfile, not an application's. */
const INSIDE_GEM = /(?:^|\/)gems\/[^/]+-[0-9][^/]*\//

/**
 * An application's `Gemfile.lock` (what Bundler resolved for it): the `specs:` of
 * its GEM, GIT and PATH sections. Lockfiles inside installed gems are those gems'
 * development files and are left out.
 */
export const gemfileLockCataloger: Cataloger<LockedGem[]> = {
  name: 'ruby-gemfile-lock',
  maxFileSize: 4 * 1024 * 1024,
  wants: path =>
    (path === 'Gemfile.lock' || path.endsWith('/Gemfile.lock')) && !INSIDE_GEM.test(path),
  parse: (_path, content) => parseGemfileLock(content.toString('utf8')),
  collect(files) {
    const out: FoundPackage[] = []
    for (const { path, versions } of files.all()) {
      const gems = latest(versions)
      if (!gems) continue
      const purlOf = new Map(gems.map(g => [g.name, purl('gem', undefined, g.name, g.version)]))
      for (const gem of gems) {
        const deps = gem.dependencies.map(d => purlOf.get(d)).filter((d): d is string => Boolean(d))
        out.push({
          ecosystem: 'gem',
          name: gem.name,
          version: gem.version,
          purl: purlOf.get(gem.name) as string,
          licenses: [],
          path,
          layer: introducedIn(versions, r =>
            r.some(g => g.name === gem.name && g.version === gem.version)
          ),
          os: false,
          ...(deps.length > 0 ? { dependsOn: [...new Set(deps)].sort() } : {})
        })
      }
    }
    return out
  }
}

/**
 * Bundler's lockfile: sections start at column 0; under `specs:` a gem is
 * `    name (version[-platform])` and its dependencies are indented six spaces.
 */
export function parseGemfileLock(text: string): LockedGem[] {
  const gems: LockedGem[] = []
  let section = ''
  let inSpecs = false
  let current: LockedGem | undefined
  for (const line of text.split(/\r?\n/)) {
    if (/^\S/.test(line)) {
      section = line.trim()
      inSpecs = false
      continue
    }
    if (!['GEM', 'GIT', 'PATH'].includes(section)) continue
    if (line === '  specs:') {
      inSpecs = true
      continue
    }
    if (!inSpecs) continue
    const spec = /^ {4}([^\s(]+) \(([^)]+)\)$/.exec(line)
    if (spec) {
      const version = withoutPlatform(spec[2] as string)
      const known = gems.find(g => g.name === spec[1] && g.version === version)
      // A gem locked for several platforms is listed once per platform.
      current = known ?? { name: spec[1] as string, version, dependencies: [] }
      if (!known) gems.push(current)
      continue
    }
    const dep = /^ {6}([^\s(]+)/.exec(line)
    if (dep && current && !current.dependencies.includes(dep[1] as string))
      current.dependencies.push(dep[1] as string)
  }
  if (gems.length === 0 && !/^(GEM|GIT|PATH)$/m.test(text))
    throw new Error('not a Gemfile.lock (no GEM, GIT or PATH section)')
  return gems
}

/** `1.13.10-x86_64-linux` → `1.13.10`: gem versions have no hyphen, so one starts the platform. */
function withoutPlatform(value: string): string {
  const hyphen = value.indexOf('-')
  return hyphen < 0 ? value : value.slice(0, hyphen)
}
