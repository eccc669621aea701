import { normaliseLicense } from '../../licenses'
import { purl } from '../../purl'
import { introducedIn, latest, type Cataloger, type FoundPackage } from '../types'

interface ComposerPackage {
  name: string
  version: string
  licenses: string[]
  requires: string[]
}

/** Composer packages from `vendor/composer/installed.json` (Composer 1 array or Composer 2 object). */
export const phpCataloger: Cataloger<ComposerPackage[]> = {
  name: 'php-composer',
  maxFileSize: 32 * 1024 * 1024,
  wants: path => path.endsWith('composer/installed.json'),
  parse(_path, content) {
    const doc = JSON.parse(content.toString('utf8')) as unknown
    const list = Array.isArray(doc) ? doc : (doc as { packages?: unknown } | null)?.packages
    if (!Array.isArray(list)) throw new Error('installed.json has no package list')
    return list
      .filter((p): p is Record<string, unknown> => Boolean(p) && typeof p === 'object')
      .filter(p => typeof p.name === 'string' && typeof p.version === 'string')
      .map(p => ({
        name: p.name as string,
        version: p.version as string,
        licenses: Array.isArray(p.license)
          ? p.license.filter((l): l is string => typeof l === 'string').map(normaliseLicense)
          : [],
        requires:
          p.require && typeof p.require === 'object'
            ? Object.keys(p.require).filter(r => r.includes('/'))
            : []
      }))
  },
  collect(files) {
    const out: FoundPackage[] = []
    for (const { path, versions } of files.all()) {
      const packages = latest(versions)
      if (!packages) continue
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
          layer: introducedIn(versions, r =>
            r.some(q => q.name === p.name && q.version === p.version)
          ),
          os: false,
          ...(deps.length > 0 ? { dependsOn: [...new Set(deps)].sort() } : {})
        })
      }
    }
    return out
  }
}
