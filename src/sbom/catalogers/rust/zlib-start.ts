import { constants, inflateSync } from 'node:zlib'

/**
 * Whether bytes start cargo-auditable's data: a zlib stream whose text begins
 * `{"packages":[`. A check on the zlib and deflate headers comes first, since
 * inflating costs far more and most places that look like a zlib header are not.
 */

const PREFIX = '{"packages":['

/**
 * The zlib header's second byte after 0x78 (deflate, 32 KiB window), for each level,
 * without a preset dictionary (cargo-auditable uses none): the pair is a multiple of 31.
 */
const CHECK_BYTES = new Uint8Array(256)
for (const flags of [0x01, 0x5e, 0x9c, 0xda]) CHECK_BYTES[flags] = 1

/** True when the two bytes at `at` are a zlib header (0x78 and a check byte). */
export function zlibHeaderAt(bytes: Buffer, at: number): boolean {
  return bytes[at] === 0x78 && CHECK_BYTES[bytes[at + 1] ?? 0] === 1
}

/**
 * Whether the first deflate block header (after the 2-byte zlib header) could start
 * the JSON: a stored block whose length checks out, a fixed-code block whose first
 * symbol is `{`, or a dynamic block whose counts are in range and whose code-length
 * code is complete (zlib refuses the rest). Bytes that run out count as plausible.
 */
export function plausibleDeflate(bytes: Buffer): boolean {
  let bit = 16
  const read = (count: number): number => {
    let value = 0
    for (let i = 0; i < count; i++, bit++) {
      const byte = bytes[bit >> 3]
      if (byte === undefined) return -1
      value |= ((byte >> (bit & 7)) & 1) << i
    }
    return value
  }
  read(1)
  const type = read(2)
  if (type === 0) {
    bit = (bit + 7) & ~7
    const length = read(16)
    const complement = read(16)
    return length < 0 || complement < 0 || (length ^ complement) === 0xffff
  }
  if (type === 1) {
    // Huffman codes are sent most significant bit first; `{` (0x7b) is 0x30 + 0x7b on 8 bits.
    let code = 0
    for (let i = 0; i < 8; i++) {
      const next = read(1)
      if (next < 0) return true
      code = (code << 1) | next
    }
    return code === 0x30 + 0x7b
  }
  if (type !== 2) return type < 0
  const literals = read(5) + 257
  const distances = read(5) + 1
  const lengths = read(4) + 4
  if (literals > 286 || distances > 30) return false
  let kraft = 0
  for (let i = 0; i < lengths; i++) {
    const length = read(3)
    if (length < 0) return true
    if (length > 0) kraft += 1 << (7 - length)
  }
  return kraft === 128
}

/** Inflates the first bytes (at most 64 are needed) and compares the text's start. */
export function inflatesToAuditJson(bytes: Buffer): boolean {
  try {
    const out = inflateSync(bytes.subarray(0, 64), {
      finishFlush: constants.Z_SYNC_FLUSH,
      maxOutputLength: 4096
    })
    return out.toString('latin1', 0, PREFIX.length) === PREFIX
  } catch {
    return false
  }
}

/** All three checks, for bytes known to be a candidate section's. */
export function startsAuditData(bytes: Buffer): boolean {
  return zlibHeaderAt(bytes, 0) && plausibleDeflate(bytes) && inflatesToAuditJson(bytes)
}
