import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { Socket } from 'node:net'
import { forwardRequest, serveProxy, type ProxyServer } from './proxy-server'

/**
 * What a registry a pull request names may do to hold the job, in front of a real
 * registry (everything else is forwarded, so images resolve as usual):
 * - `endless-referrers`: every referrers page is empty and links to one more
 * - `drip-manifest`: manifest GETs send their headers, then one body byte every `dripMs`
 * - `silent`: accepts connections and never answers
 * - `link-elsewhere`: the referrers list is one empty page whose `Link` names `elsewhere`
 */
export type Hostility = 'endless-referrers' | 'drip-manifest' | 'silent' | 'link-elsewhere'

export interface HostileRegistryOptions {
  /** The registry behind it, e.g. http://127.0.0.1:5000 */
  target: string
  hostility: Hostility
  dripMs?: number
  /** For `link-elsewhere`: the origin the Link points at. */
  elsewhere?: string
}

export interface HostileRegistry extends ProxyServer {
  /**
   * Referrers pages served (and the Authorization each came with), manifest bytes dripped,
   * and how long the client was held: from its first request to its last connection closing.
   */
  stats: {
    referrerPages: number
    dripped: number
    referrerAuthorizations: (string | undefined)[]
    firstRequestAt?: number
    lastClosedAt?: number
  }
}

const INDEX = 'application/vnd.oci.image.index.v1+json'
const REFERRERS = /^\/v2\/(.+)\/referrers\/([^/?]+)/
const MANIFEST = /^\/v2\/(.+)\/manifests\/[^/?]+$/

export async function startHostileRegistry(
  options: HostileRegistryOptions
): Promise<HostileRegistry> {
  const target = new URL(options.target)
  const stats: HostileRegistry['stats'] = {
    referrerPages: 0,
    dripped: 0,
    referrerAuthorizations: []
  }
  const timers = new Set<NodeJS.Timeout>()
  const emptyIndex = JSON.stringify({ schemaVersion: 2, mediaType: INDEX, manifests: [] })

  const drip = (req: IncomingMessage, res: ServerResponse) =>
    forwardRequest(target, req, answer => {
      const chunks: Buffer[] = []
      answer.on('data', (chunk: Buffer) => chunks.push(chunk))
      answer.on('end', () => {
        const body = Buffer.concat(chunks)
        res.writeHead(answer.statusCode ?? 502, answer.headers)
        let sent = 0
        const timer = setInterval(() => {
          if (sent >= body.length || res.destroyed) {
            clearInterval(timer)
            timers.delete(timer)
            res.end()
            return
          }
          res.write(body.subarray(sent, ++sent))
          stats.dripped++
        }, options.dripMs ?? 20_000)
        timers.add(timer)
      })
    })

  const server = await serveProxy((req, res) => {
    stats.firstRequestAt ??= Date.now()
    res.on('close', () => (stats.lastClosedAt = Date.now()))
    const path = req.url ?? ''
    const referrers = REFERRERS.exec(path)
    switch (options.hostility) {
      case 'silent':
        return
      case 'endless-referrers':
        if (referrers) {
          const page = Number(new URL(path, 'http://x').searchParams.get('page') ?? 1)
          stats.referrerPages++
          res.writeHead(200, {
            'content-type': INDEX,
            link: `</v2/${referrers[1]}/referrers/${referrers[2]}?page=${page + 1}>; rel="next"`
          })
          return void res.end(emptyIndex)
        }
        break
      case 'link-elsewhere':
        if (referrers) {
          stats.referrerPages++
          stats.referrerAuthorizations.push(req.headers.authorization)
          res.writeHead(200, {
            'content-type': INDEX,
            link: `<${options.elsewhere}/v2/${referrers[1]}/referrers/${referrers[2]}?page=2>; rel="next"`
          })
          return void res.end(emptyIndex)
        }
        break
      case 'drip-manifest':
        if (req.method === 'GET' && MANIFEST.test(path)) return drip(req, res)
        break
    }
    forwardRequest(target, req, answer => {
      res.writeHead(answer.statusCode ?? 502, answer.headers)
      answer.pipe(res)
    })
  })
  return {
    ...server,
    stats,
    stop: async () => {
      for (const timer of timers) clearInterval(timer)
      await server.stop()
    }
  }
}

/** A loopback server that records the Authorization header of every request and answers an empty referrers index. */
export async function startRecorder(): Promise<{
  url: string
  seen: { path: string; authorization?: string }[]
  stop(): Promise<void>
}> {
  const seen: { path: string; authorization?: string }[] = []
  const sockets = new Set<Socket>()
  const server: Server = createServer((req, res) => {
    seen.push({
      path: req.url ?? '',
      ...(req.headers.authorization ? { authorization: req.headers.authorization } : {})
    })
    res.writeHead(200, { 'content-type': INDEX })
    res.end(JSON.stringify({ schemaVersion: 2, mediaType: INDEX, manifests: [] }))
  })
  server.on('connection', socket => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  // 127.0.0.2: another origin than the registry's, still on loopback.
  await new Promise<void>(resolve => server.listen(0, '127.0.0.2', resolve))
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  return {
    url: `http://127.0.0.2:${port}`,
    seen,
    stop: async () => {
      for (const socket of sockets) socket.destroy()
      await new Promise(resolve => server.close(resolve))
    }
  }
}
