import { jest } from '@jest/globals'
import { Readable } from 'node:stream'
import * as zlib from 'node:zlib'

// A Node whose zlib has no zstd (as before 22.15): the layer is an error, not an empty walk.
jest.unstable_mockModule('node:zlib', () => ({ ...zlib, createZstdDecompress: undefined }))
const { uncompressed } = await import('../../../src/oci/decompress')
const { ActionError } = await import('../../../src/errors')

describe('a zstd layer without a zstd decompressor', () => {
  it('is an error that names the Node version required', async () => {
    const blob = zlib.zstdCompressSync(Buffer.alloc(1024, 1))
    const failure = uncompressed(Readable.from([blob]))
    await expect(failure).rejects.toBeInstanceOf(ActionError)
    await expect(failure).rejects.toThrow(/zstd-compressed layer cannot be read/)
    await expect(failure).rejects.toMatchObject({ code: 'UNSUPPORTED_MEDIA_TYPE' })
  })

  it('leaves gzip layers readable', async () => {
    const stream = await uncompressed(Readable.from([zlib.gzipSync(Buffer.from('tar bytes'))]))
    const chunks: Buffer[] = []
    for await (const chunk of stream) chunks.push(chunk as Buffer)
    expect(Buffer.concat(chunks).toString()).toBe('tar bytes')
  })
})
