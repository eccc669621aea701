import type { TrustedRoot } from '@sigstore/protobuf-specs'
import type { SigstoreConfig } from '../config'
import { inputError } from '../errors'
import { resolveTrustRoot } from '../verify'

/** The services that sign and witness, and the trust root their output must verify against. */
export interface SigstoreServices {
  name: SigstoreConfig['instance']
  /** Absent with key signing. */
  fulcioURL?: string
  /** Absent when nothing goes to a transparency log. */
  rekorURL?: string
  /** Full RFC 3161 endpoint (…/api/v1/timestamp). */
  tsaURL?: string
  /** Absent only for GitHub's instance without a `trusted-root` (see LocalVerifier.complete). */
  trustedRoot?: TrustedRoot
}

export const PUBLIC_GOOD = {
  fulcioURL: 'https://fulcio.sigstore.dev',
  rekorURL: 'https://rekor.sigstore.dev'
}

/** GitHub's instance for private repositories: Fulcio and a timestamp authority, no log. */
export const GITHUB_INSTANCE = {
  fulcioURL: 'https://fulcio.githubapp.com',
  tsaURL: 'https://timestamp.githubapp.com/api/v1/timestamp'
}

const TIMESTAMP_PATH = '/api/v1/timestamp'

/**
 * Picks the services from the config: public-good, GitHub's instance, or custom URLs (a
 * TSA as base URL or as full …/api/v1/timestamp URL). With a key, Fulcio is not used and
 * the log only with `tlog-upload`.
 */
export async function selectServices(config: SigstoreConfig): Promise<SigstoreServices> {
  const keyed = Boolean(config.key)
  let services: SigstoreServices
  switch (config.instance) {
    case 'public-good':
      services = { name: 'public-good', ...PUBLIC_GOOD }
      break
    case 'github':
      services = { name: 'github', ...GITHUB_INSTANCE }
      break
    case 'custom':
      services = {
        name: 'custom',
        fulcioURL: baseURL('fulcio-url', config.fulcioURL),
        rekorURL: baseURL('rekor-url', config.rekorURL),
        tsaURL: timestampURL(config.tsaURL)
      }
      if (!keyed && !services.fulcioURL)
        throw inputError(
          'fulcio-url',
          'is required for keyless signing with a custom instance',
          'Give the Fulcio base URL, or sign with "key"'
        )
      break
  }
  // Overrides of single services on top of a named instance.
  if (config.instance !== 'custom') {
    if (config.fulcioURL) services.fulcioURL = baseURL('fulcio-url', config.fulcioURL)
    if (config.rekorURL) services.rekorURL = baseURL('rekor-url', config.rekorURL)
    if (config.tsaURL) services.tsaURL = timestampURL(config.tsaURL)
  }
  if (keyed) {
    services.fulcioURL = undefined
    if (!config.tlogUpload) services.rekorURL = undefined
  }
  if (!keyed && !services.rekorURL && !services.tsaURL)
    throw inputError(
      'rekor-url',
      'keyless signing needs a transparency log or a timestamp authority',
      'Set "rekor-url" or "tsa-url"'
    )
  // GitHub's instance has its own root, which only `trusted-root` provides here.
  if (config.trustedRoot || services.name === 'public-good')
    services.trustedRoot = (await resolveTrustRoot({ path: config.trustedRoot })).root
  return services
}

function baseURL(input: string, value?: string): string | undefined {
  if (!value) return undefined
  const url = parseURL(input, value)
  return url.toString().replace(/\/+$/, '')
}

/** sigstore-js takes a base URL or a full endpoint; cosign takes the full one. */
function timestampURL(value?: string): string | undefined {
  if (!value) return undefined
  const url = parseURL('tsa-url', value)
  const path = url.pathname.replace(/\/+$/, '')
  url.pathname = path.endsWith('/timestamp') ? path : `${path}${TIMESTAMP_PATH}`
  return url.toString()
}

function parseURL(input: string, value: string): URL {
  try {
    const url = new URL(value)
    if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error('not http(s)')
    return url
  } catch {
    throw inputError(input, `"${value}" is not an http(s) URL`)
  }
}
