// The JSON form of the bundles this run signs, and their bytes, with a large DSSE payload held
// once: as the bytes that were signed.
import { bundleToJSON, type Bundle, type SerializedBundle } from '@sigstore/bundle'

type SerializedEnvelope = NonNullable<SerializedBundle['dsseEnvelope']>

/** Envelopes whose base64 payload is read from these bytes (see bundleJSON). */
const derived = new WeakMap<SerializedEnvelope, Buffer>()

/** Base64 is encoded a slice at a time: 768 KiB of payload (a multiple of 3: no padding inside). */
export const BASE64_SLICE = 3 * 256 * 1024

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/

/**
 * bundleToJSON, except that a DSSE envelope's `payload` (base64, 4/3 of the statement) is not
 * stored but encoded from the signed bytes whenever it is read (JSON.stringify reads it): an
 * SBOM statement is then held once, not also as a string a third larger.
 */
export function bundleJSON(bundle: Bundle): SerializedBundle {
  if (bundle.content.$case !== 'dsseEnvelope') return bundleToJSON(bundle)
  const payload = bundle.content.dsseEnvelope.payload
  // A one-byte stand-in: the JSON form leaves an empty payload out altogether.
  const json = bundleToJSON({
    ...bundle,
    content: {
      ...bundle.content,
      dsseEnvelope: { ...bundle.content.dsseEnvelope, payload: Buffer.alloc(1) }
    }
  } as Bundle)
  const envelope = json.dsseEnvelope as SerializedEnvelope
  Object.defineProperty(envelope, 'payload', {
    get: () => payload.toString('base64'),
    enumerable: true
  })
  derived.set(envelope, payload)
  return json
}

/** The bytes an envelope's payload is encoded from, when bundleJSON made it. */
export function derivedPayload(envelope: SerializedEnvelope): Buffer | undefined {
  return derived.get(envelope)
}

/**
 * The bundle's JSON bytes, as written to the output directory and pushed (the same bytes
 * for both). A DSSE payload is encoded straight into the one buffer, a slice at a time,
 * instead of through strings of the payload and of the whole document.
 */
export function serializeBundle(bundle: SerializedBundle): Buffer {
  const envelope = bundle.dsseEnvelope
  const signed = envelope && derived.get(envelope)
  if (!envelope || (!signed && !BASE64.test(envelope.payload)))
    return Buffer.from(JSON.stringify(bundle))
  // Fields named one by one: a spread would read (and encode) the payload.
  const shell = {
    payload: '\u0000',
    payloadType: envelope.payloadType,
    signatures: envelope.signatures
  }
  const text = JSON.stringify({ ...bundle, dsseEnvelope: shell })
  const mark = text.indexOf('"\\u0000"') + 1
  const head = text.slice(0, mark)
  const tail = text.slice(mark + '\\u0000'.length)
  const length = signed ? Math.ceil(signed.length / 3) * 4 : envelope.payload.length
  const bytes = Buffer.allocUnsafe(Buffer.byteLength(head) + length + Buffer.byteLength(tail))
  let at = bytes.write(head)
  if (!signed) at += bytes.write(envelope.payload, at, 'latin1')
  else
    for (let from = 0; from < signed.length; from += BASE64_SLICE)
      at += bytes.write(signed.subarray(from, from + BASE64_SLICE).toString('base64'), at, 'latin1')
  bytes.write(tail, at)
  return bytes
}
