import { createReadStream } from 'node:fs'
import { open, type FileHandle } from 'node:fs/promises'
import { posix } from 'node:path'
import { Readable } from 'node:stream'
import { ActionError } from '../errors'
import {
  BLOCK,
  checksumMatches,
  cString,
  entryType,
  headerName,
  isMetaRecord,
  isZeroBlock,
  MAX_META_SIZE,
  normalisePath,
  parseNumber,
  parsePax,
  TarFormatError
} from '../archive/tar-header'
import { FILE_READ_SIZE } from './decompress'

interface Entry {
  offset: number
  size: number
}

/**
 * An index of the regular files in a tar archive, so members can be streamed by
 * byte range without unpacking the archive. Symbolic and hard links to members resolve.
 */
export class TarIndex {
  private constructor(
    readonly path: string,
    private readonly entries: Map<string, Entry>
  ) {}

  static async open(path: string): Promise<TarIndex> {
    let handle: FileHandle
    try {
      handle = await open(path, 'r')
    } catch (error) {
      throw new ActionError(
        'SOURCE_INVALID',
        `cannot open archive ${path}: ${(error as Error).message}`
      )
    }
    try {
      return new TarIndex(path, await scan(handle, path))
    } finally {
      await handle.close()
    }
  }

  has(name: string): boolean {
    return this.entries.has(normalisePath(name))
  }

  names(): string[] {
    return [...this.entries.keys()]
  }

  size(name: string): number | undefined {
    return this.entries.get(normalisePath(name))?.size
  }

  stream(name: string): Readable {
    const entry = this.entries.get(normalisePath(name))
    if (!entry) throw new ActionError('SOURCE_INVALID', `${this.path} has no member ${name}`)
    if (entry.size === 0) return Readable.from([])
    return createReadStream(this.path, {
      start: entry.offset,
      end: entry.offset + entry.size - 1,
      highWaterMark: FILE_READ_SIZE
    })
  }

  /** The first `length` bytes of a member (fewer if it is shorter). */
  async head(name: string, length: number): Promise<Buffer> {
    const entry = this.entries.get(normalisePath(name))
    if (!entry) throw new ActionError('SOURCE_INVALID', `${this.path} has no member ${name}`)
    const handle = await open(this.path, 'r')
    try {
      const data = Buffer.alloc(Math.min(length, entry.size))
      await handle.read(data, 0, data.length, entry.offset)
      return data
    } finally {
      await handle.close()
    }
  }

  async read(name: string): Promise<Buffer> {
    const chunks: Buffer[] = []
    for await (const chunk of this.stream(name)) chunks.push(chunk as Buffer)
    return Buffer.concat(chunks)
  }
}

const REWRITE = 'The archive is truncated or malformed; write it again (skopeo copy, docker save)'

async function scan(handle: FileHandle, path: string): Promise<Map<string, Entry>> {
  try {
    return await scanHeaders(handle, path)
  } catch (error) {
    if (!(error instanceof TarFormatError)) throw error
    throw new ActionError('SOURCE_INVALID', `${path}: ${error.message}`, { hint: REWRITE })
  }
}

async function scanHeaders(handle: FileHandle, path: string): Promise<Map<string, Entry>> {
  const entries = new Map<string, Entry>()
  const links: { name: string; target: string }[] = []
  const { size: fileSize } = await handle.stat()
  const header = Buffer.alloc(BLOCK)
  let offset = 0
  let longName: string | undefined
  let pax: Record<string, string> = {}
  const readData = async (at: number, size: number) => {
    const data = Buffer.alloc(size)
    await handle.read(data, 0, size, at)
    return data
  }
  while (offset + BLOCK <= fileSize) {
    const { bytesRead } = await handle.read(header, 0, BLOCK, offset)
    if (bytesRead < BLOCK || isZeroBlock(header)) break
    if (!checksumMatches(header))
      throw new ActionError(
        'SOURCE_INVALID',
        `${path} is not a tar archive (bad header at byte ${offset})`
      )
    const type = String.fromCharCode(header[156] ?? 0)
    const size = pax.size !== undefined ? Number(pax.size) : parseNumber(header, 124, 12)
    const where = `${path}: the tar header at byte ${offset}`
    if (!Number.isSafeInteger(size) || size < 0)
      throw new ActionError('SOURCE_INVALID', `${where} has an invalid size`, { hint: REWRITE })
    if (offset + BLOCK + size > fileSize)
      throw new ActionError(
        'SOURCE_INVALID',
        `${where} claims ${size} bytes, past the end of the archive (${fileSize} bytes)`,
        { hint: REWRITE }
      )
    if (isMetaRecord(type) && size > MAX_META_SIZE)
      throw new ActionError(
        'SOURCE_INVALID',
        `${where} claims a ${size}-byte extended header (limit ${MAX_META_SIZE})`,
        { hint: REWRITE }
      )
    const name = normalisePath(pax.path ?? longName ?? headerName(header))
    const linkName = pax.linkpath ?? cString(header, 157, 100)
    const dataOffset = offset + BLOCK
    offset = dataOffset + Math.ceil(size / BLOCK) * BLOCK
    if (type === 'L') {
      const data = await readData(dataOffset, size)
      longName = cString(data, 0, data.length)
      continue
    }
    if (type === 'x') {
      pax = parsePax(await readData(dataOffset, size))
      continue
    }
    if (type === 'g') continue
    longName = undefined
    pax = {}
    const kind = entryType(type)
    if (kind === 'file') entries.set(name, { offset: dataOffset, size })
    else if (kind === 'hardlink') links.push({ name, target: normalisePath(linkName) })
    else if (kind === 'symlink')
      links.push({
        name,
        target: normalisePath(
          linkName.startsWith('/') ? linkName : posix.join(posix.dirname(name), linkName)
        )
      })
  }
  // Links may point at links; a few passes settle any sane chain.
  for (let pass = 0; pass < 8; pass++)
    for (const link of links) {
      const target = entries.get(link.target)
      if (target && !entries.has(link.name)) entries.set(link.name, target)
    }
  return entries
}
