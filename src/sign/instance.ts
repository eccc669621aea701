import type { TrustedRoot } from '@sigstore/protobuf-specs'
import type { AttachFormat, SigstoreConfig } from '../config'
import { ActionError, describeError, inputError } from '../errors'
import { log } from '../log'
import { resolveTrustRoot, tufTarget } from '../verify'
import githubConfig from './instances/github.signing_config.json' with { type: 'json' }
import publicGoodConfig from './instances/public-good.signing_config.json' with { type: 'json' }
import {
  parseSigningConfig,
  pickServices,
  readSigningConfigFile,
  signingConfigFromURLs,
  type LogService,
  type SigningConfigDoc
} from './signing-config'

/** The services that sign and witness, and the trust root their output must verify against. */
export interface SigstoreServices {
  name: SigstoreConfig['instance']
  /** Where the services came from: a signing config, or the URL inputs. */
  source: string
  /** Absent with key signing. */
  fulcioURL?: string
  /** Transparency logs to write to (none with key signing without `tlog-upload`). */
  tlogs: LogService[]
  /** Full RFC 3161 endpoints (…/api/v1/timestamp). */
  tsaURLs: string[]
  /** Absent only for GitHub's instance when its root is out of reach (see LocalVerifier). */
  trustedRoot?: TrustedRoot
}

/** The public-good signing config's TUF target (root-signing `targets/`). */
const SIGNING_CONFIG_TARGET = 'signing_config.v0.2.json'
/** When the embedded public-good copy was taken from sigstore/root-signing. */
const EMBEDDED_AS_OF = '2026-08-21'
/** Past this age the embedded copy is called out as stale when it has to be used. */
const STALE_AFTER_DAYS = 180
const DAY_MS = 86_400_000
const TIMESTAMP_PATH = '/api/v1/timestamp'

/**
 * Picks the services from the instance's signing config, as cosign v3 and sigstore-python
 * do: public-good's through TUF (the embedded copy when TUF is out of reach), GitHub's
 * (which it publishes nowhere; written from the endpoints actions/attest uses), a
 * `signing-config` file, or one built from the fulcio-url / rekor-url / tsa-url inputs,
 * which also override single services of a named instance.
 */
export async function selectServices(config: SigstoreConfig): Promise<SigstoreServices> {
  const keyed = Boolean(config.key)
  const { doc, source } = await signingConfig(config)
  const picked = pickServices(doc, source)
  let tlogs = picked.tlogs
  let tsaURLs = picked.tsaURLs
  let fulcioURL = picked.fulcioURL
  if (config.fulcioURL) fulcioURL = baseURL('fulcio-url', config.fulcioURL)
  if (config.rekorURL) tlogs = [{ url: baseURL('rekor-url', config.rekorURL), majorApiVersion: 1 }]
  if (config.tsaURL) tsaURLs = [timestampURL(config.tsaURL)]
  // Keyless too: "tlog-upload: false" wins over "rekor-url" and the config's logs (the signed
  // time then comes from the timestamp authority, checked below).
  if (!config.tlogUpload) tlogs = []
  if (keyed) {
    fulcioURL = undefined
    // A key needs no signed time; a named instance's TSA is used only when asked for, so that
    // key signing with tlog-upload: false stays free of network services (air-gapped use).
    if (config.instance !== 'custom' && !config.signingConfig && !config.tsaURL) tsaURLs = []
    if (tlogs.some(t => t.majorApiVersion === 2))
      throw inputError(
        'key',
        `signing with a key cannot log to Rekor v2 (${source}): the signing library sends the ` +
          'key to Rekor v2 as a certificate, which the log rejects',
        'Sign keyless, use a Rekor v1 log, or set "tlog-upload: false"'
      )
  } else if (!fulcioURL)
    throw inputError(
      config.signingConfig ? 'signing-config' : 'fulcio-url',
      `keyless signing needs a Fulcio (${source} names none usable)`,
      'Give the Fulcio base URL, or sign with "key"'
    )
  checkTimeSources(keyed, tlogs, tsaURLs, source, config.tlogUpload)
  const services: SigstoreServices = {
    name: config.instance,
    source,
    fulcioURL,
    tlogs,
    tsaURLs
  }
  services.trustedRoot = await trustRoot(config)
  return services
}

/**
 * cosign's legacy `.sig`/`.att` layers carry the Rekor entry as a SignedEntryTimestamp
 * (`dev.sigstore.cosign/bundle`), which Rekor v2 does not issue; cosign v3 likewise refuses
 * a signing config with its legacy format.
 */
export function checkAttachFormat(services: SigstoreServices, attachFormat: AttachFormat): void {
  if (attachFormat === 'bundle' || !services.tlogs.some(t => t.majorApiVersion === 2)) return
  throw inputError(
    'attach-format',
    `"${attachFormat}" writes cosign's legacy .sig/.att tags, whose layers must carry a Rekor ` +
      `SignedEntryTimestamp; Rekor v2 (${services.tlogs.find(t => t.majorApiVersion === 2)?.url}, from ${services.source}) issues none`,
    'Use attach-format "bundle" with Rekor v2, or a signing config naming a Rekor v1 log'
  )
}

async function signingConfig(
  config: SigstoreConfig
): Promise<{ doc: SigningConfigDoc; source: string }> {
  if (config.signingConfig)
    return { doc: readSigningConfigFile(config.signingConfig), source: config.signingConfig }
  switch (config.instance) {
    case 'public-good':
      return publicGoodSigningConfig()
    case 'github':
      return {
        doc: parseSigningConfig(githubConfig, 'github (embedded)'),
        source: "GitHub's instance (embedded signing config)"
      }
    case 'custom':
      return {
        doc: signingConfigFromURLs({}),
        source: 'the fulcio-url, rekor-url and tsa-url inputs'
      }
  }
}

async function publicGoodSigningConfig(): Promise<{ doc: SigningConfigDoc; source: string }> {
  try {
    const json: unknown = JSON.parse(await tufTarget('public-good', SIGNING_CONFIG_TARGET))
    const source = 'public-good (TUF)'
    return { doc: parseSigningConfig(json, source), source }
  } catch (error) {
    if (error instanceof ActionError) throw error
    const source = `public-good (embedded copy of ${EMBEDDED_AS_OF})`
    const age = Math.floor((Date.now() - Date.parse(EMBEDDED_AS_OF)) / DAY_MS)
    log.notice(
      `the public-good signing config could not be fetched through TUF (${describeError(error)}); ` +
        `using the copy embedded in this action, taken ${age} days ago` +
        (age > STALE_AFTER_DAYS
          ? `. It may be stale (older than ${STALE_AFTER_DAYS} days): services added since are ` +
            'not used, and retired ones fail the run. Update the action, or give "signing-config"'
          : '')
    )
    return { doc: parseSigningConfig(publicGoodConfig, source), source }
  }
}

/** Certificates are short-lived: keyless bundles need a signed time (TSA or Rekor v1 SET). */
function checkTimeSources(
  keyed: boolean,
  tlogs: LogService[],
  tsaURLs: string[],
  source: string,
  tlogUpload: boolean
) {
  if (keyed || tsaURLs.length > 0) return
  if (!tlogUpload)
    throw inputError(
      'tlog-upload',
      'is false, and keyless signing without a transparency log needs a timestamp authority',
      `Set "tsa-url" (${source} names none), or leave "tlog-upload" at true`
    )
  if (tlogs.length === 0)
    throw inputError(
      'rekor-url',
      'keyless signing needs a transparency log or a timestamp authority',
      `Set "rekor-url" or "tsa-url" (${source} names neither)`
    )
  if (tlogs.every(t => t.majorApiVersion === 2))
    throw inputError(
      'signing-config',
      `keyless signing with Rekor v2 needs a timestamp authority: v2 entries carry no signed time (${source})`,
      'Add a TSA to the signing config (tsaUrls), or set "tsa-url"'
    )
}

/** Named instances trust their own root; custom ones only the `trusted-root` file. */
async function trustRoot(config: SigstoreConfig): Promise<TrustedRoot | undefined> {
  if (config.trustedRoot || config.instance === 'public-good')
    return (await resolveTrustRoot({ path: config.trustedRoot })).root
  if (config.instance !== 'github') return undefined
  // Signing already needs GitHub's services; an unreachable root downgrades the pre-attach check.
  try {
    return (await resolveTrustRoot({ instance: 'github', offline: config.offline })).root
  } catch (error) {
    if (!(error instanceof ActionError) || error.code !== 'NETWORK_ERROR') throw error
    return undefined
  }
}

function baseURL(input: string, value: string): string {
  return parseURL(input, value).toString().replace(/\/+$/, '')
}

/** sigstore-js takes a base URL or a full endpoint; cosign takes the full one. */
function timestampURL(value: string): string {
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
