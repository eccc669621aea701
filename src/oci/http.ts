import { request as httpRequest, type IncomingMessage } from 'node:http'
import type { Readable } from 'node:stream'

/**
 * A small HTTP client on node:http for registry traffic. Node's fetch would do, but
 * its first use loads undici and compiles its WebAssembly parser: about 20 MiB, a
 * fifth of the SBOM step's memory. HTTPS loads node:https on first use.
 */

export interface HttpRequestInit {
  method?: string
  headers?: Record<string, string>
  body?: Buffer | string
  /** Aborts the request until the response headers are in. */
  signal?: AbortSignal
}

const MAX_REDIRECTS = 10
/** A connection silent this long (waiting for headers or mid-body) is cut, as fetch does. */
const IDLE_TIMEOUT_MS = 300_000
const REDIRECTS = new Set([301, 302, 303, 307, 308])

/** The response to a request, after any redirects. */
export class HttpResponse {
  constructor(
    /** The URL that answered (the last one when redirected). */
    readonly url: string,
    private readonly message: IncomingMessage
  ) {}

  get status(): number {
    return this.message.statusCode ?? 0
  }

  get ok(): boolean {
    return this.status >= 200 && this.status < 300
  }

  readonly headers = {
    get: (name: string): string | null => {
      const value = this.message.headers[name.toLowerCase()]
      return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value
    },
    has: (name: string): boolean => this.message.headers[name.toLowerCase()] !== undefined
  }

  /** The body as it arrives. */
  get body(): Readable {
    return this.message
  }

  async text(): Promise<string> {
    const chunks: Buffer[] = []
    for await (const chunk of this.message) chunks.push(chunk as Buffer)
    return Buffer.concat(chunks).toString('utf8')
  }

  /** Drops the body unread and closes the connection. */
  discard(): void {
    this.message.destroy()
  }
}

/**
 * Sends one request and follows redirects like fetch: 303 (and 301/302 after a POST)
 * turn into a GET without body, and the Authorization header is not sent to another
 * origin (a registry redirecting blob downloads to storage must not leak its token).
 */
export async function send(url: string, init: HttpRequestInit = {}): Promise<HttpResponse> {
  let method = init.method ?? 'GET'
  let body = init.body
  let headers = { ...init.headers }
  let current = new URL(url)
  for (let hops = 0; ; hops++) {
    const message = await exchange(current, method, headers, body, init.signal)
    const status = message.statusCode ?? 0
    const location = message.headers.location
    if (!REDIRECTS.has(status) || !location) {
      // A body known to be empty is read at once, so the connection goes back to the
      // pool even when the caller only looks at the status and headers.
      if (
        method === 'HEAD' ||
        status === 204 ||
        status === 304 ||
        message.headers['content-length'] === '0'
      )
        message.resume()
      return new HttpResponse(current.href, message)
    }
    message.resume()
    if (hops >= MAX_REDIRECTS) throw new Error(`more than ${MAX_REDIRECTS} redirects from ${url}`)
    const next = new URL(location, current)
    if (status === 303 || ((status === 301 || status === 302) && method === 'POST')) {
      method = method === 'HEAD' ? 'HEAD' : 'GET'
      body = undefined
      headers = withoutHeaders(headers, ['content-type', 'content-length'])
    }
    if (next.origin !== current.origin) headers = withoutHeaders(headers, ['authorization'])
    current = next
  }
}

async function exchange(
  url: URL,
  method: string,
  headers: Record<string, string>,
  body: Buffer | string | undefined,
  signal: AbortSignal | undefined
): Promise<IncomingMessage> {
  const request = url.protocol === 'https:' ? (await import('node:https')).request : httpRequest
  return new Promise((resolve, reject) => {
    const outgoing = request(url, {
      method,
      headers:
        body === undefined
          ? headers
          : { ...headers, 'content-length': String(Buffer.byteLength(body)) }
    })
    // The request fails with the abort's own reason (e.g. which timeout ran out).
    const abort = () => outgoing.destroy(signal?.reason as Error)
    if (signal?.aborted) abort()
    signal?.addEventListener('abort', abort, { once: true })
    outgoing.once('close', () => signal?.removeEventListener('abort', abort))
    outgoing.setTimeout(IDLE_TIMEOUT_MS, () =>
      outgoing.destroy(new Error(`no data for ${IDLE_TIMEOUT_MS / 1000} s`))
    )
    outgoing.once('response', resolve)
    outgoing.once('error', reject)
    outgoing.end(body)
  })
}

function withoutHeaders(
  headers: Record<string, string>,
  names: readonly string[]
): Record<string, string> {
  return Object.fromEntries(
    Object.entries(headers).filter(([k]) => !names.includes(k.toLowerCase()))
  )
}
