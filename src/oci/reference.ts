import { ActionError } from '../errors'
import { isDigest } from './digest'

/** An image reference parsed and normalised the way Docker does. */
export interface Reference {
  /** 'docker.io', '127.0.0.1:5000', 'ghcr.io' */
  registry: string
  /** 'library/nginx', 'acme/app' */
  repository: string
  tag?: string
  digest?: string
  /** registry/repository */
  readonly name: string
  /** name[:tag][@digest] */
  toString(): string
}

export const DOCKER_HUB = 'docker.io'
/** Docker Hub serves the registry API on a different host than its name. */
const DOCKER_HUB_API = 'registry-1.docker.io'
const DEFAULT_TAG = 'latest'

const COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/
const TAG = /^[\w][\w.-]{0,127}$/
const HOST_LABEL = /^(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])$/
const IPV6 = /^\[[a-fA-F0-9:.]+\]$/
const HEX64 = /^[a-f0-9]{64}$/

function invalid(ref: string, why: string, hint?: string): ActionError {
  return new ActionError('INPUT_INVALID', `invalid image reference "${ref}": ${why}`, {
    hint: hint ?? 'Use [registry/]repository[:tag][@sha256:<digest>], e.g. ghcr.io/acme/app:1.0'
  })
}

function makeReference(fields: {
  registry: string
  repository: string
  tag?: string
  digest?: string
}): Reference {
  const { registry, repository, tag, digest } = fields
  return {
    registry,
    repository,
    ...(tag === undefined ? {} : { tag }),
    ...(digest === undefined ? {} : { digest }),
    get name() {
      return `${registry}/${repository}`
    },
    toString() {
      return `${registry}/${repository}${tag ? `:${tag}` : ''}${digest ? `@${digest}` : ''}`
    }
  }
}

/** The same repository at another tag or digest. */
export function withVersion(ref: Reference, tagOrDigest: string): Reference {
  const base = { registry: ref.registry, repository: ref.repository }
  return makeReference(
    tagOrDigest.includes(':') ? { ...base, digest: tagOrDigest } : { ...base, tag: tagOrDigest }
  )
}

function validHost(host: string): boolean {
  const colon = host.startsWith('[') ? host.indexOf(']:') + 1 : host.lastIndexOf(':')
  const name = colon > 0 ? host.slice(0, colon) : host
  const port = colon > 0 ? host.slice(colon + 1) : undefined
  if (port !== undefined && !/^\d{1,5}$/.test(port)) return false
  if (IPV6.test(name)) return true
  return name.split('.').every(label => HOST_LABEL.test(label))
}

/**
 * Parses `[registry/]repository[:tag][@digest]`: `nginx` becomes
 * `docker.io/library/nginx:latest`; a digest without a tag keeps no tag.
 */
export function parseReference(input: string): Reference {
  const ref = input.trim()
  if (!ref) throw invalid(input, 'it is empty')
  if (/\s/.test(ref)) throw invalid(ref, 'it contains whitespace')
  let rest = ref
  let digest: string | undefined
  const at = rest.indexOf('@')
  if (at >= 0) {
    digest = rest.slice(at + 1)
    rest = rest.slice(0, at)
    if (!isDigest(digest))
      throw invalid(
        ref,
        `"${digest}" is not a valid digest`,
        'Digests are sha256:<64 lowercase hex digits>'
      )
  }
  let tag: string | undefined
  const colon = rest.lastIndexOf(':')
  if (colon > rest.lastIndexOf('/')) {
    tag = rest.slice(colon + 1)
    rest = rest.slice(0, colon)
    if (!TAG.test(tag))
      throw invalid(
        ref,
        `"${tag}" is not a valid tag`,
        'Tags are up to 128 letters, digits, "_", "." and "-", not starting with "." or "-"'
      )
  }
  if (!rest) throw invalid(ref, 'the repository name is missing')
  if (HEX64.test(rest))
    throw invalid(ref, 'a 64-character hex string is an image ID, not a repository name')

  const slash = rest.indexOf('/')
  const first = slash < 0 ? '' : rest.slice(0, slash)
  const hasRegistry =
    slash >= 0 && (/[.:]/.test(first) || first === 'localhost' || first.toLowerCase() !== first)
  let registry = hasRegistry ? first : DOCKER_HUB
  let repository = hasRegistry ? rest.slice(slash + 1) : rest
  if (hasRegistry && !validHost(registry))
    throw invalid(ref, `"${registry}" is not a valid registry host`)
  if (registry === 'index.docker.io' || registry === DOCKER_HUB_API) registry = DOCKER_HUB
  if (repository.toLowerCase() !== repository)
    throw invalid(
      ref,
      'repository names must be lowercase',
      `Use "${repository.toLowerCase()}" (registry hosts and tags may contain capitals, repository names may not)`
    )
  const components = repository.split('/')
  for (const component of components)
    if (!COMPONENT.test(component))
      throw invalid(
        ref,
        component
          ? `"${component}" is not a valid path component`
          : 'it has an empty path component',
        'Path components are lowercase letters and digits, separated by ".", "_", "__" or "-"'
      )
  if (registry === DOCKER_HUB && components.length === 1) repository = `library/${repository}`
  if (`${registry}/${repository}`.length > 255)
    throw invalid(ref, 'the name is longer than 255 characters')
  if (tag === undefined && digest === undefined) tag = DEFAULT_TAG
  return makeReference({ registry, repository, tag, digest })
}

/** The host that serves the registry API for `registry`. */
export function apiHost(registry: string): string {
  return registry === DOCKER_HUB ? DOCKER_HUB_API : registry
}

/** Loopback registries speak plain HTTP, as Docker, containerd and skopeo assume. */
export function isLoopback(registry: string): boolean {
  const host = registry.startsWith('[')
    ? registry.slice(0, registry.indexOf(']') + 1)
    : registry.split(':')[0]
  return (
    host === 'localhost' || host === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host ?? '')
  )
}

const GLOB_CHARS = /[*?[\]{}!]/

/**
 * A registry host as one name, for comparing names rather than connecting: hosts are
 * case-insensitive, `:443` is HTTPS's default port, Docker Hub's aliases are docker.io, and
 * `127.0.0.1` and `[::1]` are what `localhost` resolves to. Other loopback addresses stay
 * distinct: a server may listen on 127.0.0.2 alone.
 */
export function canonicalRegistry(registry: string): string {
  let host = registry.toLowerCase().replace(/:443$/, '')
  if (host === 'index.docker.io' || host === DOCKER_HUB_API) host = DOCKER_HUB
  return host.replace(/^(?:127\.0\.0\.1|\[::1\])(?=:|$)/, 'localhost')
}

/** registry/repository in canonical form: what policies are matched against. */
export function canonicalName(ref: Reference): string {
  return `${canonicalRegistry(ref.registry)}/${ref.repository}`
}

/**
 * A policy glob over image names in the same canonical form, so that an alias of a host
 * (`index.docker.io`, `GHCR.IO:443`, `127.0.0.1`) is matched by the rule written for its
 * canonical name and never falls through to another rule. `nginx` and `docker.io/nginx`
 * mean `docker.io/library/nginx`, as in references; a glob whose first part is a pattern
 * is left as written.
 */
export function canonicalNameGlob(glob: string): string {
  const slash = glob.indexOf('/')
  const first = slash < 0 ? glob : glob.slice(0, slash)
  if (GLOB_CHARS.test(first)) return glob
  const hasRegistry = slash >= 0 && (/[.:]/.test(first) || first.toLowerCase() === 'localhost')
  const registry = hasRegistry ? canonicalRegistry(first) : DOCKER_HUB
  const repository = hasRegistry ? glob.slice(slash + 1) : glob
  const official =
    registry === DOCKER_HUB && !repository.includes('/') && !repository.includes('**')
  return `${registry}/${official ? `library/${repository}` : repository}`
}
