import { isJsonObject } from '../json'
import type { Candidate, FindingKind } from './evaluate'
import {
  COSIGN_SIGN_PREDICATE,
  SIMPLE_SIGNING_TYPE,
  subjectPlatform,
  type Statement
} from './statement'
import type { VerifiedBundle } from './verify-bundle'

/**
 * What a verified bundle is (a signature, an SBOM, provenance, another attestation) and
 * whether its content counts: a bundle can verify and still say nothing about this image.
 */
export function classify(
  digest: string,
  candidate: Candidate,
  result: VerifiedBundle
): { kind: FindingKind; predicateType?: string; problem?: string } {
  if (candidate.simpleSigningPayload) {
    const problem = simpleSigningProblem(candidate.simpleSigningPayload, digest)
    return { kind: 'signature', problem }
  }
  if (result.payload === undefined) return { kind: 'signature' }
  const statement = result.statement
  if (!statement)
    return { kind: 'attestation', problem: 'the DSSE payload is not an in-toto statement' }
  const predicateType = statement.predicateType
  if (predicateType === COSIGN_SIGN_PREDICATE) return { kind: 'signature', predicateType }
  if (isSbomPredicate(predicateType)) {
    const describes = subjectPlatform(statement, digest)
    const problem =
      describes && candidate.platform && describes !== candidate.platform
        ? `the index's SBOM of ${describes}, not of ${candidate.platform}`
        : sbomProblem(statement)
    return { kind: 'sbom', predicateType, problem }
  }
  if (/^https:\/\/slsa\.dev\/provenance\/v\d/.test(predicateType)) {
    const predicate = statement.predicate
    const ok =
      isJsonObject(predicate) &&
      (isJsonObject(predicate.buildDefinition) || isJsonObject(predicate.builder))
    return {
      kind: 'provenance',
      predicateType,
      problem: ok ? undefined : 'the provenance predicate has no buildDefinition'
    }
  }
  return { kind: 'attestation', predicateType }
}

export function isSbomPredicate(predicateType: string): boolean {
  return (
    predicateType === 'https://cyclonedx.org/bom' ||
    predicateType.startsWith('https://cyclonedx.org/bom/') ||
    predicateType === 'https://spdx.dev/Document' ||
    predicateType.startsWith('https://spdx.dev/Document/')
  )
}

/** An SBOM attestation counts only when its predicate is a parseable CycloneDX or SPDX document. */
function sbomProblem(statement: Statement): string | undefined {
  const predicate = statement.predicate
  if (!isJsonObject(predicate)) return 'the SBOM predicate is not a JSON object'
  if (statement.predicateType.startsWith('https://cyclonedx.org/bom')) {
    if (predicate.bomFormat !== 'CycloneDX' || typeof predicate.specVersion !== 'string')
      return 'the SBOM predicate is not a CycloneDX document (bomFormat/specVersion)'
    if (predicate.components !== undefined && !Array.isArray(predicate.components))
      return 'the CycloneDX components field is not a list'
    return undefined
  }
  if (typeof predicate.spdxVersion !== 'string' || !predicate.spdxVersion.startsWith('SPDX-'))
    return 'the SBOM predicate is not an SPDX document (spdxVersion)'
  if (typeof predicate.SPDXID !== 'string') return 'the SPDX document has no SPDXID'
  if (predicate.packages !== undefined && !Array.isArray(predicate.packages))
    return 'the SPDX packages field is not a list'
  return undefined
}

function simpleSigningProblem(payload: Buffer, digest: string): string | undefined {
  let json: unknown
  try {
    json = JSON.parse(payload.toString('utf8'))
  } catch {
    return 'the simple-signing payload is not JSON'
  }
  const critical = isJsonObject(json) ? json.critical : undefined
  const image = isJsonObject(critical) ? critical.image : undefined
  const type = isJsonObject(critical) ? critical.type : undefined
  if (type !== SIMPLE_SIGNING_TYPE) return 'the payload is not a cosign container image signature'
  const signed = isJsonObject(image) ? image['docker-manifest-digest'] : undefined
  if (signed !== digest)
    return `the signature is for ${String(signed)}, not for this image (${digest})`
  return undefined
}
