import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { createServer, type IncomingMessage, type Server } from 'node:http'
import { createServer as createHttpsServer } from 'node:https'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { getCACertificates, setDefaultCACertificates } from 'node:tls'
import { withDeadline } from '../../../src/network/deadline'
import { send } from '../../../src/oci/http'

interface Seen {
  port: number
  method: string
  url: string
  body: string
  authorization?: string
}

/** A loopback server answering by path; records every request it gets. */
describe('HTTP client', () => {
  let server: Server
  let base = ''
  const seen: Seen[] = []
  const read = async (req: IncomingMessage): Promise<string> => {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    return Buffer.concat(chunks).toString()
  }

  beforeAll(async () => {
    server = createServer(async (req, res) => {
      seen.push({
        port: req.socket.remotePort ?? 0,
        method: req.method ?? '',
        url: req.url ?? '',
        body: await read(req),
        ...(req.headers.authorization ? { authorization: req.headers.authorization } : {})
      })
      const path = req.url ?? ''
      if (path === '/see-other') return void res.writeHead(303, { location: '/done' }).end()
      if (path === '/temporary') return void res.writeHead(307, { location: '/done' }).end()
      if (path === '/other-host')
        return void res
          .writeHead(302, { location: base.replace('127.0.0.1', 'localhost') + '/done' })
          .end()
      if (path === '/empty') return void res.writeHead(201, { 'content-length': 0 }).end()
      if (path === '/loop') return void res.writeHead(302, { location: '/loop' }).end()
      if (path === '/slow') {
        // Cleared when the client gives up, so no timer outlives the test file.
        const timer = setTimeout(() => res.end('late'), 2000)
        return void res.on('close', () => clearTimeout(timer))
      }
      if (path === '/silent') return
      if (path === '/drip') {
        // Headers at once, then one byte every 100 ms for 10 s.
        res.writeHead(200, { 'content-length': 100 })
        let sent = 0
        const timer = setInterval(() => {
          if (res.destroyed || ++sent > 100) return void clearInterval(timer)
          res.write('x')
        }, 100)
        return
      }
      res.writeHead(200, { 'x-many': ['a', 'b'], 'content-type': 'text/plain' })
      res.end(`answered ${req.method}`)
    })
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
    const address = server.address()
    base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`
  })
  afterAll(() => {
    server.closeAllConnections()
    return new Promise(resolve => server.close(resolve))
  })
  beforeEach(() => {
    seen.length = 0
  })

  test('a 303 after a POST goes on as a GET without the body', async () => {
    const response = await send(`${base}/see-other`, { method: 'POST', body: 'payload' })
    expect(response.status).toBe(200)
    expect(response.url).toBe(`${base}/done`)
    expect(await response.text()).toBe('answered GET')
    expect(seen.map(s => [s.method, s.url, s.body])).toEqual([
      ['POST', '/see-other', 'payload'],
      ['GET', '/done', '']
    ])
  })

  test('a 307 repeats the method and the body', async () => {
    const response = await send(`${base}/temporary`, { method: 'PUT', body: Buffer.from('bytes') })
    expect(await response.text()).toBe('answered PUT')
    expect(seen[1]).toMatchObject({ method: 'PUT', url: '/done', body: 'bytes' })
  })

  test('Authorization stays with the origin it was meant for', async () => {
    const headers = { authorization: 'Bearer secret' }
    await (await send(`${base}/temporary`, { headers })).text()
    await (await send(`${base}/other-host`, { headers })).text()
    expect(seen.map(s => s.authorization)).toEqual([
      'Bearer secret',
      'Bearer secret',
      'Bearer secret',
      undefined
    ])
  })

  test('reads headers case-insensitively, joining repeated ones', async () => {
    const response = await send(`${base}/plain`)
    expect(response.ok).toBe(true)
    expect(response.headers.get('X-Many')).toBe('a, b')
    expect(response.headers.has('content-type')).toBe(true)
    expect(response.headers.get('etag')).toBeNull()
    response.discard()
  })

  test('a response without a body gives its connection back unread', async () => {
    const created = await send(`${base}/empty`, { method: 'PUT', body: 'x' })
    expect(created.status).toBe(201)
    await new Promise(resolve => setTimeout(resolve, 50))
    await (await send(`${base}/plain`)).text()
    expect(seen[1]?.port).toBe(seen[0]?.port)
  })

  test('a server that never answers is cut at the header limit, naming the host', async () => {
    const started = Date.now()
    await expect(send(`${base}/silent`, { limits: { headersMs: 300 } })).rejects.toThrow(
      `${base.slice(7)} sent no response within 300 ms`
    )
    expect(Date.now() - started).toBeLessThan(1500)
  })

  test('a body dripped a byte at a time is cut by the minimum throughput', async () => {
    const response = await send(`${base}/drip`, {
      limits: { graceMs: 500, minBytesPerSecond: 1000, idleMs: 5000 }
    })
    const started = Date.now()
    await expect(response.text()).rejects.toThrow(
      new RegExp(`^${base.slice(7)} sent \\d bytes of the body in \\d+ ms, slower than the minimum`)
    )
    // The grace period plus what the bytes already in bought; far from the drip's 10 s.
    expect(Date.now() - started).toBeLessThan(1500)
  })

  test('a body dripped a byte at a time stops at the enclosing deadline', async () => {
    const started = Date.now()
    const reading = withDeadline(400, { what: 'the test', input: 'timeout' }, async () =>
      (await send(`${base}/drip`)).text()
    )
    await expect(reading).rejects.toThrow(
      new RegExp(
        `^the test did not finish within 400 ms: stopped while reading ${base}/drip \\(\\d bytes in\\)$`
      )
    )
    expect(Date.now() - started).toBeLessThan(1500)
  })

  test('gives up on a redirect loop and honours an abort signal', async () => {
    await expect(send(`${base}/loop`)).rejects.toThrow('more than 5 redirects')
    await expect(send(`${base}/slow`, { signal: AbortSignal.timeout(100) })).rejects.toThrow()
  })
})

/** A self-signed certificate for 127.0.0.1, made with openssl for this run. */
function selfSigned(): { key: string; cert: string } {
  const dir = mkdtempSync(join(tmpdir(), 'http-tls-'))
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:P-256',
      '-nodes',
      '-days',
      '1',
      '-subj',
      '/CN=127.0.0.1',
      '-addext',
      'subjectAltName=IP:127.0.0.1',
      '-keyout',
      join(dir, 'key.pem'),
      '-out',
      join(dir, 'cert.pem')
    ],
    { stdio: 'ignore' }
  )
  return {
    key: readFileSync(join(dir, 'key.pem'), 'utf8'),
    cert: readFileSync(join(dir, 'cert.pem'), 'utf8')
  }
}

describe('HTTP client over TLS', () => {
  const { key, cert } = selfSigned()
  const server = createHttpsServer({ key, cert }, (req, res) => res.end(`tls ${req.method}`))
  let base = ''
  const defaults = getCACertificates('default')

  beforeAll(async () => {
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
    const address = server.address()
    base = `https://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`
  })
  afterAll(() => {
    setDefaultCACertificates(defaults)
    return new Promise(resolve => server.close(resolve))
  })

  test('refuses a certificate nobody vouches for, and speaks HTTPS once it is trusted', async () => {
    await expect(send(`${base}/`)).rejects.toThrow(/self-signed certificate/)
    setDefaultCACertificates([...defaults, cert])
    const response = await send(`${base}/`)
    expect(response.status).toBe(200)
    expect(await response.text()).toBe('tls GET')
  })
})
