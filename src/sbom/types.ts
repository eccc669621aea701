import type { SbomFormat } from '../config'
import type { SbomSummary } from './summary'

export type { SbomFormat } from '../config'
export type { SbomSummary } from './summary'

/** in-toto predicate types of SBOM attestations. */
export const CYCLONEDX_PREDICATE = 'https://cyclonedx.org/bom'
/**
 * SPDX without a version, as `cosign attest --type spdxjson` and BuildKit write it and as
 * `cosign verify-attestation --type spdxjson` asks for it; the document's `spdxVersion` says
 * which SPDX it is. actions/attest-sbom's `…/Document/v2.3` is still accepted when verifying.
 */
export const SPDX_PREDICATE = 'https://spdx.dev/Document'

export interface Sbom {
  format: SbomFormat
  /** CycloneDX `specVersion` (`1.6`) or SPDX version (`2.3`). */
  specVersion: string
  /** The parsed document. */
  document: Record<string, unknown>
  /** Canonical bytes written to disk / used as predicate. */
  bytes: Buffer
  /** in-toto predicate type: CYCLONEDX_PREDICATE or SPDX_PREDICATE. */
  predicateType: string
  summary: SbomSummary
}

/** What an SBOM is besides its bytes and document. */
export type SbomFields = Pick<Sbom, 'format' | 'specVersion' | 'predicateType' | 'summary'>

/**
 * An SBOM of `bytes` whose document is parsed only when asked for (a predicate to embed, a
 * vulnerability scan), from the bytes as they are then: the sign steps may swap them for an
 * equal view.
 */
export function sbomOfBytes(fields: SbomFields, bytes: Buffer): Sbom {
  let document: Record<string, unknown> | undefined
  const sbom: Sbom = {
    ...fields,
    bytes,
    get document() {
      return (document ??= JSON.parse(sbom.bytes.toString('utf8')) as Record<string, unknown>)
    }
  }
  return sbom
}
