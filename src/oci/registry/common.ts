import { ActionError, type ErrorCode } from '../../errors'
import { isDigest } from '../digest'
import type { HttpResponse } from '../http-response'
import { tooLarge } from '../limits'
import type { Reference } from '../reference'
import { errorDetail } from '../transport'
import { describeUrl } from '../url'

const TAG = /^[\w][\w.-]{0,127}$/

export function pull(ref: Reference): string[] {
  return [`repository:${ref.repository}:pull`]
}

export function push(ref: Reference): string[] {
  return [`repository:${ref.repository}:pull,push`]
}

/** An error for an unexpected answer: 404 as not found, anything else as a registry error. */
export async function failure(
  response: HttpResponse,
  ref: Reference,
  what: string
): Promise<never> {
  const detail = await errorDetail(response)
  const url = describeUrl(response.url)
  if (response.status === 404)
    throw new ActionError(
      'IMAGE_NOT_FOUND',
      `${what} not found in ${ref.registry}/${ref.repository}${detail.text ? ` (${detail.text})` : ''}`,
      { hint: 'Check the repository name, tag and digest, and that the image was pushed' }
    )
  throw new ActionError(
    'REGISTRY_ERROR',
    `${ref.registry} answered ${response.status} for ${what} (${url})${detail.text ? `: ${detail.text}` : ''}`
  )
}

/** `sha256:abc…` → the referrers tag schema's `sha256-abc…`. */
export function referrersTag(digest: string): string {
  return digest.replace(':', '-')
}

export function assertVersion(tagOrDigest: string): void {
  if (!isDigest(tagOrDigest) && !TAG.test(tagOrDigest))
    throw new ActionError('INPUT_INVALID', `"${tagOrDigest}" is neither a tag nor a digest`, {
      hint: 'Tags are up to 128 letters, digits, "_", "." and "-"; digests are sha256:<hex>'
    })
}

/** The body, refusing more than `limit` bytes before reading them (a Content-Length says so) or as they come. */
export async function readLimited(
  response: HttpResponse,
  limit: number,
  what: string,
  code: ErrorCode = 'REGISTRY_ERROR'
): Promise<Buffer> {
  const where = `${what} from ${describeUrl(response.url)}`
  const declared = Number(response.headers.get('content-length') ?? NaN)
  if (declared > limit) {
    response.discard()
    throw tooLarge(code, where, limit, declared)
  }
  const chunks: Uint8Array[] = []
  let size = 0
  try {
    for await (const chunk of response.body()) {
      size += chunk.length
      if (size > limit) throw tooLarge(code, where, limit)
      chunks.push(chunk)
    }
  } catch (error) {
    if (error instanceof ActionError) throw error
    throw new ActionError('NETWORK_ERROR', `reading ${where} failed: ${(error as Error).message}`, {
      hint: 'The registry is failing or too slow; retry later, or raise "timeout" if it is only slow',
      cause: error
    })
  }
  return Buffer.concat(chunks)
}

export function imageNotFound(ref: Reference, tagOrDigest: string): ActionError {
  return new ActionError('IMAGE_NOT_FOUND', `image ${tagOrDigest} not found in ${ref.name}`, {
    hint: 'Check the repository name, tag or digest, and that the image was pushed there'
  })
}
