import { PackageURL } from 'packageurl-js'
import { ActionError } from '../errors'
import { isJsonObject } from '../json'

/** One package an SBOM lists, as `find` compares it. */
export interface ListedPackage {
  name: string
  version?: string
  purl?: string
  /** The purl's parts, when it has a valid one. */
  type?: string
  namespace?: string
  purlName?: string
  qualifiers: Record<string, string>
  /**
   * The distro source package it was built from (Debian `Source:`, Alpine `origin`), with its
   * version when that differs from the package's.
   */
  source?: { name: string; version?: string }
  /** Where in the image it was found, when the SBOM says. */
  location?: string
}

/** The property our CycloneDX writes the source package into (`name` or `name@version`). */
const SOURCE_PROPERTY = 'sbom-sign-action:package:source'
const PATH_PROPERTY = 'sbom-sign-action:path'
/** syft's first location; other generators' locations are read from CycloneDX evidence. */
const SYFT_PATH_PROPERTY = 'syft:location:0:path'
/** purl types whose `upstream` qualifier / source property names a source package. */
const SOURCE_TYPES = new Set(['deb', 'apk'])

/** Budgets: an attested SBOM is already bounded in bytes; these bound the walk over it. */
const MAX_PACKAGES = 1_000_000
const MAX_DEPTH = 32

const tooLarge = (why: string) =>
  new ActionError('SBOM_INVALID', `the SBOM ${why}`, {
    hint: 'An SBOM this large is not one of an image; check what was attested'
  })

/** The packages of a CycloneDX or SPDX JSON document (the OS and image entries left out). */
export function sbomPackages(document: unknown): ListedPackage[] {
  const doc = isJsonObject(document) ? document : {}
  const packages: ListedPackage[] = []
  if (doc.bomFormat === 'CycloneDX') collectCycloneDx(doc.components, packages, 0)
  else if (typeof doc.spdxVersion === 'string') collectSpdx(doc.packages, packages)
  else throw new ActionError('SBOM_INVALID', 'the SBOM is neither CycloneDX nor SPDX JSON')
  return packages
}

function collectCycloneDx(components: unknown, into: ListedPackage[], depth: number): void {
  if (!Array.isArray(components)) return
  if (depth > MAX_DEPTH) throw tooLarge(`nests components deeper than ${MAX_DEPTH}`)
  for (const component of components) {
    if (!isJsonObject(component) || typeof component.name !== 'string') continue
    if (component.type !== 'operating-system' && component.type !== 'container') {
      const properties = new Map<string, string>()
      if (Array.isArray(component.properties))
        for (const p of component.properties)
          if (isJsonObject(p) && typeof p.name === 'string' && typeof p.value === 'string')
            if (!properties.has(p.name)) properties.set(p.name, p.value)
      add(into, {
        name: component.name,
        version: stringOr(component.version),
        purl: stringOr(component.purl),
        source: properties.get(SOURCE_PROPERTY),
        location:
          properties.get(PATH_PROPERTY) ??
          properties.get(SYFT_PATH_PROPERTY) ??
          evidenceLocation(component.evidence)
      })
    }
    collectCycloneDx(component.components, into, depth + 1)
  }
}

function evidenceLocation(evidence: unknown): string | undefined {
  const occurrences = isJsonObject(evidence) ? evidence.occurrences : undefined
  const first: unknown = Array.isArray(occurrences) ? occurrences[0] : undefined
  return isJsonObject(first) ? stringOr(first.location) : undefined
}

function collectSpdx(list: unknown, into: ListedPackage[]): void {
  if (!Array.isArray(list)) return
  for (const pkg of list) {
    if (!isJsonObject(pkg) || typeof pkg.name !== 'string') continue
    const purpose = pkg.primaryPackagePurpose
    if (purpose === 'OPERATING-SYSTEM' || purpose === 'CONTAINER') continue
    const refs = Array.isArray(pkg.externalRefs) ? pkg.externalRefs : []
    const purlRef: unknown = refs.find(r => isJsonObject(r) && r.referenceType === 'purl')
    const sourceInfo = stringOr(pkg.sourceInfo)
    add(into, {
      name: pkg.name,
      version: stringOr(pkg.versionInfo),
      purl: isJsonObject(purlRef) ? stringOr(purlRef.referenceLocator) : undefined,
      // Ours and syft's say "… in /path" / "…: /path".
      location: sourceInfo ? /(?:in|:) (\/\S+)$/.exec(sourceInfo)?.[1] : undefined
    })
  }
}

function add(
  into: ListedPackage[],
  found: { name: string; version?: string; purl?: string; source?: string; location?: string }
): void {
  if (into.length >= MAX_PACKAGES) throw tooLarge(`lists more than ${MAX_PACKAGES} packages`)
  const listed: ListedPackage = { name: found.name, qualifiers: {} }
  if (found.version) listed.version = found.version
  if (found.location) listed.location = found.location
  const purl = found.purl ? parsePurl(found.purl) : undefined
  if (found.purl && purl) {
    listed.purl = found.purl
    listed.type = purl.type
    if (purl.namespace) listed.namespace = purl.namespace
    listed.purlName = purl.name
    listed.qualifiers = { ...(purl.qualifiers ?? {}) }
  }
  const source =
    listed.type && SOURCE_TYPES.has(listed.type)
      ? (found.source ?? listed.qualifiers.upstream)
      : undefined
  if (source) {
    const at = source.indexOf('@')
    const name = at === -1 ? source : source.slice(0, at)
    if (name) listed.source = at === -1 ? { name } : { name, version: source.slice(at + 1) }
  }
  into.push(listed)
}

/** An invalid purl in an SBOM leaves the package to be found by name only. */
function parsePurl(text: string): PackageURL | undefined {
  try {
    return PackageURL.fromString(text)
  } catch {
    return undefined
  }
}

function stringOr(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined
}
