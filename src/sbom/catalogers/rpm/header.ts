/**
 * rpm header blobs as rpm's databases store them (no lead, no magic): entry
 * count and data size as big-endian u32, then 16-byte index entries (tag, type,
 * offset, count), then the data store.
 */

export interface RpmPackage {
  name: string
  version: string
  release: string
  epoch?: number
  arch: string
  license: string
  sourceRpm?: string
  vendor?: string
  requires: string[]
  provides: string[]
}

const TAG = {
  name: 1000,
  version: 1001,
  release: 1002,
  epoch: 1003,
  vendor: 1011,
  license: 1014,
  arch: 1022,
  sourceRpm: 1044,
  provideName: 1047,
  requireName: 1049
}
const TYPE = { int32: 4, string: 6, stringArray: 8, i18nString: 9 }
const MAX_ENTRIES = 100_000
/**
 * One header's bytes. rpm's own cap is 256 MiB, but the largest real ones (thousands of
 * files with their digests) are a few MiB: a database's reader never holds more than this.
 */
export const MAX_HEADER_BYTES = 32 * 1024 * 1024

export class RpmHeaderError extends Error {}

export function parseHeader(blob: Buffer): RpmPackage | null {
  if (blob.length < 8) throw new RpmHeaderError('rpm header shorter than 8 bytes')
  const count = blob.readUInt32BE(0)
  const dataLength = blob.readUInt32BE(4)
  const dataStart = 8 + count * 16
  if (count > MAX_ENTRIES || dataStart + dataLength > blob.length)
    throw new RpmHeaderError('rpm header sizes exceed the blob')
  const strings = new Map<number, string[]>()
  /** Only the first value of an int32 tag is used (the epoch). */
  const ints = new Map<number, number>()
  // Each wanted tag is read once (a repeated entry is ignored) and its strings are
  // searched inside the data store only, so the work stays linear in the header.
  const wanted = new Set<number>(Object.values(TAG))
  const data = blob.subarray(0, dataStart + dataLength)
  for (let i = 0; i < count; i++) {
    const at = 8 + i * 16
    const tag = blob.readUInt32BE(at)
    if (!wanted.delete(tag)) continue
    const type = blob.readUInt32BE(at + 4)
    const offset = blob.readUInt32BE(at + 8)
    const n = blob.readUInt32BE(at + 12)
    let pos = dataStart + offset
    const end = dataStart + dataLength
    if (pos > end) throw new RpmHeaderError(`rpm tag ${tag} points outside the data`)
    if (type === TYPE.string || type === TYPE.stringArray || type === TYPE.i18nString) {
      const values: string[] = []
      const items = type === TYPE.string ? 1 : Math.min(n, MAX_ENTRIES)
      for (let k = 0; k < items && pos < end; k++) {
        const nul = data.indexOf(0, pos)
        const stop = nul < 0 ? end : nul
        values.push(data.toString('utf8', pos, stop))
        pos = stop + 1
      }
      strings.set(tag, values)
    } else if (type === TYPE.int32 && n > 0 && pos + 4 <= end) {
      ints.set(tag, blob.readUInt32BE(pos))
    }
  }
  const one = (tag: number): string | undefined => strings.get(tag)?.[0]
  const name = one(TAG.name)
  const version = one(TAG.version)
  // The database's first entries can be non-package headers (e.g. gpg-pubkey has no arch but is a package).
  if (!name || !version) return null
  const epoch = ints.get(TAG.epoch)
  const sourceRpm = one(TAG.sourceRpm)
  const vendor = one(TAG.vendor)
  return {
    name,
    version,
    release: one(TAG.release) ?? '',
    ...(epoch !== undefined ? { epoch } : {}),
    arch: one(TAG.arch) ?? '',
    license: one(TAG.license) ?? '',
    ...(sourceRpm && sourceRpm !== '(none)' ? { sourceRpm } : {}),
    ...(vendor ? { vendor } : {}),
    requires: strings.get(TAG.requireName) ?? [],
    provides: strings.get(TAG.provideName) ?? []
  }
}
