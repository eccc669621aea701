import { currentDeadline } from '../network/deadline'
import { exchange, type RequestBody } from './http-exchange'
import { DEFAULT_LIMITS, stoppedWhile, type HttpLimits } from './http-limits'
import { HttpResponse } from './http-response'
import { describeUrl } from './url'

/**
 * A small HTTP client on node:http for registry traffic. Node's fetch would do, but
 * its first use loads undici and compiles its WebAssembly parser: about 20 MiB, a
 * fifth of the SBOM step's memory. HTTPS loads node:https on first use.
 *
 * Every wait has a deadline (http-limits.ts), and the nearest enclosing deadline (the run's,
 * an image check's) ends any of them early: the request's (http-exchange.ts), the body's
 * (http-response.ts).
 */

/** Redirects followed per request; registries use one (to blob storage), rarely two. */
export const MAX_REDIRECTS = 5

export interface HttpRequestInit {
  method?: string
  headers?: Record<string, string>
  body?: RequestBody
  /** Aborts the request and its body (besides the enclosing deadline). */
  signal?: AbortSignal
  limits?: Partial<HttpLimits>
}

const REDIRECTS = new Set([301, 302, 303, 307, 308])

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

function withoutHeaders(
  headers: Record<string, string>,
  names: readonly string[]
): Record<string, string> {
  return Object.fromEntries(
    Object.entries(headers).filter(([k]) => !names.includes(k.toLowerCase()))
  )
}
