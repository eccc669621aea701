/**
 * Writes `bytes` to a streaming reader in pieces cut at `cuts` (taken modulo the length),
 * overwriting each piece once written, as the walk frees each chunk: a reader that keeps
 * views instead of copies then reads garbage.
 */
export function writeInPieces(write: (chunk: Buffer) => void, bytes: Buffer, cuts: number[]): void {
  const points = [...new Set(cuts.map(c => c % (bytes.length + 1)))].sort((a, b) => a - b)
  for (const [i, from] of [0, ...points].entries()) {
    const chunk = Buffer.from(bytes.subarray(from, points[i] ?? bytes.length))
    write(chunk)
    chunk.fill(0x20)
  }
}
