import { purl } from '../../purl'
import { introducedIn, latest, type Cataloger, type FoundPackage } from '../types'
import { BuildInfoScanner, type GoBuildInfo, type GoModule } from './buildinfo'

const EXECUTABLE = 0o111

/** A version set at link time: `-X main.version=1.2.3`, `-X example.com/app/internal/version.Version=v1.2.3`. */
function ldflagsVersion(ldflags: string | undefined): string | undefined {
  if (!ldflags) return undefined
  const match = /-X[ =]['"]?[^\s=]*\.(?:[vV]ersion|gitVersion|appVersion)=['"]?([^\s'"]+)/.exec(
    ldflags
  )
  return match?.[1]
}

/** Go executables: main module, dependency modules (after replaces) and the standard library, from build info. */
export const goCataloger: Cataloger<GoBuildInfo | null> = {
  name: 'go-binary',
  maxFileSize: Number.MAX_SAFE_INTEGER,
  wants: (_path, mode) => (mode & EXECUTABLE) !== 0,
  scan: () => new BuildInfoScanner(),
  collect(files) {
    const out: FoundPackage[] = []
    for (const { path, versions } of files.all()) {
      const info = latest(versions)
      if (!info) continue
      const layer = introducedIn(
        versions,
        r => r?.main?.path === info.main?.path && r?.goVersion === info.goVersion
      )
      const common = { ecosystem: 'golang' as const, licenses: [], path, layer, os: false }
      const stdVersion = info.goVersion.replace(/^go/, '').split(/[ +]/)[0] as string
      const stdlib: FoundPackage = {
        ...common,
        name: 'stdlib',
        version: `go${stdVersion}`,
        purl: purl('golang', undefined, 'stdlib', stdVersion)
      }
      const deps = info.deps.map(d => toPackage(d, common))
      out.push(stdlib, ...deps)
      if (info.main?.path) {
        const version =
          info.main.version && info.main.version !== '(devel)'
            ? info.main.version
            : (ldflagsVersion(info.settings['-ldflags']) ?? info.main.version)
        const main = toPackage({ ...info.main, version }, common)
        main.dependsOn = [stdlib.purl, ...deps.map(d => d.purl)]
        main.properties = [['sbom-sign-action:go:toolchain', info.goVersion]]
        out.push(main)
      }
    }
    return out
  }
}

function toPackage(
  module: GoModule,
  common: Omit<FoundPackage, 'name' | 'version' | 'purl'>
): FoundPackage {
  const replace = module.replace
  // A replace by a local directory (`=> ./lib (devel)`) has no module version: keep the required one.
  const local =
    !replace ||
    replace.path.startsWith('.') ||
    replace.path.startsWith('/') ||
    !replace.version ||
    replace.version === '(devel)'
  const effective = local ? module : (replace as GoModule)
  const hash = effective.sum?.startsWith('h1:')
    ? Buffer.from(effective.sum.slice(3), 'base64').toString('hex')
    : undefined
  const slash = effective.path.lastIndexOf('/')
  const replacedBy = replace
    ? replace.version && replace.version !== '(devel)'
      ? `${replace.path}@${replace.version}`
      : replace.path
    : undefined
  return {
    ...common,
    name: effective.path,
    version: effective.version,
    purl: purl(
      'golang',
      slash > 0 ? effective.path.slice(0, slash) : undefined,
      slash > 0 ? effective.path.slice(slash + 1) : effective.path,
      effective.version
    ),
    ...(hash && hash.length === 64 ? { hashes: [{ alg: 'SHA-256' as const, content: hash }] } : {}),
    ...(replacedBy ? { properties: [['sbom-sign-action:go:replacedBy', replacedBy]] } : {})
  }
}
