import { normaliseLicense } from '../../licenses'
import { purl } from '../../purl'
import { introducedIn, latest, type Cataloger, type FoundPackage } from '../types'

interface Gemspec {
  name: string
  version: string
  licenses: string[]
  dependencies: string[]
}

const SPEC = /(?:^|\/)specifications\/[^/]+\.gemspec$/

/** Installed gems from `specifications/*.gemspec` (the Ruby files RubyGems writes; read, never run). */
export const rubyCataloger: Cataloger<Gemspec> = {
  name: 'ruby-gemspec',
  maxFileSize: 1024 * 1024,
  wants: path => path.endsWith('.gemspec') && SPEC.test(path),
  parse: (_path, content) => parseGemspec(content.toString('utf8')),
  collect(files) {
    const out: FoundPackage[] = []
    const byName = new Map<string, string>()
    const deps = new Map<FoundPackage, string[]>()
    for (const { path, versions } of files.all()) {
      const gem = latest(versions)
      if (!gem) continue
      const p: FoundPackage = {
        ecosystem: 'gem',
        name: gem.name,
        version: gem.version,
        purl: purl('gem', undefined, gem.name, gem.version),
        licenses: gem.licenses,
        path,
        layer: introducedIn(versions, r => r.name === gem.name && r.version === gem.version),
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

export function parseGemspec(text: string): Gemspec {
  const field = (name: string): string | undefined => {
    const m = new RegExp(`\\.${name}\\s*=\\s*${STRING}`).exec(text)
    return m ? (m[1] ?? m[2] ?? m[3]) : undefined
  }
  const name = field('name')
  const version =
    field('version') ?? /\.version\s*=\s*Gem::Version\.new\(\s*["']([^"']+)["']/.exec(text)?.[1]
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
