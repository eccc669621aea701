import { createPublicKey, generateKeyPairSync, sign as signData, type KeyObject } from 'node:crypto'
import { bundleToJSON, type SerializedBundle } from '@sigstore/bundle'
import {
  DSSEBundleBuilder,
  FulcioSigner,
  MessageSignatureBundleBuilder,
  RekorWitness,
  TSAWitness,
  type BundleBuilder,
  type Signature,
  type Signer,
  type Witness
} from '@sigstore/sign'
import { ActionError } from '../errors'
import type { IdentityTokenSource } from './identity'
import type { SigstoreServices } from './instance'
import type { SigningKey } from './keys'
import { IN_TOTO_PAYLOAD_TYPE, type Statement } from '../verify'
import { serializeStatement } from './statements'

/** A signed payload and what it was. */
export interface SignedBundle {
  bundle: SerializedBundle
  /** The bytes that were signed (the statement for DSSE, the message otherwise). */
  payload: Buffer
  /** For DSSE bundles: the statement. */
  statement?: Statement
}

export interface BundleSignerOptions {
  services: SigstoreServices
  /** Keyless: the OIDC token for Fulcio. */
  tokens?: IdentityTokenSource
  /** Key-based signing instead of Fulcio. */
  key?: SigningKey
}

/** Backoff for Fulcio, Rekor and the TSA: 408, 429 and 5xx are retried by sigstore-js. */
const RETRY = { retries: 3, factor: 2, minTimeout: 500, maxTimeout: 4000 }
/** Per request, as sigstore-js's default; a hung service costs one timeout per attempt. */
const TIMEOUT_MS = 5000

/**
 * Signs statements (DSSE) and messages with one signing key for the run: keyless runs get
 * one Fulcio certificate for an ephemeral key (as cosign does per invocation), so a run
 * that signs several statements asks Fulcio and the OIDC provider once.
 */
export class BundleSigner {
  private readonly signer: Signer
  private readonly witnesses: Witness[]
  private readonly services: SigstoreServices

  constructor(options: BundleSignerOptions) {
    const { services } = options
    this.services = services
    const fetchOptions = { retry: RETRY, timeout: TIMEOUT_MS }
    if (options.key) {
      this.signer = new KeySigner(options.key.privateKey, options.key.hint)
    } else {
      if (!options.tokens || !services.fulcioURL)
        throw new ActionError('SIGNING_FAILED', 'keyless signing needs Fulcio and an OIDC token')
      const holder = new KeySigner(generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey)
      const tokens = options.tokens
      this.signer = new OneCertificateSigner(
        new FulcioSigner({
          fulcioBaseURL: services.fulcioURL,
          identityProvider: { getToken: () => tokens.getToken() },
          keyHolder: holder,
          ...fetchOptions
        }),
        holder
      )
    }
    this.witnesses = []
    if (services.rekorURL)
      this.witnesses.push(
        new RekorWitness({
          rekorBaseURL: services.rekorURL,
          fetchOnConflict: true,
          ...fetchOptions
        })
      )
    if (services.tsaURL)
      this.witnesses.push(new TSAWitness({ tsaBaseURL: services.tsaURL, ...fetchOptions }))
  }

  /** An in-toto statement as a DSSE bundle (what cosign v3 and actions/attest write). */
  async signStatement(statement: Statement, what: string): Promise<SignedBundle> {
    const payload = serializeStatement(statement)
    const builder = new DSSEBundleBuilder({ signer: this.signer, witnesses: this.witnesses })
    return {
      bundle: await this.build(builder, payload, what, IN_TOTO_PAYLOAD_TYPE),
      payload,
      statement
    }
  }

  /** A message-signature bundle over `payload` (a `hashedrekord` log entry). */
  async signMessage(payload: Buffer, what: string): Promise<SignedBundle> {
    const builder = new MessageSignatureBundleBuilder({
      signer: this.signer,
      witnesses: this.witnesses
    })
    return { bundle: await this.build(builder, payload, what), payload }
  }

  private async build(
    builder: BundleBuilder,
    data: Buffer,
    what: string,
    type?: string
  ): Promise<SerializedBundle> {
    try {
      return bundleToJSON(await builder.create({ data, type }))
    } catch (error) {
      throw signingError(error, what, this.services)
    }
  }
}

/** Signs with a key it holds; the public key goes out as PEM, with a hint when it has one. */
class KeySigner implements Signer {
  private readonly publicKeyPEM: string
  constructor(
    private readonly privateKey: KeyObject,
    private readonly hint?: string
  ) {
    this.publicKeyPEM = createPublicKey(privateKey)
      .export({ format: 'pem', type: 'spki' })
      .toString()
  }

  async sign(data: Buffer): Promise<Signature> {
    return {
      signature: signData('sha256', data, this.privateKey),
      key: { $case: 'publicKey', publicKey: this.publicKeyPEM, hint: this.hint }
    }
  }
}

/** Gets the certificate with the first signature and reuses it for the rest of the run. */
class OneCertificateSigner implements Signer {
  private certificate?: Promise<Signature['key']>
  constructor(
    private readonly fulcio: FulcioSigner,
    private readonly holder: KeySigner
  ) {}

  async sign(data: Buffer): Promise<Signature> {
    if (!this.certificate) {
      const first = this.fulcio.sign(data)
      this.certificate = first.then(s => s.key)
      this.certificate.catch(() => (this.certificate = undefined))
      return first
    }
    const key = await this.certificate
    const { signature } = await this.holder.sign(data)
    return { signature, key }
  }
}

/** A bundle read back (e.g. from a registry) in the shape the signer produces. */
export function signedBundleFromJSON(bundle: SerializedBundle, payload?: Buffer): SignedBundle {
  const envelope = bundle.dsseEnvelope
  if (!envelope) return { bundle, payload: payload ?? Buffer.alloc(0) }
  const statementBytes = Buffer.from(envelope.payload, 'base64')
  let statement: Statement | undefined
  try {
    statement = JSON.parse(statementBytes.toString()) as Statement
  } catch {
    statement = undefined
  }
  return { bundle, payload: statementBytes, statement }
}

/** Which service failed, in words a user can act on. */
function signingError(error: unknown, what: string, services: SigstoreServices): ActionError {
  const code = (error as { code?: string }).code ?? ''
  const detail = describeCause(error)
  const service = code.startsWith('CA_')
    ? `Fulcio (${services.fulcioURL})`
    : code.startsWith('TLOG_')
      ? `Rekor (${services.rekorURL})`
      : code.startsWith('TSA_')
        ? `the timestamp authority (${services.tsaURL})`
        : code.startsWith('IDENTITY_')
          ? 'the OIDC provider'
          : 'Sigstore'
  return new ActionError('SIGNING_FAILED', `signing the ${what} failed at ${service}: ${detail}`, {
    hint: {
      action: 'Nothing was attached. Retry the job; if it keeps failing, check the service status',
      cli: 'Nothing was attached. Run the command again; if it keeps failing, check the service status'
    },
    cause: error
  })
}

function describeCause(error: unknown): string {
  const parts: string[] = []
  for (let e: unknown = error; e instanceof Error && parts.length < 3; e = e.cause)
    parts.push(e.message)
  return parts.join(': ') || String(error)
}
