import { createHash } from 'node:crypto'
import type { Catalog } from './catalog'
import type { DocumentStamp } from './cyclonedx'
import type { ImageIdentity } from './image'
import { isSpdxId } from './licenses'
import { skippedParts } from './skipped'
import { INCOMPLETE_SPDX } from './summary'
import { TOOL } from './tool'

const NOASSERTION = 'NOASSERTION'

interface SpdxPackage {
  SPDXID: string
  name: string
  versionInfo?: string
  downloadLocation: string
  filesAnalyzed: false
  primaryPackagePurpose?: string
  supplier?: string
  licenseConcluded: string
  licenseDeclared: string
  copyrightText: string
  sourceInfo?: string
  comment?: string
  externalRefs?: { referenceCategory: string; referenceType: string; referenceLocator: string }[]
}

/** The catalog as SPDX 2.3 JSON: the image DESCRIBED, CONTAINS the OS and packages. */
export function toSpdx(catalog: Catalog, image: ImageIdentity, stamp: DocumentStamp): string {
  const purlRef = (locator: string) => [
    { referenceCategory: 'PACKAGE-MANAGER', referenceType: 'purl', referenceLocator: locator }
  ]
  const imageId = 'SPDXRef-Image'
  const packages: SpdxPackage[] = [
    {
      SPDXID: imageId,
      name: image.name,
      versionInfo: image.digest,
      downloadLocation: NOASSERTION,
      filesAnalyzed: false,
      primaryPackagePurpose: 'CONTAINER',
      licenseConcluded: NOASSERTION,
      licenseDeclared: NOASSERTION,
      copyrightText: NOASSERTION,
      externalRefs: purlRef(image.purl)
    }
  ]
  const relationships: {
    spdxElementId: string
    relationshipType: string
    relatedSpdxElement: string
  }[] = [
    {
      spdxElementId: 'SPDXRef-DOCUMENT',
      relationshipType: 'DESCRIBES',
      relatedSpdxElement: imageId
    }
  ]
  let osId: string | undefined
  if (catalog.distro) {
    osId = `SPDXRef-OperatingSystem-${sanitise(catalog.distro.id)}`
    packages.push({
      SPDXID: osId,
      name: catalog.distro.id,
      ...(catalog.distro.versionId ? { versionInfo: catalog.distro.versionId } : {}),
      downloadLocation: NOASSERTION,
      filesAnalyzed: false,
      primaryPackagePurpose: 'OPERATING-SYSTEM',
      licenseConcluded: NOASSERTION,
      licenseDeclared: NOASSERTION,
      copyrightText: NOASSERTION
    })
    relationships.push({
      spdxElementId: imageId,
      relationshipType: 'CONTAINS',
      relatedSpdxElement: osId
    })
  }
  const extracted = new Map<string, string>()
  const idOf = new Map<string, string>()
  const ids = catalog.packages.map(p => {
    const id = `SPDXRef-Package-${p.ecosystem}-${sanitise(p.name)}-${shortHash(`${p.purl}#${p.path}`)}`
    if (!idOf.has(p.purl)) idOf.set(p.purl, id)
    return id
  })
  catalog.packages.forEach((p, i) => {
    const id = ids[i] as string
    const layer = catalog.layers[p.layer]
    packages.push({
      SPDXID: id,
      name: p.name,
      versionInfo: p.version,
      downloadLocation: NOASSERTION,
      filesAnalyzed: false,
      primaryPackagePurpose: 'LIBRARY',
      supplier: p.supplier ? `Organization: ${p.supplier.replace(/\s+/g, ' ')}` : NOASSERTION,
      licenseConcluded: NOASSERTION,
      licenseDeclared: licenseExpression(p.licenses, extracted),
      copyrightText: NOASSERTION,
      sourceInfo: `found by ${p.cataloger} in /${p.path}`,
      ...(layer
        ? {
            comment: `layer ${layer.digest} (diffID ${layer.diffId})${layer.createdBy ? ` created by: ${layer.createdBy}` : ''}`
          }
        : {}),
      externalRefs: purlRef(p.purl)
    })
    relationships.push({
      spdxElementId: p.os && osId ? osId : imageId,
      relationshipType: 'CONTAINS',
      relatedSpdxElement: id
    })
    for (const dep of p.dependsOn ?? []) {
      const target = idOf.get(dep)
      if (target && target !== id)
        relationships.push({
          spdxElementId: id,
          relationshipType: 'DEPENDS_ON',
          relatedSpdxElement: target
        })
    }
  })
  const skipped = skippedParts(catalog)
  const document = {
    spdxVersion: 'SPDX-2.3',
    dataLicense: 'CC0-1.0',
    SPDXID: 'SPDXRef-DOCUMENT',
    name: image.name,
    documentNamespace: `https://${TOOL.vendor}/spdx/${encodeURIComponent(image.repository ?? image.name)}/${stamp.serialNumber.replace(/^urn:uuid:/, '')}`,
    creationInfo: {
      created: stamp.timestamp.toISOString().replace(/\.\d{3}Z$/, 'Z'),
      creators: [`Tool: ${TOOL.name}-${TOOL.version}`],
      // SPDX 2.3 has no completeness field: the creator's comment says what was left out.
      ...(skipped.length > 0 ? { comment: [INCOMPLETE_SPDX, ...skipped].join('\n') } : {})
    },
    documentDescribes: [imageId],
    packages,
    relationships,
    ...(extracted.size > 0
      ? {
          hasExtractedLicensingInfos: [...extracted].sort().map(([licenseId, name]) => ({
            licenseId,
            name,
            extractedText: name
          }))
        }
      : {})
  }
  return JSON.stringify(document)
}

/** SPDX ids joined with AND; other names become LicenseRef- ids listed in hasExtractedLicensingInfos. */
function licenseExpression(licenses: readonly string[], extracted: Map<string, string>): string {
  if (licenses.length === 0) return NOASSERTION
  const parts = licenses.map(license => {
    if (isSpdxId(license)) return license
    const ref = license.startsWith('LicenseRef-') ? license : `LicenseRef-${sanitise(license)}`
    extracted.set(
      ref,
      license.startsWith('LicenseRef-') ? license.slice('LicenseRef-'.length) : license
    )
    return ref
  })
  return parts.length === 1
    ? (parts[0] as string)
    : parts.map(p => (p.includes(' ') ? `(${p})` : p)).join(' AND ')
}

function sanitise(value: string): string {
  return value.replace(/[^A-Za-z0-9.-]+/g, '-').replace(/^-+|-+$/g, '') || 'x'
}

function shortHash(value: string): string {
  return createHash('sha256').update(value).digest('hex').slice(0, 12)
}
