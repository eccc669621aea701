import {
  createServer,
  request as httpRequest,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type RequestListener
} from 'node:http'
import type { Socket } from 'node:net'

/** An HTTP server on loopback in front of a registry. */
export interface ProxyServer {
  host: string
  url: string
  stop(): Promise<void>
}

/** Listens on a free loopback port; `stop` also cuts connections still open. */
export async function serveProxy(listener: RequestListener): Promise<ProxyServer> {
  const server = createServer(listener)
  const sockets = new Set<Socket>()
  server.on('connection', socket => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  return {
    host: `127.0.0.1:${port}`,
    url: `http://127.0.0.1:${port}`,
    stop: async () => {
      for (const socket of sockets) socket.destroy()
      await new Promise(resolve => server.close(resolve))
    }
  }
}

/**
 * Sends `req` on to `target` with the same method, path and headers; the Host header
 * stays the proxy's, so the registry builds upload Locations pointing at the proxy.
 * The body is `body` when given (already read by the caller), else streamed from `req`.
 * A failed upstream connection cuts the client's connection, as a broken proxy would.
 */
export function forwardRequest(
  target: URL,
  req: IncomingMessage,
  onAnswer: (answer: IncomingMessage) => void,
  body?: Buffer
): void {
  const headers: IncomingHttpHeaders = { ...req.headers }
  if (body) headers['content-length'] = String(body.length)
  const upstream = httpRequest(
    { host: target.hostname, port: target.port, method: req.method, path: req.url, headers },
    onAnswer
  )
  upstream.on('error', () => req.socket.destroy())
  if (body) upstream.end(body)
  else req.pipe(upstream)
}

/** The whole body of a request or answer. */
export async function readBody(message: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of message) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}
