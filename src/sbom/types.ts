import type { SbomFormat } from '../config'
import type { SbomSummary } from './summary'

export type { SbomFormat } from '../config'
export type { SbomSummary } from './summary'

export interface Sbom {
  format: SbomFormat
  /** CycloneDX `specVersion` (`1.6`) or SPDX version (`2.3`). */
  specVersion: string
  /** The parsed document. */
  document: Record<string, unknown>
  /** Canonical bytes written to disk / used as predicate. */
  bytes: Buffer
  /** in-toto predicate type: `https://cyclonedx.org/bom` or `https://spdx.dev/Document/v2.3`. */
  predicateType: string
  summary: SbomSummary
}
