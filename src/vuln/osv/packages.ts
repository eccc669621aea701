import { PackageURL } from 'packageurl-js'
import { isJsonObject, type JsonObject } from '../../json'
import type { Sbom } from '../../sbom/types'
import { PROPERTY_PREFIX } from '../../sbom/tool'
import type { ScanPackage, UnscannedPackage } from '../types'
import { schemeForEcosystem } from '../versions'
import { NotScannable, osvPackageOf, parseSource, type SourcePackage } from './ecosystems'

/**
 * The packages of an SBOM as OSV looks them up: CycloneDX components (nested ones too)
 * and SPDX packages with a purl, as this tool, syft, trivy and BuildKit write them.
 * What cannot be looked up is listed with the reason, never dropped.
 */
export function packagesOf(sbom: Sbom): { packages: ScanPackage[]; unscanned: UnscannedPackage[] } {
  const entries =
    sbom.format === 'spdx-json' ? spdxEntries(sbom.document) : cyclonedxEntries(sbom.document)
  const packages: ScanPackage[] = []
  const unscanned: UnscannedPackage[] = []
  const seen = new Set<string>()
  for (const entry of entries) {
    const key = `${entry.purl ?? entry.name}\n${entry.location ?? ''}`
    if (seen.has(key)) continue
    seen.add(key)
    const result = toScanPackage(entry)
    if ('why' in result) unscanned.push(result)
    else packages.push(result)
  }
  return { packages, unscanned }
}

/** One package as an SBOM describes it, before it is mapped to OSV. */
interface Entry {
  name: string
  version: string
  purl?: string
  ref?: string
  location?: string
  source?: SourcePackage
  /** The distribution package that installed it (this tool's `package:ownedBy`). */
  ownedBy?: string
}

function toScanPackage(entry: Entry): ScanPackage | UnscannedPackage {
  const base = {
    name: entry.name,
    version: entry.version,
    ...(entry.purl ? { purl: entry.purl } : {})
  }
  if (!entry.purl) return { ...base, why: 'no purl' }
  if (entry.ownedBy)
    // A library a distribution package installed carries the distribution's backported
    // fixes; its advisories are the distribution's, matched through that package.
    return {
      ...base,
      why: `installed by ${entry.ownedBy}, which is matched against its distribution's advisories`
    }
  let parsed: PackageURL
  try {
    parsed = PackageURL.fromString(entry.purl)
  } catch (error) {
    return { ...base, why: `invalid purl: ${(error as Error).message}` }
  }
  try {
    const osv = osvPackageOf(parsed, entry.source)
    if (!schemeForEcosystem(osv.ecosystem))
      return { ...base, why: `versions of the ${osv.ecosystem} ecosystem are not compared yet` }
    return {
      purl: entry.purl,
      name: displayName(parsed, entry.name),
      version: parsed.version ?? entry.version,
      osv,
      ...(entry.ref ? { ref: entry.ref } : {}),
      ...(entry.location ? { location: entry.location } : {})
    }
  } catch (error) {
    if (error instanceof NotScannable) return { ...base, why: error.message }
    throw error
  }
}

function displayName(purl: PackageURL, fallback: string): string {
  if (purl.type === 'maven' && purl.namespace) return `${purl.namespace}/${purl.name}`
  if ((purl.type === 'npm' || purl.type === 'composer') && purl.namespace)
    return `${purl.namespace}/${purl.name}`
  return purl.name || fallback
}

/** Component types that are not packages: the image, its OS, files. */
const NOT_PACKAGES = new Set(['operating-system', 'container', 'file', 'device', 'firmware'])
/** purl types of images, not packages (the SBOM's subject). */
const SUBJECT_PURLS = /^pkg:(oci|docker)\//i
/** purl types of distribution packages. */
const DISTRO_PURLS = /^pkg:(deb|rpm|apk)\//i

function* cyclonedxEntries(document: JsonObject): Generator<Entry> {
  const stack: unknown[] = [...asArray(document.components)].reverse()
  while (stack.length > 0) {
    const component = stack.pop()
    if (!isJsonObject(component)) continue
    stack.push(...[...asArray(component.components)].reverse())
    const type = typeof component.type === 'string' ? component.type : ''
    const purl = typeof component.purl === 'string' ? component.purl : undefined
    if (NOT_PACKAGES.has(type) || (purl && SUBJECT_PURLS.test(purl))) continue
    const properties = new Map<string, string>()
    for (const property of asArray(component.properties))
      if (
        isJsonObject(property) &&
        typeof property.name === 'string' &&
        typeof property.value === 'string'
      )
        properties.set(property.name, property.value)
    yield {
      name: String(component.name ?? ''),
      version: String(component.version ?? ''),
      ...(purl ? { purl } : {}),
      ...(typeof component['bom-ref'] === 'string' ? { ref: component['bom-ref'] } : {}),
      ...optional('location', cyclonedxLocation(properties)),
      ...optional('source', cyclonedxSource(purl, properties)),
      ...optional('ownedBy', properties.get(`${PROPERTY_PREFIX}:package:ownedBy`))
    }
  }
}

function cyclonedxLocation(properties: Map<string, string>): string | undefined {
  const path = properties.get(`${PROPERTY_PREFIX}:path`) ?? properties.get('syft:location:0:path')
  const nested = properties.get(`${PROPERTY_PREFIX}:java:nestedPath`)
  return path && nested ? `${path}!/${nested}` : path
}

/**
 * The source package: the purl's `upstream` (this tool, syft), this tool's property, or
 * trivy's SrcName/SrcVersion/SrcRelease/SrcEpoch properties.
 */
function cyclonedxSource(
  purl: string | undefined,
  properties: Map<string, string>
): SourcePackage | undefined {
  const fromPurl = purlSource(purl)
  if (fromPurl) return fromPurl
  const own = parseSource(properties.get(`${PROPERTY_PREFIX}:package:source`))
  if (own) return own
  const name = properties.get('aquasecurity:trivy:SrcName')
  if (!name) return undefined
  const version = properties.get('aquasecurity:trivy:SrcVersion')
  const release = properties.get('aquasecurity:trivy:SrcRelease')
  const epoch = properties.get('aquasecurity:trivy:SrcEpoch')
  if (!version) return { name }
  const full = `${epoch && epoch !== '0' ? `${epoch}:` : ''}${version}${release ? `-${release}` : ''}`
  return { name, version: full }
}

function purlSource(purl: string | undefined): SourcePackage | undefined {
  if (!purl || !/^pkg:(deb|apk)\//i.test(purl)) return undefined
  try {
    return parseSource(PackageURL.fromString(purl).qualifiers?.upstream)
  } catch {
    return undefined
  }
}

function* spdxEntries(document: JsonObject): Generator<Entry> {
  const roots = new Set(asArray(document.documentDescribes).filter(x => typeof x === 'string'))
  const purls = new Map<string, string>()
  for (const pkg of asArray(document.packages).filter(isJsonObject))
    if (typeof pkg.SPDXID === 'string') {
      const purl = spdxPurl(pkg)
      if (purl) purls.set(pkg.SPDXID, purl)
    }
  const owners = spdxOwners(document, purls)
  for (const pkg of asArray(document.packages)) {
    if (!isJsonObject(pkg)) continue
    const id = typeof pkg.SPDXID === 'string' ? pkg.SPDXID : undefined
    const purl = spdxPurl(pkg)
    if ((id && roots.has(id)) || (purl && SUBJECT_PURLS.test(purl))) continue
    if (
      pkg.primaryPackagePurpose === 'OPERATING-SYSTEM' ||
      pkg.primaryPackagePurpose === 'CONTAINER'
    )
      continue
    const found =
      typeof pkg.sourceInfo === 'string' ? /^found by \S+ in (\/.*)$/.exec(pkg.sourceInfo) : null
    yield {
      name: String(pkg.name ?? ''),
      version: String(pkg.versionInfo ?? ''),
      ...(purl ? { purl } : {}),
      ...(id ? { ref: id } : {}),
      ...optional('location', found?.[1]),
      ...optional('source', purlSource(purl) ?? spdxSource(pkg.sourceInfo)),
      ...optional('ownedBy', id ? owners.get(id) : undefined)
    }
  }
}

function spdxPurl(pkg: JsonObject): string | undefined {
  return asArray(pkg.externalRefs)
    .filter(isJsonObject)
    .find(r => r.referenceType === 'purl' && typeof r.referenceLocator === 'string')
    ?.referenceLocator as string | undefined
}

/**
 * Language packages a distribution package installed: this tool writes the distribution
 * package DEPENDS_ON them, syft an OTHER relationship commented "ownership-by-file-overlap".
 */
function spdxOwners(document: JsonObject, purls: Map<string, string>): Map<string, string> {
  const owners = new Map<string, string>()
  for (const r of asArray(document.relationships).filter(isJsonObject)) {
    const from = typeof r.spdxElementId === 'string' ? purls.get(r.spdxElementId) : undefined
    const to = typeof r.relatedSpdxElement === 'string' ? r.relatedSpdxElement : undefined
    const toPurl = to ? purls.get(to) : undefined
    if (!from || !to || !toPurl || !DISTRO_PURLS.test(from) || DISTRO_PURLS.test(toPurl)) continue
    const owns =
      r.relationshipType === 'DEPENDS_ON' ||
      (r.relationshipType === 'OTHER' &&
        typeof r.comment === 'string' &&
        r.comment.startsWith('ownership-by-file-overlap'))
    if (owns && !owners.has(to)) owners.set(to, from)
  }
  return owners
}

/** trivy's SPDX: `sourceInfo: "built package from: glibc 2.36-9+deb12u4"`. */
function spdxSource(sourceInfo: unknown): SourcePackage | undefined {
  if (typeof sourceInfo !== 'string') return undefined
  const match = /^built package from: (\S+)(?: (\S+))?$/.exec(sourceInfo.trim())
  if (!match) return undefined
  return { name: match[1] as string, ...(match[2] ? { version: match[2] } : {}) }
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : []
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V }
}
