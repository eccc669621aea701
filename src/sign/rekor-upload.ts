import { envelopeToJSON, type TransparencyLogEntry } from '@sigstore/bundle'
import type { SignatureBundle, VerificationMaterial, Witness } from '@sigstore/sign'
import { send } from '../oci/http'
import type { StreamedBody } from '../oci/http-exchange'
import { describeUrl } from '../oci/url'
import { base64Slices } from './bundle-json'

/**
 * Rekor v1 `dsse` entries, uploaded as a stream. A dsse entry proposes the whole envelope
 * (Rekor keeps only its hashes), so an SBOM attestation's request is 4/3 of the SBOM in
 * base64. Built as whole strings (envelope JSON, request JSON, request bytes) that is four
 * copies of it at once; here the payload is base64-encoded a slice at a time as the socket
 * takes it. The wait for the answer grows with the body: a large upload gets its time at a
 * minimum rate instead of failing at a fixed timeout that fits only small entries.
 *
 * Message signatures (hashedrekord, a few KiB) go to `small`, sigstore-js's own witness.
 */
export class RekorDsseUpload implements Witness {
  constructor(
    private readonly baseURL: string,
    /** For small requests (and the answer); a large body adds its time at UPLOAD_RATE. */
    private readonly timeoutMs: number,
    private readonly small: Witness
  ) {}

  async testify(content: SignatureBundle, publicKey: string): Promise<VerificationMaterial> {
    if (content.$case !== 'dsseEnvelope') return this.small.testify(content, publicKey)
    const body = proposedDsseEntry(content.dsseEnvelope, publicKey)
    try {
      return { tlogEntries: [await this.createEntry(body)] }
    } catch (error) {
      // The code names Rekor in the signing error; the cause says whether to retry.
      throw Object.assign(new Error('error creating tlog entry', { cause: error }), {
        code: 'TLOG_CREATE_ENTRY_ERROR'
      })
    }
  }

  private async createEntry(body: StreamedBody): Promise<TransparencyLogEntry> {
    const url = `${this.baseURL}/api/v1/log/entries`
    const waitMs = this.timeoutMs + Math.ceil((body.length / UPLOAD_RATE) * 1000)
    const limits = { connectMs: this.timeoutMs, headersMs: waitMs, idleMs: this.timeoutMs }
    const headers = { 'content-type': 'application/json', accept: 'application/json' }
    let response = await send(url, { method: 'POST', headers, body, limits })
    // Already logged (an earlier attempt landed): Rekor answers 409 and where the entry is.
    const existing = response.status === 409 ? response.headers.get('location') : null
    if (existing) {
      response.discard()
      const uuid = existing.split('/').pop() ?? ''
      response = await send(`${url}/${encodeURIComponent(uuid)}`, { headers, limits })
    }
    const text = await response.text(MAX_ANSWER_BYTES)
    if (!response.ok)
      throw Object.assign(
        new Error(
          `${describeUrl(response.url)} answered ${response.status}: ${text.slice(0, 200)}`
        ),
        { statusCode: response.status }
      )
    return logEntry(text)
  }
}

/** The slowest upload waited for: 20 MiB (a 15 MiB SBOM's entry) gets 20 s on top. */
const UPLOAD_RATE = 1024 * 1024
/** An entry's answer: its canonical body (hashes), proof and checkpoint, a few KiB. */
const MAX_ANSWER_BYTES = 1 << 20

/**
 * `{"apiVersion":"0.0.1","kind":"dsse","spec":{"proposedContent":{"envelope":"<envelope JSON
 * as a string>","verifiers":["<key, base64>"]}}}`, the payload's base64 left out of the JSON
 * text and encoded into the stream in its place (base64 needs no escaping in JSON).
 */
function proposedDsseEntry(
  envelope: Extract<SignatureBundle, { $case: 'dsseEnvelope' }>['dsseEnvelope'],
  publicKey: string
): StreamedBody {
  // A one-byte stand-in ("AA=="): the JSON form leaves an empty payload out altogether.
  const shell = envelopeToJSON({ ...envelope, payload: Buffer.alloc(1) })
  const text = JSON.stringify({
    apiVersion: '0.0.1',
    kind: 'dsse',
    spec: {
      proposedContent: {
        envelope: JSON.stringify(shell),
        verifiers: [Buffer.from(publicKey).toString('base64')]
      }
    }
  })
  // The stand-in as it reads inside the escaped envelope string: \"payload\":\"AA==\"
  const standIn = '\\"payload\\":\\"AA==\\"'
  const at = text.indexOf(standIn)
  if (at < 0) throw new Error('the envelope JSON has no payload field')
  const head = Buffer.from(text.slice(0, at + standIn.length - 'AA==\\"'.length))
  const tail = Buffer.from(text.slice(at + standIn.length - '\\"'.length))
  const payload = envelope.payload
  return {
    length: head.length + Math.ceil(payload.length / 3) * 4 + tail.length,
    *chunks() {
      yield head
      for (const slice of base64Slices(payload)) yield Buffer.from(slice)
      yield tail
    }
  }
}

interface RekorEntry {
  body: string
  integratedTime: number
  logID: string
  logIndex: number
  verification?: {
    signedEntryTimestamp?: string
    inclusionProof?: {
      logIndex: number
      rootHash: string
      treeSize: number
      hashes: string[]
      checkpoint: string
    }
  }
}

/** Rekor's `{<uuid>: entry}` answer as a bundle's log entry (checked later by the verifier). */
function logEntry(text: string): TransparencyLogEntry {
  let entry: RekorEntry
  let body: Buffer
  let kind: { kind?: string; apiVersion?: string }
  try {
    const entries = Object.values(JSON.parse(text) as Record<string, RekorEntry>)
    if (entries.length !== 1) throw new Error(`${entries.length} entries`)
    entry = entries[0] as RekorEntry
    if (typeof entry.body !== 'string' || typeof entry.logID !== 'string')
      throw new Error('no body or logID')
    body = Buffer.from(entry.body, 'base64')
    kind = JSON.parse(body.toString('utf8')) as typeof kind
  } catch (error) {
    throw new Error(`Rekor's answer is not one log entry (${(error as Error).message})`, {
      cause: error
    })
  }
  const set = entry.verification?.signedEntryTimestamp
  const proof = entry.verification?.inclusionProof
  return {
    logIndex: String(entry.logIndex),
    logId: { keyId: Buffer.from(entry.logID, 'hex') },
    kindVersion: { kind: kind.kind ?? '', version: kind.apiVersion ?? '' },
    integratedTime: String(entry.integratedTime),
    inclusionPromise: set ? { signedEntryTimestamp: Buffer.from(set, 'base64') } : undefined,
    inclusionProof: proof && {
      logIndex: String(proof.logIndex),
      rootHash: Buffer.from(proof.rootHash, 'hex'),
      treeSize: String(proof.treeSize),
      hashes: proof.hashes.map(h => Buffer.from(h, 'hex')),
      checkpoint: { envelope: proof.checkpoint }
    },
    canonicalizedBody: body
  }
}
