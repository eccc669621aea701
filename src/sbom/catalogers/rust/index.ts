import { purl } from '../../purl'
import { introducedIn, latest, type Cataloger, type FoundPackage } from '../types'
import { AuditScanner, type CargoPackage } from './audit'

const EXECUTABLE = 0o111

/** Rust executables built with cargo-auditable: every crate, with dependency edges. */
export const rustCataloger: Cataloger<CargoPackage[] | null> = {
  name: 'rust-audit',
  maxFileSize: Number.MAX_SAFE_INTEGER,
  wants: (_path, mode) => (mode & EXECUTABLE) !== 0,
  scan: (_path, size) => new AuditScanner(size),
  collect(files) {
    const out: FoundPackage[] = []
    for (const { path, versions } of files.all()) {
      const crates = latest(versions)
      if (!crates) continue
      const root = crates.find(c => c.root)
      const layer = introducedIn(versions, r => r?.find(c => c.root)?.name === root?.name)
      const purls = crates.map(c => purl('cargo', undefined, c.name, c.version))
      crates.forEach((c, i) => {
        const deps = c.dependencies
          .map(d => purls[d])
          .filter((d): d is string => Boolean(d) && d !== purls[i])
        out.push({
          ecosystem: 'cargo',
          name: c.name,
          version: c.version,
          purl: purls[i] as string,
          licenses: [],
          path,
          layer,
          os: false,
          ...(deps.length > 0 ? { dependsOn: [...new Set(deps)].sort() } : {}),
          properties: [
            ['sbom-sign-action:cargo:source', c.source],
            ...(c.kind === 'build'
              ? [['sbom-sign-action:cargo:kind', 'build'] as [string, string]]
              : [])
          ]
        })
      })
    }
    return out
  }
}
