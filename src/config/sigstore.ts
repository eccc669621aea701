import { inputError } from '../errors'
import { log } from '../log'
import type { Inputs } from './inputs'

const SIGSTORE_INSTANCES = ['public-good', 'github', 'custom'] as const
export type SigstoreInstance = (typeof SIGSTORE_INSTANCES)[number]

/** Which Sigstore services sign and which trust root checks the result. */
export interface SigstoreConfig {
  instance: SigstoreInstance
  fulcioURL?: string
  rekorURL?: string
  tsaURL?: string
  /** Path to a trusted_root.json. */
  trustedRoot?: string
  /** Path to a signing_config.json (v0.2) naming the services to sign with. */
  signingConfig?: string
  /** Path or PEM of a signing/verification key instead of keyless. */
  key?: string
  keyPassword?: string
  /** Whether signatures go to the transparency log (always with keyless public-good). */
  tlogUpload: boolean
  offline: boolean
}

/** The Sigstore instance, keyed or keyless, and its trust root; secrets are masked. */
export function readSigstore(inputs: Inputs): SigstoreConfig {
  const fulcioURL = inputs.url('fulcio-url')
  const rekorURL = inputs.url('rekor-url')
  const tsaURL = inputs.url('tsa-url')
  const signingConfig = inputs.string('signing-config')
  const custom = Boolean(fulcioURL || rekorURL || tsaURL || signingConfig)
  const instance = inputs.choice('sigstore', SIGSTORE_INSTANCES, custom ? 'custom' : 'public-good')
  const trustedRoot = inputs.string('trusted-root')
  if (instance === 'custom' && !trustedRoot)
    throw inputError(
      'trusted-root',
      'is required with a custom Sigstore instance (signing-config, fulcio-url, rekor-url or tsa-url)',
      "Give the path of the instance's trusted_root.json"
    )
  const keyPassword = inputs.string('key-password')
  if (keyPassword) log.secret(keyPassword)
  const key = inputs.string('key')
  if (key?.includes('PRIVATE KEY')) log.secret(key)
  return {
    instance,
    fulcioURL,
    rekorURL,
    tsaURL,
    trustedRoot,
    signingConfig,
    key,
    keyPassword,
    tlogUpload: inputs.boolean('tlog-upload', true),
    offline: inputs.boolean('offline', false)
  }
}
