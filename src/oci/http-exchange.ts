import { request as httpRequest, type ClientRequest, type IncomingMessage } from 'node:http'
import { drainedOrClosed } from '../network/backpressure'
import { formatDuration } from '../network/duration'
import { HttpTimeout, type HttpLimits } from './http-limits'

/**
 * A body written a piece at a time as the connection takes them (e.g. encoded on the fly),
 * so that a large one is never held whole: its length, and its chunks afresh per attempt.
 */
export interface StreamedBody {
  length: number
  chunks(): Iterable<Buffer>
}

export type RequestBody = Buffer | string | StreamedBody

/**
 * One request on node:http (node:https loaded on first use): resolves with the response once
 * its headers are in, within the connect and headers limits and the signal.
 */
export async function exchange(
  url: URL,
  method: string,
  headers: Record<string, string>,
  body: RequestBody | undefined,
  limits: HttpLimits,
  signal: AbortSignal | undefined
): Promise<IncomingMessage> {
  const request = url.protocol === 'https:' ? (await import('node:https')).request : httpRequest
  return new Promise((resolve, reject) => {
    const outgoing: ClientRequest = request(url, {
      method,
      headers:
        body === undefined ? headers : { ...headers, 'content-length': String(bodyLength(body)) }
    })
    // The request fails with the abort's own reason (e.g. which deadline ran out).
    const abort = () => outgoing.destroy(signal?.reason as Error)
    if (signal?.aborted) abort()
    signal?.addEventListener('abort', abort, { once: true })
    const headersTimer = setTimeout(
      () =>
        outgoing.destroy(
          new HttpTimeout(`${url.host} sent no response within ${formatDuration(limits.headersMs)}`)
        ),
      limits.headersMs
    )
    outgoing.once('socket', socket => {
      if (!socket.connecting) return
      const connectTimer = setTimeout(
        () =>
          outgoing.destroy(
            new HttpTimeout(
              `${url.host} did not accept a connection within ${formatDuration(limits.connectMs)}`
            )
          ),
        limits.connectMs
      )
      socket.once('connect', () => clearTimeout(connectTimer))
      outgoing.once('close', () => clearTimeout(connectTimer))
    })
    outgoing.once('close', () => {
      clearTimeout(headersTimer)
      signal?.removeEventListener('abort', abort)
    })
    outgoing.once('response', response => {
      clearTimeout(headersTimer)
      // From here the body reader watches the signal.
      signal?.removeEventListener('abort', abort)
      resolve(response)
    })
    outgoing.once('error', reject)
    if (body === undefined || typeof body === 'string' || Buffer.isBuffer(body)) outgoing.end(body)
    else writeStreamed(outgoing, body).catch((error: unknown) => outgoing.destroy(error as Error))
  })
}

function bodyLength(body: RequestBody): number {
  return typeof body === 'string' || Buffer.isBuffer(body) ? Buffer.byteLength(body) : body.length
}

/** Writes the chunks as the socket drains (the request's timers and abort still apply). */
async function writeStreamed(outgoing: ClientRequest, body: StreamedBody): Promise<void> {
  for (const chunk of body.chunks()) {
    if (outgoing.destroyed) return
    if (!outgoing.write(chunk)) await drainedOrClosed(outgoing)
  }
  outgoing.end()
}
