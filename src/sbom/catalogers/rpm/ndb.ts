import { RpmHeaderError } from './header'

/**
 * Blobs of rpm's NDB `Packages.db` (SUSE): a header ("RpmP", version, generation,
 * slot page count), 4 KiB slot pages of 16-byte slots ("Slot", package index,
 * block offset, block count), and at block offset × 16 a blob header ("BlbS",
 * package index, checksum, length) followed by the header blob. Little-endian.
 */
const HEADER_MAGIC = 0x506d7052 // 'RpmP'
const SLOT_MAGIC = 0x746f6c53 // 'Slot'
const BLOB_MAGIC = 0x53626c42 // 'BlbS'
const SLOTS_PER_PAGE = 4096 / 16
const BLOCK = 16
const MAX_SLOT_PAGES = 2048

export function ndbBlobs(db: Buffer, maxBlobs: number): { blobs: Buffer[]; truncated: boolean } {
  if (db.length < 32 || db.readUInt32LE(0) !== HEADER_MAGIC)
    throw new RpmHeaderError('not an rpm NDB database')
  if (db.readUInt32LE(4) !== 0)
    throw new RpmHeaderError(`unsupported NDB version ${db.readUInt32LE(4)}`)
  const slotPages = db.readUInt32LE(12)
  if (slotPages === 0 || slotPages > MAX_SLOT_PAGES)
    throw new RpmHeaderError(`bad NDB slot page count ${slotPages}`)
  const out: Buffer[] = []
  // Slots pointing at a blob already read (aliases) are skipped: each byte is parsed once.
  const seen = new Set<number>()
  // The first two slots' worth of bytes is the database header.
  for (let slot = 2; slot < slotPages * SLOTS_PER_PAGE; slot++) {
    const at = slot * 16
    if (at + 16 > db.length) throw new RpmHeaderError('NDB slot pages past end of file')
    if (db.readUInt32LE(at) !== SLOT_MAGIC) throw new RpmHeaderError(`bad NDB slot ${slot}`)
    const pkgIndex = db.readUInt32LE(at + 4)
    if (pkgIndex === 0) continue
    const blob = db.readUInt32LE(at + 8) * BLOCK
    if (seen.has(blob)) continue
    seen.add(blob)
    if (
      blob + 16 > db.length ||
      db.readUInt32LE(blob) !== BLOB_MAGIC ||
      db.readUInt32LE(blob + 4) !== pkgIndex
    ) {
      throw new RpmHeaderError(`bad NDB blob for package ${pkgIndex}`)
    }
    const length = db.readUInt32LE(blob + 12)
    if (blob + 16 + length > db.length)
      throw new RpmHeaderError(`NDB blob for package ${pkgIndex} past end of file`)
    if (out.length === maxBlobs) return { blobs: out, truncated: true }
    out.push(db.subarray(blob + 16, blob + 16 + length))
  }
  return { blobs: out, truncated: false }
}
