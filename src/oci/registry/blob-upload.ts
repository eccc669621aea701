import { ActionError } from '../../errors'
import { log } from '../../log'
import { digestOf, mismatch, sha256Digest } from '../digest'
import type { StreamedBody } from '../http-exchange'
import type { HttpResponse } from '../http-response'
import type { Reference } from '../reference'
import { errorDetail, type Transport } from '../transport'
import { hasBlob } from './blob-read'
import { push } from './common'

export interface PutBlobOptions {
  /** Another repository on the same registry that may hold the blob: mount instead of upload. */
  mountFrom?: string
  /** Upload in PATCH chunks of this many bytes instead of one PUT. */
  chunkSize?: number
}

const UPLOAD_RESTARTS = 3

/**
 * A blob written a piece at a time (e.g. encoded as it goes, never held whole), with the
 * digest its producer computed over the same pieces. It goes up in one PUT.
 */
export interface StreamedBlob extends StreamedBody {
  digest: string
}

/**
 * Uploads a blob unless the repository already has it; mounts it from `mountFrom`
 * when given. Restarts the upload session when one fails midway.
 */
export async function putBlob(
  transport: Transport,
  ref: Reference,
  data: Buffer | StreamedBlob,
  digest?: string,
  options: PutBlobOptions = {}
): Promise<string> {
  const actual = Buffer.isBuffer(data)
    ? digest
      ? digestOf(data, digest)
      : sha256Digest(data)
    : data.digest
  if (digest && actual !== digest) throw mismatch(`blob for ${ref.name}`, digest, actual)
  for (let attempt = 0; ; attempt++) {
    if (await hasBlob(transport, ref, actual)) return actual
    try {
      await upload(transport, ref, data, actual, options)
      return actual
    } catch (error) {
      const transient =
        error instanceof ActionError &&
        (error.code === 'NETWORK_ERROR' || error.code === 'REGISTRY_ERROR')
      if (!transient || attempt + 1 >= UPLOAD_RESTARTS) throw error
      log.debug(`upload of ${actual} to ${ref.name} failed (${error.message}); starting again`)
    }
  }
}

async function upload(
  transport: Transport,
  ref: Reference,
  data: Buffer | StreamedBlob,
  digest: string,
  options: PutBlobOptions
) {
  const scopes = options.mountFrom
    ? [...push(ref), `repository:${options.mountFrom}:pull`]
    : push(ref)
  const query = options.mountFrom
    ? `?mount=${encodeURIComponent(digest)}&from=${encodeURIComponent(options.mountFrom)}`
    : ''
  const started = await transport.send({
    method: 'POST',
    registry: ref.registry,
    path: `/v2/${ref.repository}/blobs/uploads/${query}`,
    scopes
  })
  if (started.status === 201) {
    started.discard()
    return
  }
  if (started.status !== 202) await uploadFailed(started, ref, digest)
  started.discard()
  let location = uploadLocation(transport, ref, started)
  const chunkSize = options.chunkSize
  if (chunkSize && data.length > chunkSize && Buffer.isBuffer(data)) {
    for (let offset = 0; offset < data.length; offset += chunkSize) {
      const chunk = data.subarray(offset, Math.min(offset + chunkSize, data.length))
      const patched = await transport.send({
        method: 'PATCH',
        registry: ref.registry,
        path: location,
        scopes,
        headers: {
          'content-type': 'application/octet-stream',
          'content-range': `${offset}-${offset + chunk.length - 1}`
        },
        body: chunk
      })
      if (patched.status !== 202) await uploadFailed(patched, ref, digest)
      patched.discard()
      location = uploadLocation(transport, ref, patched)
    }
    return finishUpload(transport, ref, location, digest, scopes, Buffer.alloc(0))
  }
  return finishUpload(transport, ref, location, digest, scopes, data)
}

async function finishUpload(
  transport: Transport,
  ref: Reference,
  location: string,
  digest: string,
  scopes: string[],
  body: Buffer | StreamedBody
) {
  const url = new URL(location)
  url.searchParams.set('digest', digest)
  const response = await transport.send({
    method: 'PUT',
    registry: ref.registry,
    path: url.toString(),
    scopes,
    headers: { 'content-type': 'application/octet-stream' },
    body
  })
  if (response.status !== 201) await uploadFailed(response, ref, digest)
  response.discard()
}

function uploadLocation(transport: Transport, ref: Reference, response: HttpResponse): string {
  const location = response.headers.get('location')
  if (!location)
    throw new ActionError(
      'REGISTRY_ERROR',
      `${ref.registry} started an upload without a Location header`
    )
  return new URL(location, transport.baseUrl(ref.registry)).toString()
}

async function uploadFailed(
  response: HttpResponse,
  ref: Reference,
  digest: string
): Promise<never> {
  const detail = await errorDetail(response)
  throw new ActionError(
    'REGISTRY_ERROR',
    `upload of blob ${digest} to ${ref.name} failed: ${response.status}${detail.text ? ` (${detail.text})` : ''}`
  )
}
