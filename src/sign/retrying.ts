import { X509Certificate } from 'node:crypto'
import type {
  Signature,
  SignatureBundle,
  Signer,
  VerificationMaterial,
  Witness
} from '@sigstore/sign'
import { log } from '../log'
import type { PartsSigner } from './dsse'
import { HttpTimeout } from '../oci/http-limits'
import { formatDuration } from '../network/duration'
import { backoffMs, MAX_TIMEOUTS, type Backoff, type RetryBudget } from '../network/retry'

/**
 * Retries for Fulcio, Rekor and the TSA on the run's retry budget. sigstore-js retries on
 * its own schedule and says nothing while it waits; here its own retries are off and each
 * call is repeated, with the wait in the job log, until it succeeds, fails for good, or
 * the budget cannot cover the next wait. (sigstore-js does not pass a Retry-After header
 * on, so these waits are plain backoff.)
 */
export interface SigstoreRetry {
  budget: RetryBudget
  backoff: Backoff
}

export const SIGSTORE_BACKOFF: Backoff = { baseDelayMs: 1000, maxDelayMs: 30_000 }

/** Why a sigstore-js failure is worth another attempt, or undefined when it is not. */
function transient(error: unknown): { reason: string; timeout: boolean } | undefined {
  for (let e: unknown = error; e instanceof Error; e = e.cause) {
    const status = (e as { statusCode?: unknown }).statusCode
    if (typeof status === 'number')
      return status === 408 || status === 429 || status >= 500
        ? { reason: `answered ${status}`, timeout: false }
        : undefined
    // minipass-fetch (under make-fetch-happen) and the streamed Rekor upload: timeouts.
    const type = (e as { type?: unknown }).type
    if (type === 'request-timeout' || type === 'body-timeout' || e instanceof HttpTimeout)
      return { reason: 'did not answer in time', timeout: true }
    const code = (e as { code?: unknown }).code
    if (
      typeof code === 'string' &&
      /^(E[A-Z_]+|UND_ERR_[A-Z_]+)$/.test(code) &&
      code !== 'ERR_INVALID_URL'
    )
      return { reason: `could not be reached (${code})`, timeout: code === 'ETIMEDOUT' }
  }
  return undefined
}

/** `call()` until it succeeds or its failure is final; `service` names it, e.g. "Rekor at https://…". */
export async function withRetries<T>(
  service: string,
  retry: SigstoreRetry,
  call: () => Promise<T>
): Promise<T> {
  const sequence = retry.budget.sequence()
  try {
    for (let attempt = 0; ; attempt++) {
      try {
        return await call()
      } catch (error) {
        const why = transient(error)
        if (!why) throw error
        if (why.timeout) sequence.timeouts++
        const delay = backoffMs(attempt, retry.backoff)
        const again =
          sequence.timeouts < MAX_TIMEOUTS &&
          (await sequence.wait(`${service} ${why.reason}`, delay))
        if (!again) {
          const stop =
            sequence.timeouts >= MAX_TIMEOUTS
              ? `no answer in time ${MAX_TIMEOUTS} times`
              : `retrying in ${formatDuration(delay)} would exceed the ${sequence.describeBudget()}`
          throw Object.assign(
            new Error(`${service} ${why.reason}; gave up: ${stop}`, { cause: error }),
            {
              code: (error as { code?: unknown }).code
            }
          )
        }
      }
    }
  } finally {
    sequence.close()
  }
}

/** A witness (Rekor, TSA) whose calls are retried. */
export function retryingWitness(inner: Witness, service: string, retry: SigstoreRetry): Witness {
  return {
    testify: (signature: SignatureBundle, publicKey: string): Promise<VerificationMaterial> =>
      withRetries(service, retry, () => inner.testify(signature, publicKey))
  }
}

/** When a certificate's validity ends (ms since the epoch), or undefined for a public key. */
export function validUntil(key: Signature['key']): number | undefined {
  if (key.$case !== 'x509Certificate') return undefined
  return Date.parse(new X509Certificate(key.certificate).validTo)
}

/**
 * Gets a Fulcio certificate for the holder's key and reuses it while it stays valid long
 * enough: a signature's log entry and timestamp must fall inside the certificate's
 * validity, and waits for Rekor or the TSA may take up to the remaining retry budget. A
 * certificate that could expire within that time (plus a minute) is replaced first.
 * Every signature is the holder's, over its parts (a DSSE PAE is not joined into a copy).
 */
export class OneCertificateSigner implements Signer, PartsSigner {
  private certificate?: Promise<Signature['key']>

  constructor(
    private readonly fulcio: Signer,
    private readonly holder: PartsSigner,
    private readonly service: string,
    private readonly retry: SigstoreRetry
  ) {}

  sign(data: Buffer): Promise<Signature> {
    return this.signParts([data])
  }

  async signParts(parts: Buffer[]): Promise<Signature> {
    const current = this.certificate && (await this.certificate.catch(() => undefined))
    if (current && this.stale(current)) {
      log.info('The Fulcio certificate would expire before retries could end; getting a new one')
      this.certificate = undefined
    }
    if (!this.certificate) {
      // Fulcio's signer also signs what it is given, with the holder's key: that signature
      // (over nothing) is not used, the holder signs the parts.
      this.certificate = withRetries(this.service, this.retry, () =>
        this.fulcio.sign(Buffer.alloc(0))
      ).then(s => s.key)
      this.certificate.catch(() => (this.certificate = undefined))
    }
    const key = await this.certificate
    const { signature } = await this.holder.signParts(parts)
    return { signature, key }
  }

  private stale(key: Signature['key']): boolean {
    const until = validUntil(key)
    const needed = 60_000 + this.retry.budget.remainingMs()
    return until !== undefined && until - Date.now() < needed
  }
}
