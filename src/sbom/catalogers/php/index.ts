import { normaliseLicense } from '../../licenses'
import { purl } from '../../purl'
import {
  introducedInByKey,
  latest,
  nameAndVersion,
  type Cataloger,
  type FoundPackage
} from '../types'
import { pastBudget } from '../../walk/lines'
import { InstalledJsonScanner } from './installed'

interface ComposerPackage {
  name: string
  version: string
  licenses: string[]
  requires: string[]
}

/** The packages of one installed.json and what its budgets cost. */
type ComposerFile = { packages: ComposerPackage[]; problems: string[] }

/** Packages read from one installed.json; real ones list a few hundred. */
export const MAX_COMPOSER_PACKAGES = 50_000

/** Composer packages from `vendor/composer/installed.json` (Composer 1 array or Composer 2 object). */
export const phpCataloger: Cataloger<ComposerFile> = {
  name: 'php-composer',
  maxFileSize: 32 * 1024 * 1024,
  wants: path => path.endsWith('composer/installed.json'),
  // Read as it streams, one package entry at a time (installed.ts).
  scan() {
    const packages: ComposerPackage[] = []
    let more = false
    const scanner = new InstalledJsonScanner(entry => {
      const p = composerPackage(entry)
      if (!p) return
      if (packages.length < MAX_COMPOSER_PACKAGES) packages.push(p)
      else more = true
    })
    return {
      write: chunk => scanner.write(chunk),
      end: () => {
        scanner.end()
        const problems = [
          ...(more ? [pastBudget(MAX_COMPOSER_PACKAGES, 'packages')] : []),
          ...scanner.problems()
        ]
        return { packages, problems }
      }
    }
  },
  collect(files, context) {
    const out: FoundPackage[] = []
    for (const { path, versions } of files.all()) {
      const file = latest(versions)
      if (!file) continue
      for (const problem of file.problems) context.warn(path, problem)
      const packages = file.packages
      const layerOf = introducedInByKey(versions, r => r.packages.map(nameAndVersion))
      const purlOf = new Map<string, string>()
      for (const p of packages) {
        const [vendor, name] = p.name.split('/', 2)
        purlOf.set(
          p.name.toLowerCase(),
          purl('composer', name ? vendor : undefined, name ?? (vendor as string), p.version)
        )
      }
      for (const p of packages) {
        const deps = p.requires
          .map(r => purlOf.get(r.toLowerCase()))
          .filter((d): d is string => Boolean(d))
        out.push({
          ecosystem: 'composer',
          name: p.name,
          version: p.version,
          purl: purlOf.get(p.name.toLowerCase()) as string,
          licenses: p.licenses,
          path,
          layer: layerOf(nameAndVersion(p)),
          os: false,
          ...(deps.length > 0 ? { dependsOn: [...new Set(deps)].sort() } : {})
        })
      }
    }
    return out
  }
}

/** A package entry of installed.json, or undefined when it names no package and version. */
function composerPackage(entry: unknown): ComposerPackage | undefined {
  if (!entry || typeof entry !== 'object' || Array.isArray(entry)) return undefined
  const p = entry as Record<string, unknown>
  if (typeof p.name !== 'string' || typeof p.version !== 'string') return undefined
  return {
    name: p.name,
    version: p.version,
    licenses: Array.isArray(p.license)
      ? p.license.filter((l): l is string => typeof l === 'string').map(normaliseLicense)
      : [],
    requires:
      p.require && typeof p.require === 'object'
        ? Object.keys(p.require).filter(r => r.includes('/'))
        : []
  }
}
