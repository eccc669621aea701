import { createHash, sign, type KeyObject } from 'node:crypto'
import type { rekorV2Handler } from '@sigstore/mock'
import { HashAlgorithm, TransparencyLogEntry } from '@sigstore/protobuf-specs'
import { CreateEntryRequest, Entry } from '@sigstore/protobuf-specs/rekor/v2'
import { canonicalJSON } from '../../support/canonical-json'
import { json, notFound, text, type Route } from './http'

/**
 * Rekor v2 (`POST /api/v2/log/entries`) over @sigstore/mock's handler, which checks and parses
 * the request and names the log, with what the mock lacks for a verifiable entry: the body
 * Rekor v2 logs (`hashedrekord`/`dsse` 0.0.2 entries, not the request), an append-only
 * RFC 6962 tree whose inclusion proofs grow with it, and a C2SP checkpoint whose origin is the
 * log's scheme-less URL, signed with the log's key (key ID = SHA-256 of its SPKI for ECDSA).
 * Like Rekor v2, it gives no SignedEntryTimestamp and integratedTime 0.
 */
export function rekorV2Route(
  handler: ReturnType<typeof rekorV2Handler>,
  baseURL: string,
  privateKey: KeyObject,
  logId: Buffer
): Route {
  const origin = new URL(baseURL).host
  const leaves: Buffer[] = []
  return async (method, path, body) => {
    if (method !== 'POST' || path !== handler.path) return notFound()
    const checked = await handler.fn(body.toString())
    if (checked.statusCode !== 201) return text(checked.statusCode, String(checked.response))
    const mocked = TransparencyLogEntry.fromJSON(JSON.parse(String(checked.response)))
    const entry = Buffer.from(
      canonicalJSON(
        Entry.toJSON(loggedEntry(CreateEntryRequest.fromJSON(JSON.parse(String(body)))))
      )
    )
    const index = leaves.push(leafHash(entry)) - 1
    const size = leaves.length
    const root = treeHash(leaves)
    const note = `${origin}\n${size}\n${root.toString('base64')}\n`
    const signature = Buffer.concat([
      logId.subarray(0, 4),
      sign('sha256', Buffer.from(note), privateKey)
    ])
    const logged: TransparencyLogEntry = {
      ...mocked,
      logIndex: String(index),
      integratedTime: '0',
      canonicalizedBody: entry,
      inclusionPromise: undefined,
      inclusionProof: {
        logIndex: String(index),
        treeSize: String(size),
        rootHash: root,
        hashes: inclusionPath(index, leaves),
        checkpoint: { envelope: `${note}\n\u2014 ${origin} ${signature.toString('base64')}\n` }
      }
    }
    return json(201, TransparencyLogEntry.toJSON(logged))
  }
}

/** The entry Rekor v2 stores for a request: digest/payload hash, signature(s), verifier. */
function loggedEntry(request: CreateEntryRequest): Entry {
  const spec = request.spec
  if (spec?.$case === 'hashedRekordRequestV002') {
    const { digest, signature } = spec.hashedRekordRequestV002
    return {
      kind: 'hashedrekord',
      apiVersion: '0.0.2',
      spec: {
        spec: {
          $case: 'hashedRekordV002',
          hashedRekordV002: { data: { algorithm: HashAlgorithm.SHA2_256, digest }, signature }
        }
      }
    }
  }
  if (spec?.$case === 'dsseRequestV002') {
    const { envelope, verifiers } = spec.dsseRequestV002
    if (!envelope || verifiers.length !== 1) throw new Error('dsse request needs one verifier')
    return {
      kind: 'dsse',
      apiVersion: '0.0.2',
      spec: {
        spec: {
          $case: 'dsseV002',
          dsseV002: {
            payloadHash: { algorithm: HashAlgorithm.SHA2_256, digest: sha256(envelope.payload) },
            signatures: envelope.signatures.map(s => ({ content: s.sig, verifier: verifiers[0] }))
          }
        }
      }
    }
  }
  throw new Error('unsupported entry kind')
}

function leafHash(data: Buffer): Buffer {
  return sha256(Buffer.concat([Buffer.from([0]), data]))
}

function nodeHash(left: Buffer, right: Buffer): Buffer {
  return sha256(Buffer.concat([Buffer.from([1]), left, right]))
}

/** Largest power of two below n (n > 1), where RFC 6962 splits a tree. */
function split(n: number): number {
  let k = 1
  while (k * 2 < n) k *= 2
  return k
}

/** RFC 6962 MTH over leaf hashes. */
function treeHash(leaves: Buffer[]): Buffer {
  if (leaves.length === 1) return leaves[0] as Buffer
  const k = split(leaves.length)
  return nodeHash(treeHash(leaves.slice(0, k)), treeHash(leaves.slice(k)))
}

/** RFC 6962 PATH(m, D[n]): sibling hashes from the leaf up. */
function inclusionPath(m: number, leaves: Buffer[]): Buffer[] {
  if (leaves.length <= 1) return []
  const k = split(leaves.length)
  return m < k
    ? [...inclusionPath(m, leaves.slice(0, k)), treeHash(leaves.slice(k))]
    : [...inclusionPath(m - k, leaves.slice(k)), treeHash(leaves.slice(0, k))]
}

function sha256(data: Buffer): Buffer {
  return createHash('sha256').update(data).digest()
}
