import { createHash } from 'node:crypto'
import { writeFileSync } from 'node:fs'
import type { initializeCA, initializeTSA } from '@sigstore/mock'
import { HashAlgorithm, PublicKeyDetails, TrustedRoot } from '@sigstore/protobuf-specs'
import { bytes } from './http'

const TRUSTED_ROOT_MEDIA_TYPE = 'application/vnd.dev.sigstore.trustedroot+json;version=0.1'
const OPERATOR = 'local test stack'

/** What the trusted root names: each service's URL and the public half of its keys. */
export interface TrustedServices {
  fulcio: { url: string; ca: Awaited<ReturnType<typeof initializeCA>> }
  /** SPKI of the log's key. */
  rekor: { url: string; publicKey: Buffer }
  rekorV2: { url: string; publicKey: Buffer }
  ctLog: { publicKey: Buffer }
  tsa: { url: string; tsa: Awaited<ReturnType<typeof initializeTSA>> }
  /** Start of every key's and certificate's validity. */
  validFrom: Date
}

/** Writes the trusted_root.json that verifies what the stack's services sign to `path`. */
export function writeTrustedRoot(path: string, services: TrustedServices): void {
  const { fulcio, rekor, rekorV2, ctLog, tsa, validFrom } = services
  const trustedRoot: TrustedRoot = {
    mediaType: TRUSTED_ROOT_MEDIA_TYPE,
    certificateAuthorities: [
      {
        subject: { organization: 'sigstore.mock', commonName: 'sigstore' },
        uri: fulcio.url,
        certChain: { certificates: [{ rawBytes: bytes(fulcio.ca.rootCertificate) }] },
        validFor: { start: validFrom, end: undefined },
        operator: OPERATOR
      }
    ],
    tlogs: [
      logInstance(rekor.url, rekor.publicKey, validFrom),
      {
        ...logInstance(rekorV2.url, rekorV2.publicKey, validFrom),
        checkpointKeyId: logId(rekorV2.publicKey)
      }
    ],
    // The certificates carry SCTs of the mock CT log, which runs in-process: its URL is a name.
    ctlogs: [logInstance('https://ctfe.local.test', ctLog.publicKey, validFrom)],
    timestampAuthorities: [
      {
        subject: { organization: 'sigstore.mock', commonName: 'tsa' },
        uri: `${tsa.url}/api/v1/timestamp`,
        certChain: {
          certificates: [
            { rawBytes: bytes(tsa.tsa.intCertificate) },
            { rawBytes: bytes(tsa.tsa.rootCertificate) }
          ]
        },
        validFor: { start: validFrom, end: undefined },
        operator: OPERATOR
      }
    ]
  }
  writeFileSync(path, JSON.stringify(TrustedRoot.toJSON(trustedRoot), null, 2))
}

/** A log's ID: SHA-256 of its SPKI (for ECDSA keys also its C2SP checkpoint key ID). */
export function logId(publicKey: Buffer) {
  return { keyId: createHash('sha256').update(publicKey).digest() }
}

function logInstance(baseUrl: string, publicKey: Buffer, start: Date) {
  return {
    baseUrl,
    hashAlgorithm: HashAlgorithm.SHA2_256,
    publicKey: {
      rawBytes: publicKey,
      keyDetails: PublicKeyDetails.PKIX_ECDSA_P256_SHA_256,
      validFor: { start, end: undefined }
    },
    logId: logId(publicKey),
    checkpointKeyId: undefined,
    operator: OPERATOR
  }
}
