import { distroQualifier } from '../../distro'
import { normaliseLicense } from '../../licenses'
import { purl } from '../../purl'
import { introducedIn, latest, type Cataloger, type FoundPackage } from '../types'
import { scanLines } from '../../walk/lines'

interface ApkRecord {
  name: string
  version: string
  arch: string
  license: string
  origin?: string
  maintainer?: string
  depends: string[]
  provides: string[]
}

type ApkDb = { packages: ApkRecord[]; keys: Set<string>; problems: string[] }

/** Budgets of one installed database, read as it streams: real ones list a few hundred packages. */
export const MAX_APK_PACKAGES = 50_000
const MAX_LINE = 64 * 1024

const INSTALLED = 'lib/apk/db/installed'
const key = (p: ApkRecord): string => `${p.name}\u0000${p.version}\u0000${p.arch}`

/** Alpine packages from apk's installed database, with dependency edges through provides. */
export const apkCataloger: Cataloger<ApkDb> = {
  name: 'apk',
  maxFileSize: Number.MAX_SAFE_INTEGER,
  wants: path => path === INSTALLED,
  scan: () =>
    scanLines(
      new InstalledReader(),
      { maxPackages: MAX_APK_PACKAGES, maxLine: MAX_LINE },
      (packages, problems) => ({ packages, keys: new Set(packages.map(key)), problems })
    ),
  collect(files, context) {
    const out: FoundPackage[] = []
    const qualifier = distroQualifier(context.distro)
    const namespace =
      context.distro?.id && context.distro.id !== 'alpine' ? context.distro.id : 'alpine'
    for (const { path, versions } of files.all()) {
      const db = latest(versions)
      if (!db) continue
      for (const problem of db.problems) context.warn(path, problem)
      const provider = new Map<string, string>()
      const purls = db.packages.map(p =>
        purl('apk', namespace, p.name, p.version, {
          arch: p.arch,
          distro: qualifier,
          upstream: p.origin && p.origin !== p.name ? p.origin : undefined
        })
      )
      db.packages.forEach((p, i) => {
        provider.set(p.name, purls[i] as string)
        for (const provided of p.provides)
          provider.set(provided.split(/[=<>~]/)[0] as string, purls[i] as string)
      })
      db.packages.forEach((p, i) => {
        const k = key(p)
        const deps = [
          ...new Set(
            p.depends
              .filter(d => !d.startsWith('!'))
              .map(d => provider.get(d.split(/[=<>~]/)[0] as string))
              .filter((d): d is string => Boolean(d) && d !== purls[i])
          )
        ].sort()
        out.push({
          ecosystem: 'apk',
          name: p.name,
          version: p.version,
          purl: purls[i] as string,
          licenses: apkLicenses(p.license),
          path,
          layer: introducedIn(versions, r => r.keys.has(k)),
          os: true,
          ...(deps.length > 0 ? { dependsOn: deps } : {}),
          ...(p.maintainer ? { supplier: p.maintainer } : {}),
          ...(p.origin ? { properties: [['sbom-sign-action:package:source', p.origin]] } : {})
        })
      })
    }
    return out
  }
}

/** The installed DB: `X:value` lines, one blank-line separated record per package (apk-tools' apk_db format). */
export function parseInstalled(text: string): ApkRecord[] {
  const reader = new InstalledReader()
  for (const line of text.split('\n')) reader.line(line)
  return reader.end()
}

/** Builds records line by line, up to MAX_APK_PACKAGES. */
class InstalledReader {
  private readonly out: ApkRecord[] = []
  private record: Partial<ApkRecord> & { depends: string[]; provides: string[] } = {
    depends: [],
    provides: []
  }
  full = false

  line(line: string): void {
    if (this.full) return
    if (line === '') {
      this.flush()
      return
    }
    if (line.length > MAX_LINE || line[1] !== ':') return
    const value = line.slice(2)
    const record = this.record
    switch (line[0]) {
      case 'P':
        record.name = value
        break
      case 'V':
        record.version = value
        break
      case 'A':
        record.arch = value
        break
      case 'L':
        record.license = value
        break
      case 'o':
        record.origin = value
        break
      case 'm':
        record.maintainer = value
        break
      case 'D':
        record.depends = value.split(/\s+/).filter(Boolean)
        break
      case 'p':
        record.provides = value.split(/\s+/).filter(Boolean)
        break
    }
  }

  end(): ApkRecord[] {
    this.flush()
    return this.out
  }

  private flush(): void {
    const record = this.record
    if (record.name && record.version && !this.full) {
      if (this.out.length === MAX_APK_PACKAGES) this.full = true
      else
        this.out.push({
          arch: '',
          license: '',
          ...record,
          name: record.name,
          version: record.version
        })
    }
    this.record = { depends: [], provides: [] }
  }
}

/** apk writes SPDX expressions, or several ids separated by spaces. */
function apkLicenses(value: string): string[] {
  const text = value.trim()
  if (!text) return []
  if (/\s(AND|OR|WITH)\s/.test(text)) return [text]
  return [...new Set(text.split(/\s+/).map(normaliseLicense))]
}
