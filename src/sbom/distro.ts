import type { FileReader, SquashedView } from './walk'

/** The image's operating system, from os-release (and Debian's debian_version). */
export interface Distro {
  /** os-release ID, e.g. `debian`, `alpine`, `rhel`. */
  id: string
  /** VERSION_ID, refined by debian_version on Debian (`12` → `12.5`) where present. */
  versionId?: string
  prettyName?: string
  codename?: string
}

const OS_RELEASE = ['etc/os-release', 'usr/lib/os-release']
const DEBIAN_VERSION = 'etc/debian_version'

type DistroFile = Record<string, string>

/** Reads os-release and debian_version; `collect` is separate because the view needs all layers first. */
export const distroReader: FileReader<DistroFile> = {
  name: 'os-release',
  maxFileSize: 64 * 1024,
  wants: path => path === DEBIAN_VERSION || OS_RELEASE.includes(path),
  parse(path, content) {
    const text = content.toString('utf8')
    if (path === DEBIAN_VERSION) return { DEBIAN_VERSION: text.trim() }
    return parseOsRelease(text)
  }
}

/** KEY=value lines with optional shell quoting (os-release(5)). */
export function parseOsRelease(text: string): Record<string, string> {
  const out: Record<string, string> = {}
  for (const raw of text.split('\n')) {
    const line = raw.trim()
    if (!line || line.startsWith('#')) continue
    const eq = line.indexOf('=')
    if (eq <= 0) continue
    let value = line.slice(eq + 1).trim()
    const quote = value[0]
    if ((quote === '"' || quote === "'") && value.endsWith(quote) && value.length >= 2) {
      value = value.slice(1, -1)
      if (quote === '"') value = value.replace(/\\(["\\$`])/g, '$1')
    }
    out[line.slice(0, eq)] = value
  }
  return out
}

export function detectDistro(view: SquashedView, reader: number): Distro | undefined {
  let fields: DistroFile | undefined
  for (const path of OS_RELEASE) {
    const versions = view.versions<DistroFile>(path, reader)
    fields = versions?.[versions.length - 1]?.result
    if (fields) break
  }
  if (!fields?.ID) return undefined
  const distro: Distro = {
    id: fields.ID.toLowerCase(),
    ...(fields.VERSION_ID ? { versionId: fields.VERSION_ID } : {}),
    ...(fields.PRETTY_NAME ? { prettyName: fields.PRETTY_NAME } : {}),
    ...(fields.VERSION_CODENAME ? { codename: fields.VERSION_CODENAME } : {})
  }
  if (distro.id === 'debian') {
    const dv = view.versions<DistroFile>(DEBIAN_VERSION, reader)
    const debianVersion = dv?.[dv.length - 1]?.result?.DEBIAN_VERSION
    // Point releases ("12.5") refine VERSION_ID ("12"); testing/sid write a codename instead.
    if (debianVersion && /^\d+(\.\d+)*$/.test(debianVersion)) {
      if (!distro.versionId || debianVersion.startsWith(`${distro.versionId}.`))
        distro.versionId = debianVersion
    }
  }
  return distro
}

/** The purl `distro` qualifier: `debian-12`, `alpine-3.20.3`. Major version for Debian, like syft. */
export function distroQualifier(distro: Distro | undefined): string | undefined {
  if (!distro) return undefined
  let version = distro.versionId ?? distro.codename
  if (distro.id === 'debian' && version) version = version.split('.')[0]
  return version ? `${distro.id}-${version}` : distro.id
}
