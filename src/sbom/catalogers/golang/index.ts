import { purl } from '../../purl'
import { introducedIn, latest, type Cataloger, type FoundPackage } from '../types'
import type { GoBuildInfo, GoModule } from './buildinfo'
import { BuildInfoScanner } from './executable'

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
export const goCataloger: Cataloger<GoBuildInfo[]> = {
  name: 'go-binary',
  maxFileSize: Number.MAX_SAFE_INTEGER,
  wants: (_path, mode) => (mode & EXECUTABLE) !== 0,
  scan: (_path, size) => new BuildInfoScanner(size),
  collect(files) {
    const out: FoundPackage[] = []
    for (const { path, versions } of files.all()) {
      // One build info per image: a universal Mach-O has one per architecture.
      for (const info of latest(versions) ?? []) {
        const layer = introducedIn(versions, r =>
          r.some(i => i.main?.path === info.main?.path && i.goVersion === info.goVersion)
        )
        out.push(...packagesOf(info, { ecosystem: 'golang', licenses: [], path, layer, os: false }))
      }
    }
    return out
  }
}

/** The standard library, the dependency modules and the main module of one build. */
function packagesOf(
  info: GoBuildInfo,
  common: Omit<FoundPackage, 'name' | 'version' | 'purl'>
): FoundPackage[] {
  const stdVersion = info.goVersion.replace(/^go/, '').split(/[ +]/)[0] as string
  const stdlib: FoundPackage = {
    ...common,
    name: 'stdlib',
    version: `go${stdVersion}`,
    purl: purl('golang', undefined, 'stdlib', stdVersion)
  }
  const deps = info.deps.map(d => toPackage(d, common))
  if (!info.main?.path) return [stdlib, ...deps]
  const version =
    info.main.version && info.main.version !== '(devel)'
      ? info.main.version
      : (ldflagsVersion(info.settings['-ldflags']) ?? info.main.version)
  const main = toPackage({ ...info.main, version }, common)
  main.dependsOn = [stdlib.purl, ...deps.map(d => d.purl)]
  main.properties = [['sbom-sign-action:go:toolchain', info.goVersion]]
  return [stdlib, ...deps, main]
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
