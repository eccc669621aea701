import { request as httpRequest, type ClientRequest, type IncomingMessage } from 'node:http'
import { ActionError } from '../errors'
import { drainedOrClosed } from '../network/backpressure'
import { currentDeadline } from '../network/deadline'
import { formatDuration } from '../network/duration'

/**
 * A small HTTP client on node:http for registry traffic. Node's fetch would do, but
 * its first use loads undici and compiles its WebAssembly parser: about 20 MiB, a
 * fifth of the SBOM step's memory. HTTPS loads node:https on first use.
 *
 * Every wait has a deadline: the connection, the response headers, each stretch of the
 * body, and the body as a whole through a minimum throughput, so a server that drips
 * one byte every few seconds is cut off as surely as one that goes silent. The nearest
 * enclosing deadline (the run's, an image check's) ends any of them early.
 */

export interface HttpLimits {
  /** Until the TCP connection is up. */
  connectMs: number
  /** From sending the request until the response headers are in. */
  headersMs: number
  /** The longest the body may go without a byte. */
  idleMs: number
  /** The body's slowest accepted average, in bytes per second of waiting for it ... */
  minBytesPerSecond: number
  /** ... measured once this much time has been spent waiting for the body. */
  graceMs: number
}

export const DEFAULT_LIMITS: HttpLimits = {
  connectMs: 15_000,
  headersMs: 30_000,
  idleMs: 30_000,
  minBytesPerSecond: 8 * 1024,
  graceMs: 30_000
}

/** Redirects followed per request; registries use one (to blob storage), rarely two. */
export const MAX_REDIRECTS = 5

/**
 * A body written a piece at a time as the connection takes them (e.g. encoded on the fly),
 * so that a large one is never held whole: its length, and its chunks afresh per attempt.
 */
export interface StreamedBody {
  length: number
  chunks(): Iterable<Buffer>
}

type Body = Buffer | string | StreamedBody

export interface HttpRequestInit {
  method?: string
  headers?: Record<string, string>
  body?: Body
  /** Aborts the request and its body (besides the enclosing deadline). */
  signal?: AbortSignal
  limits?: Partial<HttpLimits>
}

const REDIRECTS = new Set([301, 302, 303, 307, 308])

/** A deadline's TIMEOUT error, told where it struck; other errors as they are. */
export function stoppedWhile(error: unknown, doing: string): unknown {
  if (!(error instanceof ActionError) || error.code !== 'TIMEOUT') return error
  return new ActionError('TIMEOUT', `${error.message}: stopped while ${doing}`, {
    hint: error.hint,
    cause: error
  })
}

/** A limit of HttpLimits ran out: the server is too slow or silent (worth a retry, a few times). */
export class HttpTimeout extends Error {}

/** The response to a request, after any redirects. */
export class HttpResponse {
  private consumed = false

  constructor(
    /** The URL that answered (the last one when redirected). */
    readonly url: string,
    private readonly message: IncomingMessage,
    private readonly limits: HttpLimits,
    private readonly signal: AbortSignal | undefined
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

  /**
   * The body as it arrives, within the idle and throughput limits and the deadline.
   * Time the consumer spends between chunks does not count against the server.
   */
  async *body(): AsyncGenerator<Buffer> {
    if (this.consumed) throw new Error(`the body of ${this.url} was already read`)
    this.consumed = true
    const host = new URL(this.url).host
    const iterator = this.message[Symbol.asyncIterator]() as AsyncIterator<Buffer>
    const { idleMs, minBytesPerSecond, graceMs } = this.limits
    let waited = 0
    let received = 0
    let finished = false
    try {
      for (;;) {
        // The floor: after the grace period, `received` must keep up with the minimum rate.
        const floorMs = graceMs + (received / minBytesPerSecond) * 1000 - waited
        const started = Date.now()
        const slow = () =>
          new HttpTimeout(
            `${host} sent ${received} bytes of the body in ${formatDuration(waited + Date.now() - started)}, ` +
              `slower than the minimum of ${minBytesPerSecond / 1024} KiB/s`
          )
        const idle = () =>
          new HttpTimeout(`${host} sent no body data for ${formatDuration(idleMs)}`)
        const next = await within(
          iterator.next(),
          Math.min(idleMs, floorMs),
          floorMs < idleMs ? slow : idle,
          this.signal,
          () => this.message.destroy()
        )
        waited += Date.now() - started
        if (next.done) {
          finished = true
          return
        }
        received += next.value.length
        yield next.value
      }
    } catch (error) {
      throw stoppedWhile(error, `reading ${describeUrl(this.url)} (${received} bytes in)`)
    } finally {
      // Stopped early (consumer gone, or an error): close the connection.
      if (!finished) this.message.destroy()
    }
  }

  /** The body as text, refusing more than `limit` bytes. */
  async text(limit = 1 << 20): Promise<string> {
    const chunks: Buffer[] = []
    let size = 0
    for await (const chunk of this.body()) {
      size += chunk.length
      if (size > limit) throw new Error(`${this.url} answered more than ${limit} bytes`)
      chunks.push(chunk)
    }
    return Buffer.concat(chunks).toString('utf8')
  }

  /** Drops the body unread and closes the connection. */
  discard(): void {
    this.consumed = true
    this.message.destroy()
  }
}

/**
 * Sends one request and follows redirects like fetch: 303 (and 301/302 after a POST)
 * turn into a GET without body, and the Authorization header is not sent to another
 * origin (a registry redirecting blob downloads to storage must not leak its token).
 */
export async function send(url: string, init: HttpRequestInit = {}): Promise<HttpResponse> {
  const limits = { ...DEFAULT_LIMITS, ...init.limits }
  const deadline = currentDeadline()?.signal
  const signal =
    init.signal && deadline ? AbortSignal.any([init.signal, deadline]) : (init.signal ?? deadline)
  let method = init.method ?? 'GET'
  let body = init.body
  let headers = { ...init.headers }
  let current = new URL(url)
  for (let hops = 0; ; hops++) {
    const message = await exchange(current, method, headers, body, limits, signal).catch(
      (error: unknown) => {
        throw stoppedWhile(error, `waiting for ${method} ${describeUrl(current.href)}`)
      }
    )
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
      return new HttpResponse(current.href, message, limits, signal)
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
  body: Body | undefined,
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

function bodyLength(body: Body): number {
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

/** `promise`, or the error `late()` after `ms`, or the signal's reason; `stop` runs on either. */
function within<T>(
  promise: Promise<T>,
  ms: number,
  late: () => Error,
  signal: AbortSignal | undefined,
  stop: () => void
): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  let onAbort: (() => void) | undefined
  const cut = new Promise<never>((_, reject) => {
    const fail = (error: unknown) => {
      reject(error)
      promise.catch(() => {})
      stop()
    }
    if (signal?.aborted) return fail(signal.reason)
    onAbort = () => fail(signal?.reason)
    signal?.addEventListener('abort', onAbort, { once: true })
    timer = setTimeout(() => fail(late()), Math.max(0, ms))
  })
  return Promise.race([promise, cut]).finally(() => {
    clearTimeout(timer)
    if (onAbort) signal?.removeEventListener('abort', onAbort)
  })
}

/** The URL without its query (upload state, signed storage parameters). */
export function describeUrl(url: string): string {
  try {
    const parsed = new URL(url)
    return `${parsed.origin}${parsed.pathname}`
  } catch {
    return url
  }
}

function withoutHeaders(
  headers: Record<string, string>,
  names: readonly string[]
): Record<string, string> {
  return Object.fromEntries(
    Object.entries(headers).filter(([k]) => !names.includes(k.toLowerCase()))
  )
}
