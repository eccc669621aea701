import { isJsonObject } from '../../../json'
import { purl } from '../../purl'
import type { FileScanner } from '../../walk'
import { JsonCutter } from '../../walk/json-cutter'
import { pastBudget } from '../../walk/lines'
import {
  introducedInByKey,
  latest,
  nameAndVersion,
  type Cataloger,
  type FoundPackage
} from '../types'

interface DotnetLibrary {
  name: string
  version: string
  sha512?: string
  dependencies: string[]
}

interface DepsJson {
  libraries: DotnetLibrary[]
  problems: string[]
}

/** NuGet packages from .NET `*.deps.json` files (libraries of type "package"), with edges from the targets. */
export const dotnetCataloger: Cataloger<DepsJson> = {
  name: 'dotnet-deps',
  maxFileSize: 32 * 1024 * 1024,
  wants: path => path.endsWith('.deps.json'),
  scan: () => depsJsonScanner(),
  collect(files, context) {
    const out: FoundPackage[] = []
    for (const { path, versions } of files.all()) {
      const file = latest(versions)
      if (!file) continue
      for (const problem of file.problems) context.warn(path, problem)
      const { libraries } = file
      const layerOf = introducedInByKey(versions, r => r.libraries.map(nameAndVersion))
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
          layer: layerOf(nameAndVersion(lib)),
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

/** Budgets of one deps.json, read as it streams: real ones list a few hundred libraries. */
export const MAX_DOTNET_LIBRARIES = 50_000
/** One library or target entry; real ones are well under a KiB. */
const MAX_ENTRY_BYTES = 1024 * 1024
const MAX_NAME_BYTES = 4096

/**
 * A deps.json's libraries, read as it streams: each entry of `libraries`, and the
 * `dependencies` of each entry of a target in `targets`, are cut out and parsed alone
 * (walk/json-cutter.ts), so memory holds the libraries found and one entry, not the file
 * and its parse.
 */
export function depsJsonScanner(): FileScanner<DepsJson> {
  const packages: (Omit<DotnetLibrary, 'dependencies'> & { id: string })[] = []
  const dependencies = new Map<string, string[]>()
  let more = false
  const json = new JsonCutter(
    'deps.json',
    (path, kind) => {
      if (path.length === 0) {
        if (kind !== 'object') throw new Error('deps.json is not a JSON object')
        return 'inside'
      }
      if (kind !== 'object') return 'skip'
      const [member] = path
      if (member === 'libraries') return path.length === 1 ? 'inside' : 'value'
      // Of a target's entries only the dependencies are read, not their (long) asset lists.
      if (member === 'targets') {
        if (path.length <= 3) return 'inside'
        return path.length === 4 && path[3] === 'dependencies' ? 'value' : 'skip'
      }
      return 'skip'
    },
    (path, entry) => {
      if (!isJsonObject(entry)) return
      if (path[0] === 'targets') {
        const id = path[2] as string
        if (dependencies.size < MAX_DOTNET_LIBRARIES || dependencies.has(id))
          dependencies.set(id, Object.keys(entry))
        else more = true
        return
      }
      const id = path[1] as string
      const slash = id.lastIndexOf('/')
      if (entry.type !== 'package' || slash <= 0) return
      if (packages.length === MAX_DOTNET_LIBRARIES) {
        more = true
        return
      }
      const sha = typeof entry.sha512 === 'string' ? entry.sha512.replace(/^sha512-/, '') : ''
      packages.push({
        id,
        name: id.slice(0, slash),
        version: id.slice(slash + 1),
        ...(sha ? { sha512: sha } : {})
      })
    },
    { maxValueBytes: MAX_ENTRY_BYTES, maxNameBytes: MAX_NAME_BYTES }
  )
  return {
    write: chunk => json.write(chunk),
    end() {
      json.end()
      const libraries = packages
        .map(({ id, ...p }) => ({ ...p, dependencies: dependencies.get(id) ?? [] }))
        .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
      const problems = [
        ...(more ? [pastBudget(MAX_DOTNET_LIBRARIES, 'libraries')] : []),
        ...json.problems('entries')
      ]
      return { libraries, problems }
    }
  }
}
