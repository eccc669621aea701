import { createHash } from 'node:crypto'
import { HashAlgorithm } from '@sigstore/protobuf-specs'
import type { Witness } from '@sigstore/sign'
import { ActionError } from '../errors'

/**
 * An RFC 3161 timestamp over `bytes` (the TSA's messageImprint = sha256(bytes)), base64 DER.
 *
 * cosign's legacy `.att` format timestamps the whole layer (the DSSE envelope JSON), not the
 * DSSE signature a bundle's timestamp covers: `cosign attest` v2 sends the signed envelope,
 * and `VerifyRFC3161Timestamp` hashes the layer when the signature annotation is empty.
 * sigstore-js's TSA witness timestamps a message signature's bytes as they are, so the layer
 * is handed to it in that place.
 */
export async function timestampBytes(
  tsa: { url: string; witness: Witness },
  bytes: Buffer,
  what: string
): Promise<string> {
  try {
    const { rfc3161Timestamps } = await tsa.witness.testify(
      {
        $case: 'messageSignature',
        messageSignature: {
          signature: bytes,
          messageDigest: {
            algorithm: HashAlgorithm.SHA2_256,
            digest: createHash('sha256').update(bytes).digest()
          }
        }
      },
      ''
    )
    const token = rfc3161Timestamps?.[0]?.signedTimestamp
    if (!token) throw new Error('the response holds no timestamp')
    return Buffer.from(token).toString('base64')
  } catch (error) {
    throw new ActionError(
      'SIGNING_FAILED',
      `timestamping the ${what} failed at the timestamp authority (${tsa.url}): ${(error as Error).message}`,
      {
        hint: 'Nothing was attached. Retry the job; if it keeps failing, check the service status',
        cause: error
      }
    )
  }
}
