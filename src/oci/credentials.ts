import { execFile } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { homedir } from 'node:os'
import { join } from 'node:path'
import { ActionError } from '../errors'
import { log } from '../log'
import { DOCKER_HUB } from './reference'

export interface Credentials {
  username?: string
  password?: string
  /** An OAuth2 refresh token (`identitytoken` in the docker config). */
  identityToken?: string
  /** Where they came from, for messages: 'registry-username input', '~/.docker/config.json'. */
  source: string
}

export interface CredentialOptions {
  username?: string
  password?: string
  /** When set, username/password are only offered to this registry. */
  credentialsRegistry?: string
  githubToken?: string
  dockerConfigDir?: string
}

interface DockerConfig {
  auths?: Record<
    string,
    { auth?: string; username?: string; password?: string; identitytoken?: string }
  >
  credHelpers?: Record<string, string>
  credsStore?: string
}

/** Keys Docker Hub credentials are stored under. */
const DOCKER_HUB_KEYS = [
  'https://index.docker.io/v1/',
  'index.docker.io',
  DOCKER_HUB,
  'registry-1.docker.io'
]
const HELPER_TIMEOUT_MS = 30_000

/** `https://host:port/v1/` → `host:port`, the way docker config keys are matched. */
function configKeyHost(key: string): string {
  return key.replace(/^[a-z]+:\/\//i, '').split('/')[0] ?? key
}

function keysFor(registry: string): string[] {
  return registry === DOCKER_HUB ? DOCKER_HUB_KEYS : [registry]
}

/**
 * Finds credentials for one registry: explicit options, then the docker config
 * (credHelpers, credsStore, auths), then GITHUB_TOKEN for ghcr.io. Remembers where it
 * looked so that an authentication failure can say so.
 */
export class CredentialStore {
  private readonly cache = new Map<string, Promise<Credentials | undefined>>()
  private config?: Promise<DockerConfig | undefined>

  constructor(private readonly options: CredentialOptions = {}) {}

  get configPath(): string {
    const dir =
      this.options.dockerConfigDir ?? process.env.DOCKER_CONFIG ?? join(homedir(), '.docker')
    return join(dir, 'config.json')
  }

  /** A sentence naming every place credentials for `registry` are looked for. */
  searched(registry: string): string {
    const places = []
    if (this.explicitApplies(registry))
      places.push('the registry-username/registry-password inputs')
    places.push(this.configPath)
    if (registry === 'ghcr.io') places.push('GITHUB_TOKEN')
    return places.join(', ')
  }

  get(registry: string): Promise<Credentials | undefined> {
    let found = this.cache.get(registry)
    if (!found) {
      found = this.lookup(registry)
      this.cache.set(registry, found)
    }
    return found
  }

  private explicitApplies(registry: string): boolean {
    const only = this.options.credentialsRegistry
    return Boolean(this.options.username) && (!only || keysFor(registry).includes(only))
  }

  private async lookup(registry: string): Promise<Credentials | undefined> {
    const { username, password } = this.options
    if (this.explicitApplies(registry))
      return register({ username, password: password ?? '', source: 'the registry-username input' })
    const fromConfig = await this.fromDockerConfig(registry)
    if (fromConfig) return register(fromConfig)
    const token = this.options.githubToken ?? process.env.GITHUB_TOKEN
    if (registry === 'ghcr.io' && token)
      return register({
        username: process.env.GITHUB_ACTOR || 'token',
        password: token,
        source: 'GITHUB_TOKEN'
      })
    return undefined
  }

  private readConfig(): Promise<DockerConfig | undefined> {
    this.config ??= readFile(this.configPath, 'utf8').then(
      text => {
        try {
          return JSON.parse(text) as DockerConfig
        } catch {
          log.warning(`${this.configPath} is not valid JSON; ignoring it`)
          return undefined
        }
      },
      () => undefined
    )
    return this.config
  }

  private async fromDockerConfig(registry: string): Promise<Credentials | undefined> {
    const config = await this.readConfig()
    if (!config) return undefined
    const source = this.configPath
    const keys = keysFor(registry)
    for (const key of keys) {
      const helper = config.credHelpers?.[key]
      if (helper) return runHelper(helper, key, source)
    }
    if (config.credsStore) {
      for (const key of keys) {
        const stored = await runHelper(config.credsStore, key, source)
        if (stored) return stored
      }
    }
    for (const [key, entry] of Object.entries(config.auths ?? {})) {
      if (!keys.includes(key) && !keys.includes(configKeyHost(key))) continue
      if (entry.identitytoken)
        return { username: entry.username, identityToken: entry.identitytoken, source }
      if (entry.auth) {
        const decoded = Buffer.from(entry.auth, 'base64').toString('utf8')
        const colon = decoded.indexOf(':')
        if (colon > 0)
          return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1), source }
      }
      if (entry.username && entry.password)
        return { username: entry.username, password: entry.password, source }
    }
    return undefined
  }
}

function register(credentials: Credentials): Credentials {
  if (credentials.password) log.secret(credentials.password)
  if (credentials.identityToken) log.secret(credentials.identityToken)
  if (credentials.password)
    log.secret(
      Buffer.from(`${credentials.username ?? ''}:${credentials.password}`).toString('base64')
    )
  return credentials
}

/** Runs `docker-credential-<helper> get` with the server URL on stdin (docker's helper protocol). */
function runHelper(
  helper: string,
  server: string,
  configPath: string
): Promise<Credentials | undefined> {
  const program = `docker-credential-${helper}`
  return new Promise((resolve, reject) => {
    const child = execFile(
      program,
      ['get'],
      { timeout: HELPER_TIMEOUT_MS, env: process.env },
      (error, stdout, stderr) => {
        if (error) {
          // Helpers report a missing entry on stdout or stderr, depending on the helper.
          if (/credentials not found/i.test(`${stdout}${stderr}`)) return resolve(undefined)
          const missing = (error as NodeJS.ErrnoException).code === 'ENOENT'
          return reject(
            new ActionError(
              'REGISTRY_AUTH',
              missing
                ? `credential helper ${program} (named in ${configPath}) is not installed`
                : `credential helper ${program} failed for ${server}: ${String(stderr || stdout).trim() || error.message}`,
              { hint: `Install ${program} or remove it from ${configPath}` }
            )
          )
        }
        try {
          const parsed = JSON.parse(stdout) as { Username?: string; Secret?: string }
          if (!parsed.Secret) return resolve(undefined)
          const source = `${configPath} (${program})`
          // Docker's convention: username "<token>" marks the secret as an identity token.
          if (parsed.Username === '<token>')
            return resolve({ identityToken: parsed.Secret, source })
          resolve({ username: parsed.Username, password: parsed.Secret, source })
        } catch {
          reject(
            new ActionError(
              'REGISTRY_AUTH',
              `credential helper ${program} printed something that is not JSON`
            )
          )
        }
      }
    )
    child.stdin?.end(server)
  })
}
