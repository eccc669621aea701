import type { IncomingMessage, Server, ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

/** What a service's route answers; the server writes it as it is. */
export interface Reply {
  status: number
  body: string | Uint8Array
  headers?: Record<string, string>
}

/** One service: the request, its path (scenario prefix removed) and its whole body. */
export type Route = (
  method: string,
  path: string,
  body: Buffer,
  req: IncomingMessage
) => Promise<Reply>

export function json(status: number, value: unknown, headers: Record<string, string> = {}): Reply {
  return {
    status,
    body: JSON.stringify(value),
    headers: { 'content-type': 'application/json', ...headers }
  }
}

export function text(status: number, body: string): Reply {
  return { status, body, headers: { 'content-type': 'text/plain' } }
}

export function notFoundReply(): Reply {
  return json(404, { message: 'not found' })
}

/** notFoundReply for routes, which answer asynchronously. */
export async function notFound(): Promise<Reply> {
  return notFoundReply()
}

/** An answer of an @sigstore/mock handler as a Reply. */
export function fromHandler(result: {
  statusCode: number
  response: string | ArrayBufferView
  contentType?: string
}): Reply {
  const body = typeof result.response === 'string' ? result.response : bytes(result.response)
  return {
    status: result.statusCode,
    body,
    headers: { 'content-type': result.contentType ?? 'text/plain' }
  }
}

export function reply(res: ServerResponse, answer: Reply) {
  res.writeHead(answer.status, answer.headers ?? {})
  res.end(answer.body)
}

/** The bytes of a typed array (the mock's certificates and keys) as a Buffer, not copied. */
export function bytes(view: ArrayBufferView): Buffer {
  return Buffer.from(view.buffer, view.byteOffset, view.byteLength)
}

/** Listens on a free loopback port; resolves to the server's base URL. */
export function listen(server: Server): Promise<string> {
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo
      resolve(`http://127.0.0.1:${port}`)
    })
  })
}

/** Closes the server, cutting keep-alive connections so that it closes at once. */
export function closeServer(server: Server): Promise<void> {
  return new Promise(resolve => {
    server.closeAllConnections()
    server.close(() => resolve())
  })
}
