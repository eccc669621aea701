import {
  assertBundleLatest,
  assertBundleV01,
  assertBundleV02,
  bundleFromJSON,
  type Bundle
} from '@sigstore/bundle'
import { X509Certificate } from '@sigstore/core'
import { ActionError, describeError } from '../errors'
import { isStrictBase64 } from './encoding'

/** What every Sigstore bundle media type starts with, in any version. */
export const BUNDLE_MEDIA_TYPE_PREFIX = 'application/vnd.dev.sigstore.bundle'
const MEDIA_TYPE =
  /^application\/vnd\.dev\.sigstore\.bundle(?:\+json;version=(\d+\.\d+)|\.v(\d+\.\d+)\+json)$/

/** Fields of a serialized bundle that hold bytes, by the names protobuf JSON gives them. */
const BYTES_FIELDS = new Set([
  'rawBytes',
  'signature',
  'digest',
  'payload',
  'sig',
  'signedEntryTimestamp',
  'canonicalizedBody',
  'keyId',
  'rootHash',
  'signedTimestamp'
])

/**
 * Parses a bundle and rejects what the verifier would otherwise accept or
 * crash on: an unknown media type, fields that are not base64, a shape not
 * allowed for its version (v0.1 needs inclusion promises, v0.2+ inclusion
 * proofs with checkpoints, v0.3 a single certificate), negative log indexes,
 * and a certificate chain that carries its own root.
 */
export function parseBundle(json: unknown): Bundle {
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    throw invalid('not a JSON object')
  const mediaType = (json as { mediaType?: unknown }).mediaType
  const match = typeof mediaType === 'string' ? MEDIA_TYPE.exec(mediaType) : null
  if (!match) throw invalid(`unknown media type ${JSON.stringify(mediaType)}`)
  const version = match[1] ?? match[2] ?? ''
  const badBytes = findBadBase64(json, '')
  if (badBytes) throw invalid(`${badBytes} is not valid base64`)
  let bundle: Bundle
  try {
    bundle = bundleFromJSON(json)
    if (version === '0.1') assertBundleV01(bundle)
    else if (version === '0.2') assertBundleV02(bundle)
    else assertBundleLatest(bundle)
  } catch (error) {
    throw invalid(`${describeError(error)}${fieldsOf(error)}`)
  }
  const content = bundle.verificationMaterial.content
  if (content.$case === 'x509CertificateChain') {
    for (const [i, cert] of content.x509CertificateChain.certificates.entries()) {
      let parsed: X509Certificate
      try {
        parsed = X509Certificate.parse(Buffer.from(cert.rawBytes))
      } catch {
        throw invalid(`certificates[${i}] is not a DER certificate`)
      }
      if (parsed.subject.equals(parsed.issuer))
        throw invalid(
          `certificates[${i}] is a self-signed root; roots come from the trusted root, never the bundle`
        )
    }
  }
  for (const [i, entry] of bundle.verificationMaterial.tlogEntries.entries()) {
    if (!/^\d+$/.test(entry.logIndex)) throw invalid(`tlogEntries[${i}].logIndex is not >= 0`)
    if (!/^\d+$/.test(entry.integratedTime))
      throw invalid(`tlogEntries[${i}].integratedTime is not >= 0`)
    const proof = entry.inclusionProof
    if (proof && (!proof.checkpoint?.envelope || !/^\d+$/.test(proof.logIndex)))
      throw invalid(`tlogEntries[${i}].inclusionProof needs a checkpoint and a log index >= 0`)
  }
  return bundle
}

function findBadBase64(value: unknown, path: string): string | undefined {
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const bad = findBadBase64(item, `${path}[${i}]`)
      if (bad) return bad
    }
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      const at = path ? `${path}.${key}` : key
      if (typeof item === 'string' && BYTES_FIELDS.has(key)) {
        if (!isStrictBase64(item)) return at
      } else if (key === 'hashes' && Array.isArray(item)) {
        const i = item.findIndex(h => typeof h !== 'string' || !isStrictBase64(h))
        if (i >= 0) return `${at}[${i}]`
      } else {
        const bad = findBadBase64(item, at)
        if (bad) return bad
      }
    }
  }
  return undefined
}

function fieldsOf(error: unknown): string {
  const fields = (error as { fields?: unknown }).fields
  return Array.isArray(fields) && fields.length > 0 ? ` (${fields.join(', ')})` : ''
}

function invalid(message: string): ActionError {
  return new ActionError('VERIFICATION_FAILED', `invalid Sigstore bundle: ${message}`)
}

/** The signing (leaf) certificate of a keyless bundle; undefined for a key-signed one. */
export function leafCertificate(bundle: Bundle): X509Certificate | undefined {
  const content = bundle.verificationMaterial.content
  const raw =
    content.$case === 'certificate'
      ? content.certificate.rawBytes
      : content.$case === 'x509CertificateChain'
        ? content.x509CertificateChain.certificates[0]?.rawBytes
        : undefined
  return raw ? X509Certificate.parse(Buffer.from(raw)) : undefined
}
