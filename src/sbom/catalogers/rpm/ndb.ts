import { pages, Scratch, type RandomAccess } from '../../../archive/random-access'
import { MAX_HEADER_BYTES, RpmHeaderError } from './header'

/**
 * Blobs of rpm's NDB `Packages.db` (SUSE): a header ("RpmP", version, generation,
 * slot page count), 4 KiB slot pages of 16-byte slots ("Slot", package index,
 * block offset, block count), and at block offset × 16 a blob header ("BlbS",
 * package index, checksum, length) followed by the header blob. Little-endian.
 * Blobs are yielded one at a time, each a view into a reused buffer that is valid until the
 * next; one too large to hold is yielded as an RpmHeaderError.
 */
const HEADER_MAGIC = 0x506d7052 // 'RpmP'
const SLOT_MAGIC = 0x746f6c53 // 'Slot'
const BLOB_MAGIC = 0x53626c42 // 'BlbS'
const SLOT_PAGE = 4096
const SLOTS_PER_PAGE = SLOT_PAGE / 16
const BLOCK = 16
const MAX_SLOT_PAGES = 2048

export function* ndbBlobs(bytes: RandomAccess): Generator<Buffer | RpmHeaderError> {
  const head = bytes.read(0, 32)
  if (head.length < 32 || head.readUInt32LE(0) !== HEADER_MAGIC)
    throw new RpmHeaderError('not an rpm NDB database')
  if (head.readUInt32LE(4) !== 0)
    throw new RpmHeaderError(`unsupported NDB version ${head.readUInt32LE(4)}`)
  const slotPages = head.readUInt32LE(12)
  if (slotPages === 0 || slotPages > MAX_SLOT_PAGES)
    throw new RpmHeaderError(`bad NDB slot page count ${slotPages}`)
  if (slotPages * SLOT_PAGE > bytes.size)
    throw new RpmHeaderError('NDB slot pages past end of file')
  const blob = new Scratch()
  const blobHeader = Buffer.alloc(16)
  // Slots pointing at a blob already read (aliases) are skipped: each byte is parsed once.
  const seen = new Set<number>()
  for (const [page, p] of pages(bytes, SLOT_PAGE, 0, slotPages)) {
    // The first two slots' worth of bytes is the database header.
    for (let at = page === 0 ? 32 : 0; at < SLOT_PAGE; at += 16) {
      if (p.readUInt32LE(at) !== SLOT_MAGIC)
        throw new RpmHeaderError(`bad NDB slot ${page * SLOTS_PER_PAGE + at / 16}`)
      const pkgIndex = p.readUInt32LE(at + 4)
      if (pkgIndex === 0) continue
      const offset = p.readUInt32LE(at + 8) * BLOCK
      if (seen.has(offset)) continue
      seen.add(offset)
      if (
        bytes.readInto(blobHeader, offset) < 16 ||
        blobHeader.readUInt32LE(0) !== BLOB_MAGIC ||
        blobHeader.readUInt32LE(4) !== pkgIndex
      ) {
        throw new RpmHeaderError(`bad NDB blob for package ${pkgIndex}`)
      }
      const length = blobHeader.readUInt32LE(12)
      if (offset + 16 + length > bytes.size)
        throw new RpmHeaderError(`NDB blob for package ${pkgIndex} past end of file`)
      if (length > MAX_HEADER_BYTES)
        yield new RpmHeaderError(`a ${length}-byte header (limit ${MAX_HEADER_BYTES})`)
      else {
        const into = blob.take(length)
        bytes.readInto(into, offset + 16)
        yield into
      }
    }
  }
}
