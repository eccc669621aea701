import { createPublicKey, createSign, generateKeyPairSync, type KeyObject } from 'node:crypto'
import type { SerializedBundle } from '@sigstore/bundle'
import {
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
import { bundleJSON } from './bundle-json'
import { PartsDSSEBundleBuilder, type PartsSigner } from './dsse'
import { RetryBudget } from '../network/retry'
import type { IdentityTokenSource } from './identity'
import type { SigstoreServices } from './instance'
import type { SigningKey } from './keys'
import {
  OneCertificateSigner,
  retryingWitness,
  SIGSTORE_BACKOFF,
  type SigstoreRetry
} from './retrying'
import { IN_TOTO_PAYLOAD_TYPE, type Statement } from '../verify'
import { RekorDsseUpload } from './rekor-upload'
import { serializeStatement } from './statements'
import { timestampBytes } from './timestamp'

/** A signed payload and what it was. */
export interface SignedBundle {
  bundle: SerializedBundle
  /** The bytes that were signed (the statement for DSSE, the message otherwise). */
  payload: Buffer
  /** For DSSE bundles: the statement. */
  statement?: Statement
  /** What its RFC 3161 timestamps cover when not the signature (a legacy `.att` layer). */
  timestampedData?: Buffer
}

export interface BundleSignerOptions {
  services: SigstoreServices
  /** Keyless: the OIDC token for Fulcio. */
  tokens?: IdentityTokenSource
  /** Key-based signing instead of Fulcio. */
  key?: SigningKey
  /** The run's budget for riding out failing services. */
  retryBudget?: RetryBudget
}

/**
 * Per request (headers, then the body), as sigstore-js's default; a hung service costs one
 * timeout per attempt. sigstore-js's own retries are off: see retrying.ts.
 */
const TIMEOUT_MS = 5000
/** Rekor v2 answers once a checkpoint covers the entry; its client guide asks for 20 s or more. */
const REKOR_V2_TIMEOUT_MS = 20_000

/**
 * Signs statements (DSSE) and messages with one signing key for the run: keyless runs get
 * one Fulcio certificate for an ephemeral key (as cosign does per invocation), so a run
 * that signs several statements asks Fulcio and the OIDC provider once. (The builder is put
 * together here rather than by @sigstore/sign's bundleBuilderFromSigningConfig, which takes
 * only its own Fulcio signer and ANY selectors.)
 */
export class BundleSigner {
  private readonly signer: Signer & PartsSigner
  private readonly witnesses: Witness[]
  private readonly services: SigstoreServices
  /** The first timestamp authority, for timestamps over other bytes than a signature. */
  private readonly tsa?: { url: string; witness: Witness }

  constructor(options: BundleSignerOptions) {
    const { services } = options
    this.services = services
    const fetchOptions = { retry: false as const, timeout: TIMEOUT_MS }
    const retry: SigstoreRetry = {
      budget: options.retryBudget ?? new RetryBudget(),
      backoff: SIGSTORE_BACKOFF
    }
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
        holder,
        `Fulcio at ${services.fulcioURL}`,
        retry
      )
    }
    this.witnesses = [
      ...services.tlogs.map(log => {
        const rekor = new RekorWitness({
          rekorBaseURL: log.url,
          majorApiVersion: log.majorApiVersion,
          fetchOnConflict: true,
          ...fetchOptions,
          ...(log.majorApiVersion === 2 ? { timeout: REKOR_V2_TIMEOUT_MS } : {})
        })
        const witness =
          log.majorApiVersion === 1 ? new RekorDsseUpload(log.url, TIMEOUT_MS, rekor) : rekor
        return retryingWitness(witness, `Rekor at ${log.url}`, retry)
      }),
      ...services.tsaURLs.map(url => this.timestampAuthority(url, fetchOptions, retry).witness)
    ]
    const [tsaURL] = services.tsaURLs
    if (tsaURL) this.tsa = this.timestampAuthority(tsaURL, fetchOptions, retry)
  }

  private timestampAuthority(
    url: string,
    fetchOptions: { retry: false; timeout: number },
    retry: SigstoreRetry
  ): { url: string; witness: Witness } {
    const witness = new TSAWitness({ tsaBaseURL: url, ...fetchOptions })
    return { url, witness: retryingWitness(witness, `the timestamp authority at ${url}`, retry) }
  }

  /**
   * An RFC 3161 timestamp over `bytes` from the instance's first timestamp authority (cosign's
   * legacy `.att` carries one token), or undefined when the instance has none.
   */
  async timestamp(bytes: Buffer, what: string): Promise<string | undefined> {
    return this.tsa ? timestampBytes(this.tsa, bytes, what) : undefined
  }

  /**
   * An in-toto statement as a DSSE bundle (what cosign v3 and actions/attest write);
   * `payload`: the statement serialised already (checked against it before attaching).
   */
  async signStatement(
    statement: Statement,
    what: string,
    payload = serializeStatement(statement)
  ): Promise<SignedBundle> {
    const builder = new PartsDSSEBundleBuilder(this.signer, this.witnesses, IN_TOTO_PAYLOAD_TYPE)
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
      return bundleJSON(await builder.create({ data, type }))
    } catch (error) {
      throw signingError(error, what, this.services)
    }
  }
}

/** Signs with a key it holds; the public key goes out as PEM, with a hint when it has one. */
class KeySigner implements Signer, PartsSigner {
  private readonly publicKeyPEM: string
  constructor(
    private readonly privateKey: KeyObject,
    private readonly hint?: string
  ) {
    this.publicKeyPEM = createPublicKey(privateKey)
      .export({ format: 'pem', type: 'spki' })
      .toString()
  }

  sign(data: Buffer): Promise<Signature> {
    return this.signParts([data])
  }

  async signParts(parts: Buffer[]): Promise<Signature> {
    const signer = createSign('sha256')
    for (const part of parts) signer.update(part)
    return {
      signature: signer.sign(this.privateKey),
      key: { $case: 'publicKey', publicKey: this.publicKeyPEM, hint: this.hint }
    }
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
      ? `Rekor (${services.tlogs.map(t => t.url).join(', ')})`
      : code.startsWith('TSA_')
        ? `the timestamp authority (${services.tsaURLs.join(', ')})`
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
