import type { BuildxAttestation } from '../oci'
import { isSbomPredicate } from './classify'
import type { PlatformReport } from './report'

/** BuildKit's in-index attestations of a platform: present, reported, never trusted. */
export interface UnsignedAttestations {
  manifest: string
  predicateTypes: string[]
  signed: false
}

const SBOM_FAILURE = 'no valid SBOM attestation (CycloneDX or SPDX)'

/**
 * Adds what `docker buildx build --sbom --provenance` stored beside the platform to its
 * report. Nothing signs those statements, so they never satisfy a requirement; when a signed
 * SBOM is required and missing, the failure says that an unsigned one is there.
 */
export function reportBuildxAttestations(
  platform: PlatformReport,
  attestation: BuildxAttestation
): void {
  const predicateTypes = attestation.statements.map(s => s.predicateType)
  platform.buildx = { manifest: attestation.manifestDigest, predicateTypes, signed: false }
  if (!predicateTypes.some(isSbomPredicate)) return
  platform.failures = platform.failures.map(f =>
    f === SBOM_FAILURE
      ? `${f}; the BuildKit SBOM in the index (${attestation.manifestDigest}) is unsigned: ` +
        'sign it with "sbom: buildx" in sign mode'
      : f
  )
}
