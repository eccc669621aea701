import { normaliseLicense } from '../../licenses'
import { purl } from '../../purl'
import { introducedIn, latest, type Cataloger, type FoundPackage } from '../types'

export { gemfileLockCataloger, parseGemfileLock } from './lockfile'

interface Gemspec {
  name: string
  version: string
  licenses: string[]
  dependencies: string[]
}

/** What RubyGems writes for each installed gem, default gems (those Ruby ships) included. */
const SPEC = /(?:^|\/)specifications\/(?:default\/)?[^/]+\.gemspec$/
/** A gem's own gemspec in its directory `gems/<name>-<version>/<name>.gemspec`. */
const GEM_DIR_SPEC = /^(.*\/)gems\/([^/]+)-([0-9][^/-]*)\/\2\.gemspec$/

/**
 * Installed gems (the Ruby files RubyGems writes; read, never run):
 * `specifications/*.gemspec` and `specifications/default/*.gemspec` of every gem
 * home (Ruby's, Debian's rubygems-integration, Bundler's vendor/bundle), and a
 * gem directory's own `gems/<name>-<version>/<name>.gemspec` where the gem home
 * has no specification for it (gems unpacked without RubyGems).
 */
export const rubyCataloger: Cataloger<Gemspec | null> = {
  name: 'ruby-gemspec',
  maxFileSize: 1024 * 1024,
  wants: path => path.endsWith('.gemspec') && (SPEC.test(path) || GEM_DIR_SPEC.test(path)),
  parse(path, content) {
    const inGemDir = GEM_DIR_SPEC.exec(path)
    if (!inGemDir) return parseGemspec(content.toString('utf8'))
    // A source gemspec often computes its version (`Foo::VERSION`): the directory names it.
    const gem = parseGemspec(content.toString('utf8'), inGemDir[3])
    return gem.name === inGemDir[2] ? gem : null
  },
  collect(files) {
    const out: FoundPackage[] = []
    const byName = new Map<string, string>()
    const deps = new Map<FoundPackage, string[]>()
    for (const { path, versions } of files.all()) {
      const gem = latest(versions)
      if (!gem) continue
      const inGemDir = GEM_DIR_SPEC.exec(path)
      if (
        inGemDir &&
        files.get(`${inGemDir[1]}specifications/${inGemDir[2]}-${inGemDir[3]}.gemspec`)
      )
        continue
      const p: FoundPackage = {
        ecosystem: 'gem',
        name: gem.name,
        version: gem.version,
        purl: purl('gem', undefined, gem.name, gem.version),
        licenses: gem.licenses,
        path,
        layer: introducedIn(versions, r => r?.name === gem.name && r.version === gem.version),
        os: false
      }
      byName.set(gem.name, p.purl)
      deps.set(p, gem.dependencies)
      out.push(p)
    }
    for (const [p, names] of deps) {
      const found = names.map(n => byName.get(n)).filter((d): d is string => Boolean(d))
      if (found.length > 0) p.dependsOn = [...new Set(found)].sort()
    }
    return out
  }
}

const STRING = `(?:%q[<{(\\[]([^>})\\]]+)[>})\\]]|"([^"]+)"|'([^']+)')`

/** A gemspec's literal fields; `fallbackVersion` when its version is not a literal. */
export function parseGemspec(text: string, fallbackVersion?: string): Gemspec {
  const field = (name: string): string | undefined => {
    const m = new RegExp(`\\.${name}\\s*=\\s*${STRING}`).exec(text)
    return m ? (m[1] ?? m[2] ?? m[3]) : undefined
  }
  const name = field('name')
  const version =
    field('version') ??
    /\.version\s*=\s*Gem::Version\.new\(\s*["']([^"']+)["']/.exec(text)?.[1] ??
    fallbackVersion
  if (!name || !version) throw new Error('gemspec has no name or version')
  const licenses: string[] = []
  const list = /\.licenses\s*=\s*\[([^\]]*)\]/.exec(text)?.[1]
  if (list)
    for (const m of list.matchAll(/["']([^"']+)["']/g))
      licenses.push(normaliseLicense(m[1] as string))
  const single = field('license')
  if (single && licenses.length === 0) licenses.push(normaliseLicense(single))
  const dependencies: string[] = []
  for (const m of text.matchAll(
    new RegExp(`add_(?:runtime_)?dependency\\s*\\(?\\s*${STRING}`, 'g')
  )) {
    dependencies.push((m[1] ?? m[2] ?? m[3]) as string)
  }
  return { name, version, licenses, dependencies }
}
