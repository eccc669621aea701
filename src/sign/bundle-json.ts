// The JSON form of the bundles this run signs, and their bytes, with a large DSSE payload held
// once: as the bytes that were signed.
import { createHash } from 'node:crypto'
import { bundleToJSON, type Bundle, type SerializedBundle } from '@sigstore/bundle'
import { sha256Digest } from '../oci/digest'

type SerializedEnvelope = NonNullable<SerializedBundle['dsseEnvelope']>

/** Envelopes whose base64 payload is read from these bytes (see bundleJSON). */
const derived = new WeakMap<SerializedEnvelope, Buffer>()

/**
 * Base64 is encoded a slice at a time: 48 KiB of payload (a multiple of 3: no padding inside).
 * Small slices die young: the young generation's collections free them as the pieces go out,
 * where large ones would pile up as garbage until a full collection.
 */
const BASE64_SLICE = 3 * 16 * 1024

/** `bytes` in base64, a slice at a time (BASE64_SLICE of input each); joined, the whole. */
export function* base64Slices(bytes: Buffer): Generator<string> {
  for (let from = 0; from < bytes.length; from += BASE64_SLICE)
    yield bytes.subarray(from, from + BASE64_SLICE).toString('base64')
}

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

/** A bundle's JSON as pieces, with its size and digest: what is written and pushed. */
export interface BundleBytes {
  length: number
  /** sha256:<hex> over the pieces. */
  digest: string
  chunks(): Iterable<Buffer>
}

/**
 * The bundle's JSON bytes, as written to the output directory and pushed (the same bytes
 * for both). A DSSE payload is encoded a slice at a time as the pieces are taken (for the
 * digest, the file, the upload), never as a string or buffer of the whole.
 */
export function bundleBytes(bundle: SerializedBundle): BundleBytes {
  const envelope = bundle.dsseEnvelope
  const signed = envelope && derived.get(envelope)
  if (!envelope || (!signed && !BASE64.test(envelope.payload))) {
    const whole = Buffer.from(JSON.stringify(bundle))
    return { length: whole.length, digest: sha256Digest(whole), chunks: () => [whole] }
  }
  // Fields named one by one: a spread would read (and encode) the payload.
  const shell = {
    payload: '\u0000',
    payloadType: envelope.payloadType,
    signatures: envelope.signatures
  }
  const text = JSON.stringify({ ...bundle, dsseEnvelope: shell })
  const mark = text.indexOf('"\\u0000"') + 1
  const head = Buffer.from(text.slice(0, mark))
  const tail = Buffer.from(text.slice(mark + '\\u0000'.length))
  const payload = signed ? undefined : envelope.payload
  const length = signed ? Math.ceil(signed.length / 3) * 4 : (payload as string).length
  function* chunks(): Iterable<Buffer> {
    yield head
    if (signed) for (const slice of base64Slices(signed)) yield Buffer.from(slice)
    else yield Buffer.from(payload as string, 'latin1')
    yield tail
  }
  const hash = createHash('sha256')
  for (const chunk of chunks()) hash.update(chunk)
  return {
    length: head.length + length + tail.length,
    digest: `sha256:${hash.digest('hex')}`,
    chunks
  }
}
