import { inflateSync } from 'node:zlib'
import { MAX_HEAD, readLayout, type Layout } from './sections'
import { startsAuditData } from './zlib-start'

/**
 * cargo-auditable's dependency list, read while an executable (ELF, PE, Mach-O)
 * streams by: its `.dep-v0` section holds zlib-compressed JSON
 * (`{"packages":[…]}`). sections.ts says which bytes to keep from the headers at
 * the start; the candidates are inflated at the end. Work is linear in the file.
 */

export interface CargoPackage {
  name: string
  version: string
  source: string
  kind: 'runtime' | 'build'
  dependencies: number[]
  root: boolean
}

const MAX_JSON = 32 * 1024 * 1024

export class AuditDataError extends Error {}

export class AuditScanner {
  private head: Buffer[] = []
  private headLength = 0
  private position = 0
  private layout: Layout | null | undefined

  /** `size`: the file's size from its tar header; nothing past it is kept. */
  constructor(private readonly size: number) {}

  write(chunk: Buffer): void {
    if (this.layout === null) return
    if (this.layout !== undefined) return this.keep(chunk)
    // The headers mostly lie within the first chunk, which is then read as it is.
    const head = this.head.length === 0 ? chunk : Buffer.concat([...this.head, chunk])
    this.headLength += chunk.length
    this.layout = readLayout(head, this.headLength >= Math.min(MAX_HEAD, this.size), this.size)
    if (this.layout === undefined) {
      // A copy: the chunk is freed once read.
      this.head = [head === chunk ? Buffer.from(chunk) : head]
      return
    }
    this.head = []
    if (this.layout) this.keep(head)
  }

  private keep(chunk: Buffer): void {
    this.layout?.write(chunk, this.position)
    this.position += chunk.length
  }

  end(): CargoPackage[] | null {
    const sections = this.layout?.sections(this.position)
    if (!this.layout || !sections) return null
    for (const data of sections) {
      if (!startsAuditData(data)) continue
      let json: Buffer
      try {
        json = inflateSync(data, { maxOutputLength: MAX_JSON })
      } catch (error) {
        throw new AuditDataError(
          `cargo-auditable data does not inflate: ${(error as Error).message}`
        )
      }
      return parseAuditJson(json.toString('utf8'))
    }
    const truncated = this.layout.truncated()
    if (truncated) throw new AuditDataError(truncated)
    return null
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
