import { PackageURL } from 'packageurl-js'

/** A purl string with qualifiers sorted and empty ones dropped (purl-spec canonical form). */
export function purl(
  type: string,
  namespace: string | undefined,
  name: string,
  version: string | undefined,
  qualifiers: Record<string, string | undefined> = {},
  subpath?: string
): string {
  const sorted: Record<string, string> = {}
  for (const key of Object.keys(qualifiers).sort()) {
    const value = qualifiers[key]
    if (value) sorted[key] = value
  }
  return new PackageURL(
    type,
    namespace || undefined,
    name,
    version || undefined,
    Object.keys(sorted).length > 0 ? sorted : undefined,
    subpath || undefined
  ).toString()
}

/** The purl type of a purl string, e.g. `deb`. */
export function purlType(value: string): string | undefined {
  const match = /^pkg:\/*([a-zA-Z][a-zA-Z0-9.+-]*)\//.exec(value)
  return match?.[1]?.toLowerCase()
}
