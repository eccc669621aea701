import { PackageURL } from 'packageurl-js'

/**
 * Text as it can be encoded: lone UTF-16 surrogates (JSON can carry them) become
 * U+FFFD, as Go's encoding/json makes them when syft and trivy decode the same file.
 */
export const wellFormed = (text: string): string => text.toWellFormed()

/**
 * What `purl` returns for components no purl can carry, such as a name that is empty
 * or only whitespace: catalogImage skips that one package with a warning naming its
 * file, and drops dependency edges to it. A throw would lose the whole cataloger.
 */
export const NO_PURL = ''

/**
 * A purl string with qualifiers sorted and empty ones dropped (purl-spec canonical
 * form), or NO_PURL. Invalid text is made well-formed first: percent-encoding would
 * throw on it.
 */
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
    if (value) sorted[key] = wellFormed(value)
  }
  try {
    return new PackageURL(
      type,
      namespace ? wellFormed(namespace) : undefined,
      wellFormed(name),
      version ? wellFormed(version) : undefined,
      Object.keys(sorted).length > 0 ? sorted : undefined,
      subpath ? wellFormed(subpath) : undefined
    ).toString()
  } catch {
    return NO_PURL
  }
}

/** The purl type of a purl string, e.g. `deb`. */
export function purlType(value: string): string | undefined {
  const match = /^pkg:\/*([a-zA-Z][a-zA-Z0-9.+-]*)\//.exec(value)
  return match?.[1]?.toLowerCase()
}
