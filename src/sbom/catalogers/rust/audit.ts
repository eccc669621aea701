import { constants, inflateSync } from 'node:zlib'

/**
 * cargo-auditable's dependency list, read while an executable streams by. The
 * `.dep-v0` section holds zlib-compressed JSON (`{"packages":[…]}`); its offset is
 * only known from the section headers at the end of the file, so instead every
 * zlib header in the stream is tried: a candidate whose first bytes inflate to
 * `{"packages":[` is captured (bounded) and decoded at the end.
 */

export interface CargoPackage {
  name: string
  version: string
  source: string
  kind: 'runtime' | 'build'
  dependencies: number[]
  root: boolean
}

const ELF = Buffer.from('\x7fELF', 'latin1')
const PREFIX = '{"packages":['
/** Compressed bytes tried per candidate: enough for the prefix at any level. */
const PROBE = 64
const MAX_COMPRESSED = 4 * 1024 * 1024
const MAX_JSON = 32 * 1024 * 1024

export class AuditDataError extends Error {}

/**
 * zlib headers of compression levels 7–9 (cargo-auditable uses 7) and of the
 * default level; searching for these two byte pairs keeps the probes rare.
 */
const HEADERS = [Buffer.from([0x78, 0xda]), Buffer.from([0x78, 0x9c])]
const isZlibHeader = (cmf: number, flg: number): boolean =>
  cmf === 0x78 && (flg === 0xda || flg === 0x9c)

function probe(data: Buffer): boolean {
  try {
    const out = inflateSync(data, { finishFlush: constants.Z_SYNC_FLUSH, maxOutputLength: 4096 })
    return out.toString('latin1', 0, PREFIX.length) === PREFIX
  } catch {
    return false
  }
}

export class AuditScanner {
  private head = Buffer.alloc(0)
  private notElf = false
  private tail = Buffer.alloc(0)
  private capture: Buffer[] | null = null
  private captured = 0

  write(chunk: Buffer): void {
    if (this.notElf) return
    if (this.head.length < ELF.length) {
      this.head = Buffer.concat([this.head, chunk.subarray(0, ELF.length - this.head.length)])
      if (this.head.length === ELF.length && !this.head.equals(ELF)) {
        this.notElf = true
        return
      }
    }
    if (this.capture) {
      this.take(chunk)
      return
    }
    // Candidates starting in the kept tail need bytes of this chunk to be probed.
    const window = Buffer.concat([this.tail, chunk.subarray(0, PROBE)])
    for (let i = 0; i < this.tail.length; i++) {
      if (
        isZlibHeader(window[i] as number, window[i + 1] ?? 0) &&
        probe(window.subarray(i, i + PROBE))
      ) {
        this.capture = []
        this.take(Buffer.concat([this.tail.subarray(i), chunk]))
        return
      }
    }
    for (const header of HEADERS) {
      for (
        let at = chunk.indexOf(header);
        at >= 0 && at + PROBE <= chunk.length;
        at = chunk.indexOf(header, at + 1)
      ) {
        if (probe(chunk.subarray(at, at + PROBE))) {
          this.capture = []
          this.take(chunk.subarray(at))
          return
        }
      }
    }
    const keep = Math.min(PROBE - 1, chunk.length)
    this.tail =
      chunk.length >= PROBE - 1
        ? Buffer.from(chunk.subarray(chunk.length - keep))
        : Buffer.concat([this.tail, chunk]).subarray(-(PROBE - 1))
  }

  private take(data: Buffer): void {
    const room = MAX_COMPRESSED - this.captured
    if (room <= 0) return
    const part = data.subarray(0, room)
    ;(this.capture as Buffer[]).push(Buffer.from(part))
    this.captured += part.length
  }

  end(): CargoPackage[] | null {
    if (this.notElf || !this.capture) return null
    let json: Buffer
    try {
      json = inflateSync(Buffer.concat(this.capture), { maxOutputLength: MAX_JSON })
    } catch (error) {
      throw new AuditDataError(`cargo-auditable data does not inflate: ${(error as Error).message}`)
    }
    return parseAuditJson(json.toString('utf8'))
  }
}

export function parseAuditJson(text: string): CargoPackage[] {
  let doc: unknown
  try {
    doc = JSON.parse(text)
  } catch (error) {
    throw new AuditDataError(`cargo-auditable data is not JSON: ${(error as Error).message}`)
  }
  const list = (doc as { packages?: unknown } | null)?.packages
  if (!Array.isArray(list)) throw new AuditDataError('cargo-auditable data has no package list')
  return list.map((p, i) => {
    const item = p as Record<string, unknown> | null
    if (!item || typeof item.name !== 'string' || typeof item.version !== 'string') {
      throw new AuditDataError(`cargo-auditable package ${i} has no name or version`)
    }
    return {
      name: item.name,
      version: item.version,
      source: typeof item.source === 'string' ? item.source : 'crates.io',
      kind: item.kind === 'build' ? 'build' : 'runtime',
      dependencies: Array.isArray(item.dependencies)
        ? item.dependencies.filter((d): d is number => Number.isInteger(d))
        : [],
      root: item.root === true
    }
  })
}
