import type { IncomingMessage } from 'node:http'
import { formatDuration } from '../network/duration'
import { HttpTimeout, stoppedWhile, within, type HttpLimits } from './http-limits'
import { describeUrl } from './url'

/** The response to a request, after any redirects. */
export class HttpResponse {
  private consumed = false

  constructor(
    /** The URL that answered (the last one when redirected). */
    readonly url: string,
    private readonly message: IncomingMessage,
    private readonly limits: HttpLimits,
    private readonly signal: AbortSignal | undefined
  ) {}

  get status(): number {
    return this.message.statusCode ?? 0
  }

  get ok(): boolean {
    return this.status >= 200 && this.status < 300
  }

  readonly headers = {
    get: (name: string): string | null => {
      const value = this.message.headers[name.toLowerCase()]
      return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value
    },
    has: (name: string): boolean => this.message.headers[name.toLowerCase()] !== undefined
  }

  /**
   * The body as it arrives, within the idle and throughput limits and the deadline.
   * Time the consumer spends between chunks does not count against the server.
   */
  async *body(): AsyncGenerator<Buffer> {
    if (this.consumed) throw new Error(`the body of ${this.url} was already read`)
    this.consumed = true
    const host = new URL(this.url).host
    const iterator = this.message[Symbol.asyncIterator]() as AsyncIterator<Buffer>
    const { idleMs, minBytesPerSecond, graceMs } = this.limits
    let waited = 0
    let received = 0
    let finished = false
    try {
      for (;;) {
        // The floor: after the grace period, `received` must keep up with the minimum rate.
        const floorMs = graceMs + (received / minBytesPerSecond) * 1000 - waited
        const started = Date.now()
        const slow = () =>
          new HttpTimeout(
            `${host} sent ${received} bytes of the body in ${formatDuration(waited + Date.now() - started)}, ` +
              `slower than the minimum of ${minBytesPerSecond / 1024} KiB/s`
          )
        const idle = () =>
          new HttpTimeout(`${host} sent no body data for ${formatDuration(idleMs)}`)
        const next = await within(
          iterator.next(),
          Math.min(idleMs, floorMs),
          floorMs < idleMs ? slow : idle,
          this.signal,
          () => this.message.destroy()
        )
        waited += Date.now() - started
        if (next.done) {
          finished = true
          return
        }
        received += next.value.length
        yield next.value
      }
    } catch (error) {
      throw stoppedWhile(error, `reading ${describeUrl(this.url)} (${received} bytes in)`)
    } finally {
      // Stopped early (consumer gone, or an error): close the connection.
      if (!finished) this.message.destroy()
    }
  }

  /** The body as text, refusing more than `limit` bytes. */
  async text(limit = 1 << 20): Promise<string> {
    const chunks: Buffer[] = []
    let size = 0
    for await (const chunk of this.body()) {
      size += chunk.length
      if (size > limit) throw new Error(`${this.url} answered more than ${limit} bytes`)
      chunks.push(chunk)
    }
    return Buffer.concat(chunks).toString('utf8')
  }

  /** Drops the body unread and closes the connection. */
  discard(): void {
    this.consumed = true
    this.message.destroy()
  }
}
