import { createPublicKey } from 'node:crypto'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { parseArgs, type ParseArgsConfig } from 'node:util'
import { bundleToJSON } from '@sigstore/bundle'
import { SigningConfig } from '@sigstore/protobuf-specs'
import { bundleBuilderFromSigningConfig } from '@sigstore/sign'
import { ActionError, describeError } from '../errors'
import publicGoodSigningConfig from '../sign/instances/public-good.signing_config.json' with { type: 'json' }
import {
  certificateIdentity,
  embeddedPublicGoodRoot,
  leafCertificate,
  loadTrustRootFile,
  parseBundle,
  resolveTrustRoot,
  verifyBundle,
  type Artifact,
  type LoadedTrustRoot,
  type SignerPolicy
} from '../verify'

const SHA256_DIGEST = /^sha256:[0-9a-fA-F]{64}$/

function usage(message: string): ActionError {
  return new ActionError('INPUT_INVALID', message, {
    hint: 'See the sigstore-conformance CLI protocol (verify-bundle, sign-bundle)'
  })
}

function parse(args: string[], options: NonNullable<ParseArgsConfig['options']>) {
  try {
    const { values, positionals } = parseArgs({ args, options, allowPositionals: true })
    return { values: values as Record<string, string | boolean | undefined>, positionals }
  } catch (error) {
    throw usage(describeError(error))
  }
}

function readJson(path: string, what: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'))
  } catch (error) {
    throw new ActionError('INPUT_INVALID', `${what} ${path}: ${describeError(error)}`)
  }
}

async function trustRoot(path: string | undefined, staging: boolean): Promise<LoadedTrustRoot> {
  if (path) return loadTrustRootFile(path)
  if (staging) throw usage('--staging needs --trusted-root (the staging trust root is not bundled)')
  return resolveTrustRoot({ offline: process.env.SBOM_SIGN_OFFLINE === 'true' })
}

/**
 * verify-bundle [--staging] --bundle FILE (--certificate-identity ID --certificate-oidc-issuer URL | --key PEM)
 *               [--trusted-root FILE] FILE_OR_DIGEST
 */
export async function verifyBundleCommand(args: string[]): Promise<void> {
  const { values, positionals } = parse(args, {
    staging: { type: 'boolean' },
    bundle: { type: 'string' },
    'certificate-identity': { type: 'string' },
    'certificate-oidc-issuer': { type: 'string' },
    key: { type: 'string' },
    'trusted-root': { type: 'string' }
  })
  const [fileOrDigest, ...extra] = positionals
  if (!values.bundle || !fileOrDigest || extra.length > 0)
    throw usage('verify-bundle needs --bundle FILE and one FILE_OR_DIGEST')
  const identity = values['certificate-identity'] as string | undefined
  const issuer = values['certificate-oidc-issuer'] as string | undefined
  const keyPath = values.key as string | undefined
  let signer: SignerPolicy
  if (keyPath) {
    if (identity || issuer) throw usage('--key cannot be combined with a certificate identity')
    try {
      signer = { key: createPublicKey(readFileSync(keyPath)) }
    } catch (error) {
      throw new ActionError('INPUT_INVALID', `key ${keyPath}: ${describeError(error)}`)
    }
  } else {
    if (!identity || !issuer)
      throw usage('give --certificate-identity and --certificate-oidc-issuer, or --key')
    signer = { identity: { identity: { exact: identity }, issuer: { exact: issuer } } }
  }
  const { root } = await trustRoot(
    values['trusted-root'] as string | undefined,
    Boolean(values.staging)
  )
  const bundle = parseBundle(readJson(values.bundle as string, 'bundle'))
  // A digest only when it looks like one and is not a file (protocol rule).
  const artifact: Artifact =
    SHA256_DIGEST.test(fileOrDigest) && !existsSync(fileOrDigest)
      ? { digest: fileOrDigest.toLowerCase() }
      : { bytes: readArtifact(fileOrDigest) }
  verifyBundle(bundle, { root, signer, artifact })
}

function readArtifact(path: string): Buffer {
  try {
    return readFileSync(path)
  } catch (error) {
    throw new ActionError('INPUT_INVALID', `artifact ${path}: ${describeError(error)}`)
  }
}

/**
 * sign-bundle [--staging] [--in-toto] --identity-token TOKEN --bundle FILE
 *             [--trusted-root FILE] [--signing-config FILE] FILE
 */
export async function signBundleCommand(args: string[]): Promise<void> {
  const { values, positionals } = parse(args, {
    staging: { type: 'boolean' },
    'in-toto': { type: 'boolean' },
    'identity-token': { type: 'string' },
    bundle: { type: 'string' },
    'trusted-root': { type: 'string' },
    'signing-config': { type: 'string' }
  })
  const [file, ...extra] = positionals
  const token = values['identity-token'] as string | undefined
  if (!token || !values.bundle || !file || extra.length > 0)
    throw usage('sign-bundle needs --identity-token TOKEN, --bundle FILE and one FILE')
  const configPath = values['signing-config'] as string | undefined
  if (values.staging && !configPath)
    throw usage('--staging needs --signing-config (the staging services are not bundled)')
  let signingConfig: SigningConfig
  try {
    signingConfig = SigningConfig.fromJSON(
      configPath ? readJson(configPath, 'signing config') : publicGoodSigningConfig
    )
  } catch (error) {
    if (error instanceof ActionError) throw error
    throw new ActionError('INPUT_INVALID', `signing config: ${describeError(error)}`)
  }
  const inToto = Boolean(values['in-toto'])
  const data = readArtifact(file)
  const builder = bundleBuilderFromSigningConfig({
    signingConfig,
    bundleType: inToto ? 'dsseEnvelope' : 'messageSignature',
    identityProvider: { getToken: () => Promise.resolve(token) }
  })
  let signed
  try {
    signed = await builder.create(
      inToto ? { data, type: 'application/vnd.in-toto+json' } : { data }
    )
  } catch (error) {
    throw new ActionError('SIGNING_FAILED', `signing failed: ${describeError(error)}`)
  }
  // Check the fresh bundle against the trust root before writing it anywhere.
  const trustedRootPath = values['trusted-root'] as string | undefined
  const { root } = trustedRootPath ? loadTrustRootFile(trustedRootPath) : embeddedPublicGoodRoot()
  const bundle = parseBundle(bundleToJSON(signed))
  const leaf = leafCertificate(bundle)
  if (!leaf) throw new ActionError('SIGNING_FAILED', 'the signed bundle has no certificate')
  const own = certificateIdentity(leaf)
  verifyBundle(bundle, {
    root,
    signer: {
      identity: { identity: { exact: own.identity }, issuer: { exact: own.issuer ?? '' } }
    },
    artifact: inToto ? statementSubject(data) : { bytes: data }
  })
  writeFileSync(values.bundle as string, `${JSON.stringify(bundleToJSON(signed))}\n`)
}

/** For --in-toto, the bundle binds the statement's own first subject. */
function statementSubject(statement: Buffer): Artifact {
  const parsed = JSON.parse(statement.toString('utf8')) as {
    subject?: { digest?: Record<string, string> }[]
  }
  const sha256 = parsed.subject?.[0]?.digest?.sha256
  if (!sha256)
    throw new ActionError('INPUT_INVALID', 'the in-toto statement has no sha256 subject digest')
  return { digest: `sha256:${sha256}` }
}
