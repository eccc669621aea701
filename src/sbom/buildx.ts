import { ActionError } from '../errors'
import type { BuildxAttestation, Reference, RegistryClient } from '../oci'
// The statement parser only: the verify capability's index would load all of Sigstore.
import { parseStatement, IN_TOTO_PAYLOAD_TYPE } from '../verify/statement'
import { summarise } from './summary'
import { CYCLONEDX_PREDICATE, SPDX_PREDICATE, type Sbom } from './types'

/** What to do when an image has no usable BuildKit SBOM. */
export const BUILDX_SBOM_HINT =
  'Build with "docker buildx build --sbom=true" (docker/build-push-action: "sbom: true") and ' +
  'push the index, or set "sbom: generate" to make the SBOM here'

/**
 * The SBOM BuildKit stored for one platform (`--sbom=true`): the SPDX (or CycloneDX) statement
 * layer of its attestation manifest, read by digest and size, bound to the platform manifest by
 * the statement's subject. Its predicate becomes the SBOM that is signed, unchanged.
 */
export async function buildxSbom(
  client: RegistryClient,
  ref: Reference,
  attestation: BuildxAttestation,
  where: string,
  maxBytes: number
): Promise<Sbom> {
  const fail = (why: string) =>
    new ActionError('SBOM_INVALID', `the BuildKit SBOM of ${where} ${why}`, {
      hint: BUILDX_SBOM_HINT
    })
  const found =
    attestation.statements.find(s => isSpdx(s.predicateType)) ??
    attestation.statements.find(s => s.predicateType === CYCLONEDX_PREDICATE)
  if (!found)
    throw new ActionError(
      'SBOM_INVALID',
      `${where} has BuildKit attestations (${attestation.manifestDigest}) but no SBOM among them ` +
        `(${attestation.statements.map(s => s.predicateType).join(', ') || 'no statements'})`,
      { hint: BUILDX_SBOM_HINT }
    )
  const { layer } = found
  if (layer.size > maxBytes)
    throw fail(`is ${layer.size} bytes, over "max-predicate-size" (${maxBytes})`)
  const chunks: Buffer[] = []
  for await (const chunk of await client.blobStream(ref, layer.digest, layer.size))
    chunks.push(chunk as Buffer)
  const statement = parseStatement(IN_TOTO_PAYLOAD_TYPE, Buffer.concat(chunks))
  if (!statement) throw fail(`(layer ${layer.digest}) is not an in-toto statement`)
  if (statement.predicateType !== found.predicateType)
    throw fail(`says ${statement.predicateType}, its layer ${found.predicateType}`)
  const hex = attestation.describes.replace(/^sha256:/, '')
  if (!statement.subject.some(s => s.digest.sha256 === hex))
    throw fail(`is not about ${attestation.describes} (its subjects name other digests)`)
  const predicate = statement.predicate
  if (!predicate || typeof predicate !== 'object' || Array.isArray(predicate))
    throw fail('has no SBOM document as predicate')
  const document = predicate as Record<string, unknown>
  const spdx = isSpdx(statement.predicateType)
  if (spdx) {
    const version = document.spdxVersion
    if (typeof version !== 'string' || !/^SPDX-2\.\d+$/.test(version) || !document.SPDXID)
      throw fail('is not an SPDX 2 document (spdxVersion, SPDXID)')
  } else if (document.bomFormat !== 'CycloneDX' || typeof document.specVersion !== 'string')
    throw fail('is not a CycloneDX document (bomFormat, specVersion)')
  return {
    format: spdx ? 'spdx-json' : 'cyclonedx-json',
    specVersion: spdx ? String(document.spdxVersion).slice(5) : String(document.specVersion),
    document,
    bytes: Buffer.from(JSON.stringify(document)),
    predicateType: spdx ? SPDX_PREDICATE : CYCLONEDX_PREDICATE,
    summary: summarise(document)
  }
}

function isSpdx(predicateType: string): boolean {
  return predicateType === SPDX_PREDICATE || predicateType.startsWith(`${SPDX_PREDICATE}/`)
}
