import { distroQualifier } from '../../distro'
import { purl } from '../../purl'
import { introducedIn, latest, type Cataloger, type FileVersion, type FoundPackage } from '../types'
import { bdbValues } from './bdb'
import { parseHeader, RpmHeaderError, type RpmPackage } from './header'
import { ndbBlobs } from './ndb'
import { sqliteBlobs } from './sqlite'
import { pastBudget } from '../../walk/lines'
import { MAX_SPOOLED, Spool } from '../../walk/spool'

/** The packages of one database and what its budgets or bad records cost. */
type RpmFile = { packages: RpmPackage[]; problems: string[] }

/** Package headers read from one database; real ones hold a few thousand. */
export const MAX_RPM_PACKAGES = 50_000

const DB = /(?:^|\/)(?:var\/lib|usr\/lib\/sysimage)\/rpm\/(Packages|Packages\.db|rpmdb\.sqlite)$/

const key = (p: RpmPackage): string =>
  `${p.name}\u0000${p.epoch ?? ''}\u0000${p.version}\u0000${p.release}\u0000${p.arch}`

/**
 * Parses each header as its database yields it, so only one is held at a time: a bad
 * one costs itself and is counted in one problem.
 */
function headers(blobs: Iterable<Buffer | RpmHeaderError>): RpmFile {
  const packages: RpmPackage[] = []
  const problems: string[] = []
  let seen = 0
  let bad = 0
  let first = ''
  for (const blob of blobs) {
    if (seen++ === MAX_RPM_PACKAGES) {
      problems.push(pastBudget(MAX_RPM_PACKAGES, 'package headers'))
      break
    }
    try {
      if (blob instanceof RpmHeaderError) throw blob
      const p = parseHeader(blob)
      if (p && p.name !== 'gpg-pubkey') packages.push(p)
    } catch (error) {
      if (!(error instanceof RpmHeaderError)) throw error
      if (bad++ === 0) first = error.message
    }
  }
  if (bad > 0) problems.push(`${bad} unreadable package header(s) skipped (first: ${first})`)
  return { packages, problems }
}

/** RPM packages from rpmdb.sqlite, the BerkeleyDB `Packages` and the NDB `Packages.db`. */
export const rpmCataloger: Cataloger<RpmFile> = {
  name: 'rpm',
  maxFileSize: MAX_SPOOLED,
  wants: path => DB.test(path),
  // Databases need random access: gathered as they stream, SQLite's and large ones on
  // disk (walk/spool.ts), and read a page or a row at a time.
  scan(path, size) {
    if (path.endsWith('/rpmdb.sqlite'))
      return new Spool(
        size,
        MAX_SPOOLED,
        file => headers(sqliteBlobs(file.path as string)),
        'always'
      )
    const read = path.endsWith('/Packages.db') ? ndbBlobs : bdbValues
    return new Spool(size, MAX_SPOOLED, file => headers(read(file.bytes)))
  },
  collect(files, context) {
    const out: FoundPackage[] = []
    const qualifier = distroQualifier(context.distro)
    for (const { path, versions } of files.all()) {
      // Each version as a set of package keys, for attribution.
      const parsed: FileVersion<Set<string>>[] = versions.map(v => ({
        layer: v.layer,
        result: v.result ? new Set(v.result.packages.map(key)) : undefined
      }))
      const last = latest(versions)
      for (const problem of last?.problems ?? []) context.warn(path, problem)
      const newest = last?.packages ?? []
      const provider = new Map<string, string>()
      const purls = newest.map(p =>
        purl('rpm', context.distro?.id, p.name, `${p.version}-${p.release}`, {
          arch: p.arch,
          distro: qualifier,
          epoch: p.epoch !== undefined && p.epoch !== 0 ? String(p.epoch) : undefined,
          upstream: p.sourceRpm
        })
      )
      newest.forEach((p, i) => {
        provider.set(p.name, purls[i] as string)
        for (const name of p.provides)
          if (!provider.has(name)) provider.set(name, purls[i] as string)
      })
      newest.forEach((p, i) => {
        const k = key(p)
        const deps = [
          ...new Set(
            p.requires
              .filter(r => !r.startsWith('rpmlib('))
              .map(r => provider.get(r))
              .filter((d): d is string => Boolean(d) && d !== purls[i])
          )
        ].sort()
        out.push({
          ecosystem: 'rpm',
          name: p.name,
          version: `${p.epoch ? `${p.epoch}:` : ''}${p.version}-${p.release}`,
          purl: purls[i] as string,
          licenses: p.license ? [p.license] : [],
          path,
          layer: introducedIn(parsed, r => r.has(k)),
          os: true,
          ...(deps.length > 0 ? { dependsOn: deps } : {}),
          ...(p.vendor ? { supplier: p.vendor } : {}),
          ...(p.sourceRpm ? { properties: [['sbom-sign-action:package:source', p.sourceRpm]] } : {})
        })
      })
    }
    return out
  }
}
