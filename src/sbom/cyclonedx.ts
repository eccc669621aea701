// Subpath imports keep the library's schema-file resources (and their __dirname) out of the bundle.
import * as Enums from '@cyclonedx/cyclonedx-library/Enums'
import * as Models from '@cyclonedx/cyclonedx-library/Models'
import * as Serialize from '@cyclonedx/cyclonedx-library/Serialize'
import * as Spec from '@cyclonedx/cyclonedx-library/Spec'
import { PackageURL } from 'packageurl-js'
import type { Catalog, CatalogedPackage } from './catalog'
import type { ImageIdentity } from './image'
import { isSpdxId } from './licenses'
import { PROPERTY_PREFIX, TOOL } from './tool'

export interface DocumentStamp {
  timestamp: Date
  serialNumber: string
}

const serializer = new Serialize.JsonSerializer(
  new Serialize.JSON.Normalize.Factory(Spec.Spec1dot6)
)

/** The catalog as CycloneDX 1.6 JSON: image → OS → packages, with layer attribution as properties. */
export function toCycloneDx(catalog: Catalog, image: ImageIdentity, stamp: DocumentStamp): string {
  const bom = new Models.Bom()
  bom.serialNumber = stamp.serialNumber
  bom.metadata.timestamp = stamp.timestamp
  bom.metadata.tools.components.add(
    new Models.Component(Enums.ComponentType.Application, TOOL.name, {
      version: TOOL.version,
      group: TOOL.vendor
    })
  )
  const imageComponent = new Models.Component(Enums.ComponentType.Container, image.name, {
    bomRef: image.purl,
    version: image.digest,
    purl: PackageURL.fromString(image.purl) as never
  })
  bom.metadata.component = imageComponent

  let osComponent: Models.Component | undefined
  if (catalog.distro) {
    const d = catalog.distro
    osComponent = new Models.Component(Enums.ComponentType.OperatingSystem, d.id, {
      bomRef: `os:${d.id}${d.versionId ? `@${d.versionId}` : ''}`,
      ...(d.versionId ? { version: d.versionId } : {}),
      ...(d.prettyName ? { description: d.prettyName } : {})
    })
    bom.components.add(osComponent)
    imageComponent.dependencies.add(osComponent.bomRef)
  }

  const refs = bomRefs(catalog.packages)
  const byPurl = new Map<string, Models.BomRef>()
  const components: [CatalogedPackage, Models.Component][] = []
  catalog.packages.forEach((p, i) => {
    const component = new Models.Component(Enums.ComponentType.Library, p.name, {
      bomRef: refs[i] as string,
      version: p.version,
      purl: PackageURL.fromString(p.purl) as never,
      ...(p.supplier ? { supplier: new Models.OrganizationalEntity({ name: p.supplier }) } : {})
    })
    addLicenses(component, p.licenses)
    for (const h of p.hashes ?? []) component.hashes.set(h.alg as Enums.HashAlgorithm, h.content)
    const layer = catalog.layers[p.layer]
    const props: [string, string | undefined][] = [
      [`${PROPERTY_PREFIX}:cataloger`, p.cataloger],
      [`${PROPERTY_PREFIX}:path`, `/${p.path}`],
      [`${PROPERTY_PREFIX}:layer:digest`, layer?.digest],
      [`${PROPERTY_PREFIX}:layer:diffID`, layer?.diffId],
      [`${PROPERTY_PREFIX}:layer:createdBy`, layer?.createdBy],
      ...(p.properties ?? [])
    ]
    for (const [name, value] of props)
      if (value) component.properties.add(new Models.Property(name, value))
    bom.components.add(component)
    if (!byPurl.has(p.purl)) byPurl.set(p.purl, component.bomRef)
    components.push([p, component])
    if (p.os && osComponent) osComponent.dependencies.add(component.bomRef)
    else imageComponent.dependencies.add(component.bomRef)
  })
  for (const [p, component] of components) {
    for (const dep of p.dependsOn ?? []) {
      const ref = byPurl.get(dep)
      if (ref && ref !== component.bomRef) component.dependencies.add(ref)
    }
  }
  return serializer.serialize(bom, { sortLists: true })
}

/** bom-refs: the purl, or purl + path where one purl occurs at several paths. */
function bomRefs(packages: readonly CatalogedPackage[]): string[] {
  const count = new Map<string, number>()
  for (const p of packages) count.set(p.purl, (count.get(p.purl) ?? 0) + 1)
  return packages.map(p => ((count.get(p.purl) ?? 0) > 1 ? `${p.purl}#/${p.path}` : p.purl))
}

function addLicenses(component: Models.Component, licenses: readonly string[]): void {
  const expression = licenses.length === 1 && / (AND|OR|WITH) /.test(licenses[0] as string)
  if (expression) {
    component.licenses.add(new Models.LicenseExpression(licenses[0] as string))
    return
  }
  for (const license of licenses) {
    component.licenses.add(
      isSpdxId(license) ? new Models.SpdxLicense(license) : new Models.NamedLicense(license)
    )
  }
}
