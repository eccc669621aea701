import { distroQualifier } from '../../distro'
import { purl } from '../../purl'
import { introducedIn, type Cataloger, type FileVersion, type FoundPackage } from '../types'
import { bdbValues } from './bdb'
import { parseHeader, type RpmPackage } from './header'
import { ndbBlobs } from './ndb'
import { sqliteBlobs } from './sqlite'

/** BDB and NDB are parsed as the layer streams; SQLite needs the async engine, so its bytes wait for collect. */
type RpmFile = { kind: 'packages'; packages: RpmPackage[] } | { kind: 'sqlite'; bytes: Buffer }

const DB = /(?:^|\/)(?:var\/lib|usr\/lib\/sysimage)\/rpm\/(Packages|Packages\.db|rpmdb\.sqlite)$/

const key = (p: RpmPackage): string =>
  `${p.name}\u0000${p.epoch ?? ''}\u0000${p.version}\u0000${p.release}\u0000${p.arch}`

function headers(blobs: Buffer[]): RpmPackage[] {
  return blobs
    .map(parseHeader)
    .filter((p): p is RpmPackage => p !== null && p.name !== 'gpg-pubkey')
}

/** RPM packages from rpmdb.sqlite, the BerkeleyDB `Packages` and the NDB `Packages.db`. */
export const rpmCataloger: Cataloger<RpmFile> = {
  name: 'rpm',
  maxFileSize: 256 * 1024 * 1024,
  wants: path => DB.test(path),
  parse(path, content) {
    const file = path.slice(path.lastIndexOf('/') + 1)
    if (file === 'rpmdb.sqlite') return { kind: 'sqlite', bytes: content }
    return {
      kind: 'packages',
      packages: headers(file === 'Packages.db' ? ndbBlobs(content) : bdbValues(content))
    }
  },
  async collect(files, context) {
    const out: FoundPackage[] = []
    const qualifier = distroQualifier(context.distro)
    for (const { path, versions } of files.all()) {
      // Each version as a set of package keys, for attribution; SQLite ones are read now.
      const parsed: FileVersion<Set<string>>[] = []
      let newest: RpmPackage[] = []
      for (const v of versions) {
        let packages: RpmPackage[] | undefined
        if (v.result?.kind === 'packages') packages = v.result.packages
        else if (v.result?.kind === 'sqlite') {
          try {
            packages = headers(await sqliteBlobs(v.result.bytes))
          } catch (error) {
            context.warn(path, `layer ${v.layer + 1}: ${(error as Error).message}`)
          }
        }
        parsed.push({ layer: v.layer, result: packages ? new Set(packages.map(key)) : undefined })
        if (v === versions[versions.length - 1]) newest = packages ?? []
      }
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
