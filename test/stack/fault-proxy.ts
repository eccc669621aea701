import type { IncomingMessage, ServerResponse } from 'node:http'
import { forwardRequest, serveProxy, type ProxyServer } from './proxy-server'

/**
 * What the proxy does to a faulted request:
 * - `503`: answers 503 with a registry error body
 * - `429`: answers 429 with `Retry-After`
 * - `reset`: closes the connection without answering
 * - `truncate`: forwards, then cuts the connection halfway through the body
 * - `stall`: forwards half the body, then sends nothing more (closing after `stallMs`)
 * - `slow`: waits `slowMs` before forwarding
 * - `html`: answers 200 with an HTML page (a captive portal or misrouted proxy)
 * - `corrupt`: forwards with one body byte flipped
 * - `unsupported`: answers 405 UNSUPPORTED, as Distribution does to DELETE when deleting is off
 */
export type Fault =
  '503' | '429' | 'reset' | 'truncate' | 'stall' | 'slow' | 'html' | 'corrupt' | 'unsupported'

export interface FaultProxyOptions {
  /** The registry behind the proxy, e.g. http://127.0.0.1:5000 */
  target: string
  /** Fault every `every`-th request (1 = all); 0 forwards everything untouched. */
  every?: number
  /** Faults applied in turn to the faulted requests. */
  faults?: Fault[]
  retryAfterSeconds?: number
  slowMs?: number
  stallMs?: number
  /** Only requests whose path matches are counted and faulted. */
  only?: RegExp
  /** Only requests with one of these methods are counted and faulted. */
  methods?: string[]
  /** Stop injecting after this many faults. */
  maxFaults?: number
}

export interface FaultProxy extends ProxyServer {
  /** Requests seen, faults injected by kind, and the most requests open at once. */
  stats: { requests: number; faults: Partial<Record<Fault, number>>; maxInFlight: number }
  /** Changes the fault plan and resets the counters. */
  configure(options: Omit<FaultProxyOptions, 'target'>): void
}

const DEFAULT_FAULTS: Fault[] = ['503', '429', 'reset', 'truncate', 'slow']

function withDefaults(options: Omit<FaultProxyOptions, 'target'>) {
  return {
    every: options.every ?? 3,
    faults: options.faults ?? DEFAULT_FAULTS,
    retryAfterSeconds: options.retryAfterSeconds ?? 1,
    slowMs: options.slowMs ?? 300,
    stallMs: options.stallMs ?? 10_000,
    only: options.only,
    methods: options.methods,
    maxFaults: options.maxFaults ?? Infinity
  }
}

/**
 * An HTTP proxy in front of a registry that injects faults on a fixed schedule:
 * request n is faulted when n is a multiple of `every`, with the faults taken in
 * turn. The same run of requests always meets the same faults, and no two
 * consecutive requests fail when `every` > 1, so a client with retries must finish.
 */
export async function startFaultProxy(options: FaultProxyOptions): Promise<FaultProxy> {
  const target = new URL(options.target)
  let plan = withDefaults(options)
  const stats: FaultProxy['stats'] = { requests: 0, faults: {}, maxInFlight: 0 }
  let inFlight = 0
  let faulted = 0

  const forward = (req: IncomingMessage, res: ServerResponse, fault?: Fault) =>
    forwardRequest(target, req, answer => {
      const length = Number(answer.headers['content-length'] ?? 0)
      if ((fault === 'truncate' || fault === 'stall') && length > 1) {
        res.writeHead(answer.statusCode ?? 502, answer.headers)
        let sent = 0
        answer.on('data', (chunk: Buffer) => {
          if (sent >= length / 2) return
          const part = chunk.subarray(0, Math.max(0, Math.ceil(length / 2) - sent))
          sent += part.length
          res.write(part)
          if (sent >= length / 2) {
            answer.destroy()
            if (fault === 'truncate') res.socket?.destroy()
            else setTimeout(() => res.socket?.destroy(), plan.stallMs).unref()
          }
        })
        return
      }
      if (fault === 'corrupt' && length > 0) {
        const chunks: Buffer[] = []
        answer.on('data', (chunk: Buffer) => chunks.push(chunk))
        answer.on('end', () => {
          const body = Buffer.concat(chunks)
          const at = Math.floor(body.length / 2)
          body[at] = (body[at] ?? 0) ^ 0x01
          res.writeHead(answer.statusCode ?? 502, answer.headers)
          res.end(body)
        })
        return
      }
      res.writeHead(answer.statusCode ?? 502, answer.headers)
      answer.pipe(res)
    })

  const server = await serveProxy((req, res) => {
    inFlight++
    stats.maxInFlight = Math.max(stats.maxInFlight, inFlight)
    res.on('close', () => inFlight--)
    const counted =
      (!plan.only || plan.only.test(req.url ?? '')) &&
      (!plan.methods || plan.methods.includes(req.method ?? ''))
    if (counted) stats.requests++
    const isFaulted =
      counted && plan.every > 0 && stats.requests % plan.every === 0 && faulted < plan.maxFaults
    const fault = isFaulted ? plan.faults[faulted++ % plan.faults.length] : undefined
    if (fault) stats.faults[fault] = (stats.faults[fault] ?? 0) + 1
    switch (fault) {
      case '503':
        req.resume()
        res.writeHead(503, { 'content-type': 'application/json' })
        res.end('{"errors":[{"code":"UNAVAILABLE","message":"injected fault"}]}')
        return
      case '429':
        req.resume()
        res.writeHead(429, {
          'retry-after': String(plan.retryAfterSeconds),
          'content-type': 'application/json'
        })
        res.end('{"errors":[{"code":"TOOMANYREQUESTS","message":"injected fault"}]}')
        return
      case 'unsupported':
        req.resume()
        res.writeHead(405, { 'content-type': 'application/json' })
        res.end('{"errors":[{"code":"UNSUPPORTED","message":"The operation is unsupported."}]}')
        return
      case 'reset':
        req.socket.destroy()
        return
      case 'html':
        req.resume()
        res.writeHead(200, { 'content-type': 'text/html' })
        res.end('<!DOCTYPE html><html><body><h1>Sign in to the network</h1></body></html>')
        return
      case 'slow': {
        // A client that gave up (or stop()) closes the response: forward nothing after that.
        const timer = setTimeout(() => forward(req, res), plan.slowMs)
        res.on('close', () => clearTimeout(timer))
        return
      }
      default:
        forward(req, res, fault)
    }
  })
  return {
    ...server,
    stats,
    configure: next => {
      plan = withDefaults(next)
      stats.requests = 0
      stats.faults = {}
      stats.maxInFlight = 0
      faulted = 0
    }
  }
}
