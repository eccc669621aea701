import { pipeline, Readable } from 'node:stream'
import { ActionError } from '../../errors'
import { log } from '../../log'
import { backoffMs, MAX_TIMEOUTS } from '../../network/retry'
import { releaseChunk, STREAM_CHUNK_SIZE } from '../decompress'
import { DigestVerifier, isDigest } from '../digest'
import { HttpTimeout } from '../http-limits'
import type { HttpResponse } from '../http-response'
import { tooLarge } from '../limits'
import type { Reference } from '../reference'
import type { Transport } from '../transport'
import { describeUrl } from '../url'
import { failure, pull } from './common'

async function openBlob(
  transport: Transport,
  ref: Reference,
  digest: string,
  range?: number
): Promise<HttpResponse> {
  const response = await transport.send({
    method: 'GET',
    registry: ref.registry,
    path: `/v2/${ref.repository}/blobs/${digest}`,
    scopes: pull(ref),
    headers: range ? { range: `bytes=${range}-` } : {}
  })
  if (!response.ok) await failure(response, ref, `blob ${digest}`)
  // No blob is served as a web page; a proxy or portal answered instead of the registry.
  if (response.headers.get('content-type')?.startsWith('text/html')) {
    response.discard()
    throw new ActionError(
      'REGISTRY_ERROR',
      `${describeUrl(response.url)} answered an HTML page instead of blob ${digest}`,
      { hint: 'Check that the address points at an OCI registry (or a proxy in front of one)' }
    )
  }
  return response
}

/**
 * The blob as a stream whose digest is verified as it passes; a mismatch errors the
 * stream at its end. A connection cut or stalled mid-body resumes with a Range request
 * (or restarts, skipping what was already passed on) while the retry budget allows.
 */
export async function blobStream(
  transport: Transport,
  ref: Reference,
  digest: string,
  size?: number
): Promise<Readable> {
  if (!isDigest(digest)) throw new ActionError('INPUT_INVALID', `"${digest}" is not a digest`)
  const first = await openBlob(transport, ref, digest)
  const retry = transport.retry
  const open = (offset: number) => openBlob(transport, ref, digest, offset)
  async function* body(): AsyncGenerator<Buffer> {
    let response = first
    let received = 0
    let skip = 0
    // The connection's small chunks are gathered into blocks of our own, which the
    // decompressor can free as soon as it has taken them (see releaseChunk).
    let block = Buffer.allocUnsafeSlow(STREAM_CHUNK_SIZE)
    let filled = 0
    const sequence = transport.budget.sequence()
    try {
      for (let failures = 0; ;) {
        try {
          for await (const value of response.body()) {
            const chunk = skip >= value.length ? undefined : value.subarray(skip)
            skip = Math.max(0, skip - value.length)
            if (!chunk) continue
            received += chunk.length
            for (let offset = 0; offset < chunk.length;) {
              const copied = chunk.copy(block, filled, offset)
              filled += copied
              offset += copied
              if (filled === block.length) {
                yield block
                block = Buffer.allocUnsafeSlow(STREAM_CHUNK_SIZE)
                filled = 0
              }
            }
            // Each chunk the connection yields is a fresh copy of the socket's bytes: once
            // copied into the block it is garbage, freed now rather than left to pile up
            // (hundreds of MiB per image) until the next full collection.
            releaseChunk(value)
          }
        } catch (error) {
          if (error instanceof ActionError) throw error
          if (error instanceof HttpTimeout) sequence.timeouts++
          const resumed =
            ++failures < retry.attempts &&
            sequence.timeouts < MAX_TIMEOUTS &&
            (await sequence.wait(
              `blob ${digest} from ${ref.registry} broke off after ${received} bytes (${(error as Error).message})`,
              backoffMs(failures, retry)
            ))
          if (!resumed)
            throw new ActionError(
              'NETWORK_ERROR',
              `blob ${digest} from ${ref.registry} broke off after ${received} bytes: ${(error as Error).message}`,
              { hint: 'The registry is failing or too slow; retry later', cause: error }
            )
          log.debug(`resuming blob ${digest} at ${received} bytes`)
          response = await open(received)
          skip = response.status === 206 ? 0 : received
          continue
        }
        if (filled > 0) yield block.subarray(0, filled)
        return
      }
    } finally {
      sequence.close()
    }
  }
  const verifier = new DigestVerifier(digest, `blob ${digest} of ${ref.name}`, size)
  return pipeline(
    Readable.from(body(), { objectMode: false, highWaterMark: STREAM_CHUNK_SIZE }),
    verifier,
    () => {}
  )
}

/** The whole blob in memory (configs, signatures), digest-verified, refused past `maxBytes`. */
export async function getBlob(
  transport: Transport,
  ref: Reference,
  digest: string,
  maxBytes: number,
  size?: number
): Promise<Buffer> {
  const what = `blob ${digest} of ${ref.name}`
  if (size !== undefined && size > maxBytes) throw tooLarge('REGISTRY_ERROR', what, maxBytes, size)
  const chunks: Buffer[] = []
  let total = 0
  const stream = await blobStream(transport, ref, digest, size)
  for await (const chunk of stream) {
    total += (chunk as Buffer).length
    if (total > maxBytes) {
      stream.destroy()
      throw tooLarge('REGISTRY_ERROR', what, maxBytes)
    }
    chunks.push(chunk as Buffer)
  }
  return Buffer.concat(chunks)
}

export async function hasBlob(
  transport: Transport,
  ref: Reference,
  digest: string
): Promise<boolean> {
  const response = await transport.send({
    method: 'HEAD',
    registry: ref.registry,
    path: `/v2/${ref.repository}/blobs/${digest}`,
    scopes: pull(ref)
  })
  if (response.status === 404) return false
  if (response.ok) return true
  return failure(response, ref, `blob ${digest}`)
}
