// Subpath imports keep the library's schema-file resources (and their __dirname) out of the bundle.
import * as Enums from '@cyclonedx/cyclonedx-library/Enums'
import * as Models from '@cyclonedx/cyclonedx-library/Models'
import * as Serialize from '@cyclonedx/cyclonedx-library/Serialize'
import * as Spec from '@cyclonedx/cyclonedx-library/Spec'
import { PackageURL } from 'packageurl-js'
import { releaseChunk } from '../oci/decompress'
import type { Catalog, CatalogedPackage } from './catalog'
import { compareCodePoints } from './compare'
import type { ImageIdentity } from './image'
import { isSpdxId } from './licenses'
import { skippedParts } from './skipped'
import { SKIPPED_PROPERTY } from './summary'
import { PROPERTY_PREFIX, TOOL } from './tool'

export interface DocumentStamp {
  timestamp: Date
  serialNumber: string
}

const normalizers = new Serialize.JSON.Normalize.Factory(Spec.Spec1dot6)
// Lists are written in an order fixed here (code-point order of bom-refs), not sorted by
// the library, whose locale-aware comparison could differ between ICU versions.
const NORMALIZE = { sortLists: false }

type Normalized = Serialize.JSON.Types.Normalized.Component

/**
 * The catalog as CycloneDX 1.6 JSON: image → OS → packages, with layer attribution as
 * properties. The library's models and normalizer write the document's head; packages,
 * thousands in a large image, are written one at a time straight in the library's
 * normalized shape, so no model of them (nor the garbage of building one) is ever held.
 */
export function toCycloneDx(catalog: Catalog, image: ImageIdentity, stamp: DocumentStamp): Buffer {
  const bom = new Models.Bom()
  bom.serialNumber = stamp.serialNumber
  bom.metadata.timestamp = stamp.timestamp
  bom.metadata.tools.components.add(
    new Models.Component(Enums.ComponentType.Application, TOOL.name, {
      version: TOOL.version,
      group: TOOL.vendor
    })
  )
  bom.metadata.component = new Models.Component(Enums.ComponentType.Container, image.name, {
    bomRef: image.purl,
    version: image.digest,
    purl: PackageURL.fromString(image.purl) as never
  })
  const skipped = skippedParts(catalog)
  for (const problem of skipped)
    bom.metadata.properties.add(new Models.Property(SKIPPED_PROPERTY, problem))
  // Everything but the two long lists, which are streamed below.
  const head = JSON.stringify({
    ...normalizers.makeForBom().normalize(bom, NORMALIZE),
    components: undefined,
    dependencies: undefined
  })

  const refs = bomRefs(catalog.packages)
  const order = catalog.packages
    .map((_, i) => i)
    .sort((a, b) => compareCodePoints(refs[a] as string, refs[b] as string))
  const graph = new Map<string, string[]>()
  const os = catalog.distro && osComponent(catalog.distro)
  const roots = os ? [os.bomRef.value as string] : []

  const out = new JsonWriter()
  out.write(`${head.slice(0, -1)},"components":[`)
  let first = true
  const writeComponent = (component: Normalized): void => {
    out.write(`${first ? '' : ','}${JSON.stringify(component)}`)
    first = false
  }
  if (os) writeComponent(normalizers.makeForComponent().normalize(os, NORMALIZE) as Normalized)
  const osPackages: string[] = []
  const byPurl = new Map<string, string>()
  for (const i of order) {
    const p = catalog.packages[i] as CatalogedPackage
    const ref = refs[i] as string
    writeComponent(packageComponent(p, ref, catalog))
    if (!byPurl.has(p.purl)) byPurl.set(p.purl, ref)
    if (p.os && os) osPackages.push(ref)
    else roots.push(ref)
  }
  for (const i of order) {
    const p = catalog.packages[i] as CatalogedPackage
    const ref = refs[i] as string
    const deps = (p.dependsOn ?? []).map(d => byPurl.get(d)).filter(d => d && d !== ref)
    graph.set(ref, deps as string[])
  }
  if (os) graph.set(os.bomRef.value as string, osPackages)
  graph.set(image.purl, roots)

  out.write('],"dependencies":[')
  first = true
  for (const ref of [...graph.keys()].sort(compareCodePoints)) {
    const dependsOn = [...new Set(graph.get(ref))].sort(compareCodePoints)
    out.write(
      `${first ? '' : ','}${JSON.stringify(dependsOn.length > 0 ? { ref, dependsOn } : { ref })}`
    )
    first = false
  }
  // Something was left out: the image's list of components is incomplete (CycloneDX 1.6
  // compositions), and the metadata's `skipped` properties say what.
  out.write(']')
  if (skipped.length > 0)
    out.write(
      `,"compositions":[${JSON.stringify({ aggregate: 'incomplete', assemblies: [image.purl] })}]`
    )
  out.write('}')
  return out.bytes()
}

function osComponent(d: NonNullable<Catalog['distro']>): Models.Component {
  return new Models.Component(Enums.ComponentType.OperatingSystem, d.id, {
    bomRef: `os:${d.id}${d.versionId ? `@${d.versionId}` : ''}`,
    ...(d.versionId ? { version: d.versionId } : {}),
    ...(d.prettyName ? { description: d.prettyName } : {})
  })
}

function packageComponent(p: CatalogedPackage, ref: string, catalog: Catalog): Normalized {
  const layer = catalog.layers[p.layer]
  const properties: [string, string | undefined][] = [
    [`${PROPERTY_PREFIX}:cataloger`, p.cataloger],
    [`${PROPERTY_PREFIX}:layer:createdBy`, layer?.createdBy],
    [`${PROPERTY_PREFIX}:layer:diffID`, layer?.diffId],
    [`${PROPERTY_PREFIX}:layer:digest`, layer?.digest],
    [`${PROPERTY_PREFIX}:path`, `/${p.path}`],
    ...(p.properties ?? [])
  ]
  // Keys in the order the library's own normalizer writes them.
  return {
    type: Enums.ComponentType.Library,
    name: p.name,
    version: p.version || undefined,
    'bom-ref': ref,
    supplier: p.supplier ? { name: p.supplier } : undefined,
    hashes: p.hashes?.length ? hashes(p.hashes) : undefined,
    licenses: p.licenses.length > 0 ? licenses(p.licenses) : undefined,
    purl: p.purl,
    properties: properties
      .filter((property): property is [string, string] => Boolean(property[1]))
      .map(([name, value]) => ({ name, value }))
  }
}

/**
 * Writes the document into blocks (no object per written piece, no copying as it
 * grows) and joins them once, freeing the blocks straight away.
 */
class JsonWriter {
  private static readonly BLOCK = 256 * 1024
  private readonly full: Buffer[] = []
  private block = Buffer.alloc(0)
  private used = 0
  write(text: string): void {
    const size = Buffer.byteLength(text)
    if (this.used + size > this.block.length) {
      if (this.used > 0) this.full.push(this.block.subarray(0, this.used))
      this.block = Buffer.allocUnsafeSlow(Math.max(JsonWriter.BLOCK, size))
      this.used = 0
    }
    this.used += this.block.write(text, this.used)
  }
  bytes(): Buffer {
    const parts = [...this.full, this.block.subarray(0, this.used)]
    const whole = Buffer.concat(parts)
    // Each part starts its block: free the whole block behind it.
    for (const part of parts) releaseChunk(Buffer.from(part.buffer))
    return whole
  }
}

/** bom-refs: the purl, or purl + path where one purl occurs at several paths. */
function bomRefs(packages: readonly CatalogedPackage[]): string[] {
  const count = new Map<string, number>()
  for (const p of packages) count.set(p.purl, (count.get(p.purl) ?? 0) + 1)
  return packages.map(p => ((count.get(p.purl) ?? 0) > 1 ? `${p.purl}#/${p.path}` : p.purl))
}

/** Hashes CycloneDX 1.6 takes (the library's normalizer drops the others). */
function hashes(list: NonNullable<CatalogedPackage['hashes']>): Normalized['hashes'] {
  const normalizer = normalizers.makeForHash()
  return list
    .map(h => normalizer.normalize([h.alg as Enums.HashAlgorithm, h.content], NORMALIZE))
    .filter(h => h !== undefined)
}

function licenses(names: readonly string[]): Serialize.JSON.Types.Normalized.License[] {
  const only = names.length === 1 ? (names[0] as string) : undefined
  if (only && / (AND|OR|WITH) /.test(only)) return [{ expression: only }]
  return names.map(name => (isSpdxId(name) ? { license: { id: name } } : { license: { name } }))
}
