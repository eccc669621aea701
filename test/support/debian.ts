/** What a Debian 12 image's /etc/os-release says (the SBOM's distro comes from it). */
export const OS_RELEASE =
  'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nID=debian\nVERSION_ID="12"\n'

/** A dpkg status entry; `source` is the Source: field (`name` or `name (version)`). */
export interface DebPackage {
  name: string
  version: string
  source?: string
}

/** A dpkg status database (/var/lib/dpkg/status) listing `packages` as installed. */
export function dpkgStatus(packages: DebPackage[], architecture = 'amd64'): string {
  return packages
    .map(
      p =>
        `Package: ${p.name}\nStatus: install ok installed\nPriority: optional\nArchitecture: ${architecture}\n` +
        `${p.source ? `Source: ${p.source}\n` : ''}Version: ${p.version}\nDescription: ${p.name}\n`
    )
    .join('\n')
}
