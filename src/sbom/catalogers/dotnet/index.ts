import { isJsonObject } from '../../../json'
import { purl } from '../../purl'
import { introducedIn, latest, type Cataloger, type FoundPackage } from '../types'

interface DotnetLibrary {
  name: string
  version: string
  sha512?: string
  dependencies: string[]
}

/** NuGet packages from .NET `*.deps.json` files (libraries of type "package"), with edges from the targets. */
export const dotnetCataloger: Cataloger<DotnetLibrary[]> = {
  name: 'dotnet-deps',
  maxFileSize: 16 * 1024 * 1024,
  wants: path => path.endsWith('.deps.json'),
  parse: (_path, content) => parseDepsJson(content.toString('utf8')),
  collect(files) {
    const out: FoundPackage[] = []
    for (const { path, versions } of files.all()) {
      const libraries = latest(versions)
      if (!libraries) continue
      const purlOf = new Map(
        libraries.map(l => [l.name.toLowerCase(), purl('nuget', undefined, l.name, l.version)])
      )
      for (const lib of libraries) {
        const hash = lib.sha512 ? Buffer.from(lib.sha512, 'base64').toString('hex') : undefined
        const deps = lib.dependencies
          .map(d => purlOf.get(d.toLowerCase()))
          .filter((d): d is string => Boolean(d))
        out.push({
          ecosystem: 'nuget',
          name: lib.name,
          version: lib.version,
          purl: purlOf.get(lib.name.toLowerCase()) as string,
          licenses: [],
          path,
          layer: introducedIn(versions, r =>
            r.some(l => l.name === lib.name && l.version === lib.version)
          ),
          os: false,
          ...(deps.length > 0 ? { dependsOn: [...new Set(deps)].sort() } : {}),
          ...(hash && hash.length === 128
            ? { hashes: [{ alg: 'SHA-512' as const, content: hash }] }
            : {})
        })
      }
    }
    return out
  }
}

export function parseDepsJson(text: string): DotnetLibrary[] {
  const doc = JSON.parse(text.replace(/^\uFEFF/, '')) as unknown
  if (!isJsonObject(doc)) throw new Error('deps.json is not a JSON object')
  const libraries = (isJsonObject(doc.libraries) ? doc.libraries : {}) as Record<string, unknown>
  const targets = (isJsonObject(doc.targets) ? doc.targets : {}) as Record<string, unknown>
  const dependencies = new Map<string, string[]>()
  for (const target of Object.values(targets)) {
    if (!isJsonObject(target)) continue
    for (const [id, entry] of Object.entries(target)) {
      if (isJsonObject(entry) && isJsonObject(entry.dependencies))
        dependencies.set(id, Object.keys(entry.dependencies))
    }
  }
  const out: DotnetLibrary[] = []
  for (const [id, lib] of Object.entries(libraries)) {
    if (!isJsonObject(lib) || lib.type !== 'package') continue
    const slash = id.lastIndexOf('/')
    if (slash <= 0) continue
    const sha = typeof lib.sha512 === 'string' ? lib.sha512.replace(/^sha512-/, '') : undefined
    out.push({
      name: id.slice(0, slash),
      version: id.slice(slash + 1),
      ...(sha ? { sha512: sha } : {}),
      dependencies: dependencies.get(id) ?? []
    })
  }
  return out.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
}
