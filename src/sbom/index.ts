import { randomUUID } from 'node:crypto'
import type { Image } from '../oci/types'
import { catalogImage, type CatalogOptions } from './catalog'
import { toCycloneDx } from './cyclonedx'
import { imageIdentity } from './image'
import { toSpdx } from './spdx'
import { summarise, summaryMarkdown } from './summary'
import type { Sbom, SbomFormat } from './types'

export { loadSbomFile } from './load'
export { catalogImage } from './catalog'
export type { Catalog, CatalogedPackage, CatalogOptions } from './catalog'
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
  const identity = imageIdentity(image, options.imageName)
  const stamp = {
    timestamp: options.timestamp ?? new Date(),
    serialNumber: options.serialNumber ?? `urn:uuid:${randomUUID()}`
  }
  const text =
    options.format === 'spdx-json'
      ? toSpdx(catalog, identity, stamp)
      : toCycloneDx(catalog, identity, stamp)
  const document = JSON.parse(text) as Record<string, unknown>
  return {
    format: options.format,
    document,
    bytes: Buffer.from(text, 'utf8'),
    predicateType:
      options.format === 'spdx-json'
        ? 'https://spdx.dev/Document/v2.3'
        : 'https://cyclonedx.org/bom',
    summary: summarise(document)
  }
}

/** Markdown for the job summary: counts by ecosystem, top licenses, OS, and every package in a collapsible list. */
export function sbomSummaryMarkdown(sbom: Sbom): string {
  const format =
    sbom.format === 'spdx-json'
      ? `SPDX ${String(sbom.document.spdxVersion ?? '').replace('SPDX-', '')}`
      : `CycloneDX ${String(sbom.document.specVersion ?? '')}`
  return summaryMarkdown(sbom.summary, format)
}
