import { createServer, request, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

/**
 * An HTTP proxy in front of the real test registry that lets the first `manifestPuts`
 * manifest PUTs through and answers 500 to every later one: a registry failing part-way
 * through attaching.
 */
export interface FaultyRegistry {
  host: string
  /** Manifest PUTs seen, with their status. */
  puts: { path: string; status: number }[]
  close(): Promise<void>
}

export async function startFaultyRegistry(
  upstreamURL: string,
  manifestPuts: number
): Promise<FaultyRegistry> {
  const upstream = new URL(upstreamURL)
  const puts: FaultyRegistry['puts'] = []
  let allowed = manifestPuts
  const server: Server = createServer((req, res) => {
    const isManifestPut = req.method === 'PUT' && /\/manifests\//.test(req.url ?? '')
    if (isManifestPut && allowed-- <= 0) {
      req.resume()
      puts.push({ path: req.url ?? '', status: 500 })
      res.writeHead(500, { 'content-type': 'application/json' })
      res.end(JSON.stringify({ errors: [{ code: 'UNKNOWN', message: 'injected failure' }] }))
      return
    }
    const forward = request(
      {
        host: upstream.hostname,
        port: upstream.port,
        method: req.method,
        path: req.url,
        headers: req.headers
      },
      upstreamResponse => {
        if (isManifestPut)
          puts.push({ path: req.url ?? '', status: upstreamResponse.statusCode ?? 0 })
        res.writeHead(upstreamResponse.statusCode ?? 502, upstreamResponse.headers)
        upstreamResponse.pipe(res)
      }
    )
    forward.on('error', () => {
      res.writeHead(502)
      res.end()
    })
    req.pipe(forward)
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    host: `127.0.0.1:${port}`,
    puts,
    close: () =>
      new Promise(resolve => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}
