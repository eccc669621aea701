import { spawn, execFileSync, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { freePort, waitForHttp } from './ports'

/** A running Distribution registry (Debian's docker-registry) on loopback. */
export interface RegistryServer {
  /** host:port, as it appears in image references. */
  host: string
  url: string
  credentials?: { username: string; password: string }
  /** The filesystem storage root (blobs live under docker/registry/v2/blobs). */
  storageDir: string
  pid: number
  stop(): Promise<void>
}

export interface RegistryOptions {
  /** Require htpasswd basic auth with these credentials. */
  credentials?: { username: string; password: string }
  /** Require bearer tokens from this token service (JWTs chaining to `rootCertBundle`). */
  tokenAuth?: { realm: string; service: string; issuer: string; rootCertBundle: string }
  /** Answer blob GET/HEAD with a redirect to this base URL + the storage path, as with S3. */
  redirectBlobsTo?: string
}

const BINARY = process.env.DOCKER_REGISTRY_BIN ?? '/usr/bin/docker-registry'

/** Starts a registry with its own storage on a free port; retries if the port is taken. */
export async function startRegistry(options: RegistryOptions = {}): Promise<RegistryServer> {
  let lastError: unknown
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      return await startOnce(options)
    } catch (error) {
      lastError = error
    }
  }
  throw lastError
}

async function startOnce(options: RegistryOptions): Promise<RegistryServer> {
  const dir = mkdtempSync(join(tmpdir(), 'sbom-sign-registry-'))
  const port = await freePort()
  const auth = options.credentials
    ? htpasswdAuth(dir, options.credentials)
    : options.tokenAuth
      ? tokenAuth(options.tokenAuth)
      : ''
  const config = join(dir, 'config.yml')
  writeFileSync(
    config,
    [
      'version: 0.1',
      'log:',
      '  level: error',
      '  accesslog:',
      '    disabled: true',
      'storage:',
      '  filesystem:',
      `    rootdirectory: ${join(dir, 'data')}`,
      '  delete:',
      '    enabled: true',
      ...(options.redirectBlobsTo
        ? [
            'middleware:',
            '  storage:',
            '    - name: redirect',
            '      options:',
            `        baseurl: ${options.redirectBlobsTo}`
          ]
        : []),
      'http:',
      `  addr: 127.0.0.1:${port}`,
      '  secret: local-test-registry',
      auth
    ].join('\n')
  )
  const child = spawn(BINARY, ['serve', config], { stdio: ['ignore', 'ignore', 'pipe'] })
  let stderr = ''
  child.stderr?.on('data', chunk => (stderr += String(chunk)))
  const url = `http://127.0.0.1:${port}`
  try {
    await waitForHttp(`${url}/v2/`, 10_000, () => child.exitCode === null)
  } catch (error) {
    child.kill('SIGKILL')
    rmSync(dir, { recursive: true, force: true })
    throw new Error(`registry did not start: ${(error as Error).message}\n${stderr}`, {
      cause: error
    })
  }
  return {
    host: `127.0.0.1:${port}`,
    url,
    credentials: options.credentials,
    storageDir: join(dir, 'data'),
    pid: child.pid ?? 0,
    stop: () => stop(child, dir)
  }
}

function htpasswdAuth(dir: string, { username, password }: { username: string; password: string }) {
  const file = join(dir, 'htpasswd')
  // Distribution accepts only bcrypt entries.
  writeFileSync(file, execFileSync('htpasswd', ['-Bbn', username, password]))
  return ['auth:', '  htpasswd:', '    realm: sbom-sign-test', `    path: ${file}`].join('\n')
}

function tokenAuth(token: NonNullable<RegistryOptions['tokenAuth']>) {
  return [
    'auth:',
    '  token:',
    `    realm: ${token.realm}`,
    `    service: ${token.service}`,
    `    issuer: ${token.issuer}`,
    `    rootcertbundle: ${token.rootCertBundle}`
  ].join('\n')
}

async function stop(child: ChildProcess, dir: string): Promise<void> {
  if (child.exitCode === null) {
    const exited = new Promise(resolve => child.once('exit', resolve))
    child.kill('SIGTERM')
    const timer = setTimeout(() => child.kill('SIGKILL'), 3000)
    await exited
    clearTimeout(timer)
  }
  rmSync(dir, { recursive: true, force: true })
}
