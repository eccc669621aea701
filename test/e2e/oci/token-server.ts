import { execFileSync } from 'node:child_process'
import { createPrivateKey, createSign, randomUUID, X509Certificate } from 'node:crypto'
import { mkdtempSync, readFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { freePort } from '../../stack/ports'
import { startRegistry, type RegistryServer } from '../../stack/registry'

export interface TokenRequest {
  method: string
  scopes: string[]
  /** 'anonymous', 'basic:<user>', 'refresh' */
  as: string
}

export interface TokenRegistry {
  registry: RegistryServer
  requests: TokenRequest[]
  username: string
  password: string
  refreshToken: string
  stop(): Promise<void>
}

const SERVICE = 'token-test-registry'
const ISSUER = 'token-test-issuer'

function base64url(data: Buffer | string): string {
  return Buffer.from(data).toString('base64url')
}

/**
 * A Distribution registry behind token auth, with a token service that signs JWTs
 * with a self-signed certificate the registry trusts. Anonymous callers get pull,
 * `username`/`password` (Basic) or `refreshToken` (OAuth2 POST) get pull and push.
 */
export async function startTokenRegistry(): Promise<TokenRegistry> {
  const dir = mkdtempSync(join(tmpdir(), 'sbom-sign-token-'))
  const keyPath = join(dir, 'key.pem')
  const certPath = join(dir, 'cert.pem')
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      keyPath,
      '-out',
      certPath,
      '-subj',
      '/CN=token-test',
      '-days',
      '2'
    ],
    { stdio: 'ignore' }
  )
  const key = createPrivateKey(readFileSync(keyPath))
  const certDer = new X509Certificate(readFileSync(certPath)).raw
  const username = 'token-user'
  const password = 'token-password'
  const refreshToken = `refresh-${randomUUID()}`
  const requests: TokenRequest[] = []

  const sign = (access: { type: string; name: string; actions: string[] }[]) => {
    const now = Math.floor(Date.now() / 1000)
    const header = base64url(
      JSON.stringify({ typ: 'JWT', alg: 'RS256', x5c: [certDer.toString('base64')] })
    )
    const claims = base64url(
      JSON.stringify({
        iss: ISSUER,
        sub: 'test',
        aud: SERVICE,
        exp: now + 300,
        nbf: now - 10,
        iat: now,
        jti: randomUUID(),
        access
      })
    )
    const signature = createSign('RSA-SHA256').update(`${header}.${claims}`).sign(key)
    return `${header}.${claims}.${base64url(signature)}`
  }

  const server: Server = createServer((req, res) => {
    let body = ''
    req.on('data', chunk => (body += String(chunk)))
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://localhost')
      const params = req.method === 'POST' ? new URLSearchParams(body) : url.searchParams
      const scopes = params.getAll('scope').flatMap(s => s.split(' '))
      let as = 'anonymous'
      const authorization = req.headers.authorization ?? ''
      if (req.method === 'POST') {
        if (
          params.get('grant_type') !== 'refresh_token' ||
          params.get('refresh_token') !== refreshToken
        ) {
          res.writeHead(401).end('{"error":"invalid_grant"}')
          return
        }
        as = 'refresh'
      } else if (authorization.startsWith('Basic ')) {
        const [user, pass] = Buffer.from(authorization.slice(6), 'base64').toString().split(':')
        if (user !== username || pass !== password) {
          res
            .writeHead(401, { 'content-type': 'application/json' })
            .end('{"details":"bad credentials"}')
          return
        }
        as = `basic:${user}`
      }
      requests.push({ method: req.method ?? '', scopes, as })
      const access = scopes.map(scope => {
        const [type, ...rest] = scope.split(':')
        const actions = (rest.pop() ?? '').split(',')
        return {
          type: type ?? '',
          name: rest.join(':'),
          actions: as === 'anonymous' ? actions.filter(a => a === 'pull') : actions
        }
      })
      const token = sign(access)
      res.writeHead(200, { 'content-type': 'application/json' })
      res.end(
        JSON.stringify(
          req.method === 'POST'
            ? { access_token: token, expires_in: 300 }
            : { token, expires_in: 300 }
        )
      )
    })
  })
  const port = await freePort()
  await new Promise<void>(resolve => server.listen(port, '127.0.0.1', resolve))
  const registry = await startRegistry({
    tokenAuth: {
      realm: `http://127.0.0.1:${port}/token`,
      service: SERVICE,
      issuer: ISSUER,
      rootCertBundle: certPath
    }
  })
  return {
    registry,
    requests,
    username,
    password,
    refreshToken,
    stop: async () => {
      await registry.stop()
      await new Promise(resolve => server.close(resolve))
    }
  }
}
