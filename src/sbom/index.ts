import { randomUUID } from 'node:crypto'
import { collectGarbage } from '../heap'
import type { Image } from '../oci/types'
import { catalogImage, type Catalog, type CatalogOptions } from './catalog'
import { toCycloneDx } from './cyclonedx'
import { imageIdentity } from './image'
import { toSpdx } from './spdx'
import { purlType } from './purl'
import { skippedParts } from './skipped'
import { summarisePackages, summaryMarkdown, type SbomSummary } from './summary'
import {
  CYCLONEDX_PREDICATE,
  SPDX_PREDICATE,
  sbomOfBytes,
  type Sbom,
  type SbomFormat
} from './types'

export { loadSbomFile, sbomFromPredicate } from './load'
export { BUILDX_SBOM_HINT, buildxSbom } from './buildx'
export { catalogImage } from './catalog'
export type { Catalog, CatalogedPackage, CatalogOptions } from './catalog'
export { CYCLONEDX_PREDICATE, SPDX_PREDICATE } from './types'
export type { Sbom, SbomFormat, SbomSummary } from './types'

export interface GenerateOptions extends CatalogOptions {
  format: SbomFormat
  /** The image as the user named it (registry/repository[:tag]); a digest suffix is dropped. */
  imageName: string
  /** Defaults to now; fixed values make the output byte-identical across runs. */
  timestamp?: Date
  serialNumber?: string
}

/** Catalogs the image's layers and writes the SBOM document. */
export async function generateSbom(image: Image, options: GenerateOptions): Promise<Sbom> {
  const catalog = await catalogImage(image, options)
  // Only the catalog is left of cataloging; the document is written on a clean heap.
  collectGarbage()
  const identity = imageIdentity(image, options.imageName)
  const stamp = {
    timestamp: options.timestamp ?? new Date(),
    serialNumber: options.serialNumber ?? `urn:uuid:${randomUUID()}`
  }
  const spdx = options.format === 'spdx-json'
  const bytes = spdx
    ? Buffer.from(toSpdx(catalog, identity, stamp), 'utf8')
    : toCycloneDx(catalog, identity, stamp)
  // The document is parsed only when asked for (to embed as a predicate): the CLI never needs it.
  return sbomOfBytes(
    {
      format: options.format,
      specVersion: spdx ? '2.3' : '1.6',
      predicateType: spdx ? SPDX_PREDICATE : CYCLONEDX_PREDICATE,
      summary: catalogSummary(catalog)
    },
    bytes
  )
}

/** The summary of what the document lists, taken from the catalog (sorted by purl). */
function catalogSummary(catalog: Catalog): SbomSummary {
  const list = catalog.packages.map(p => ({
    name: p.name,
    version: p.version,
    ecosystem: purlType(p.purl) ?? 'other',
    licenses: p.licenses
  }))
  const d = catalog.distro
  return summarisePackages(
    list,
    d && [d.id, d.versionId].filter(Boolean).join(' '),
    skippedParts(catalog)
  )
}

/** Markdown for the job summary: counts by ecosystem, top licenses, OS, and every package in a collapsible list. */
export function sbomSummaryMarkdown(sbom: Sbom): string {
  const format = `${sbom.format === 'spdx-json' ? 'SPDX' : 'CycloneDX'} ${sbom.specVersion}`
  return summaryMarkdown(sbom.summary, format)
}
