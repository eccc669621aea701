import fc from 'fast-check'
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { decodeBuildInfo, NotGoError } from '../../../src/sbom/catalogers/golang/buildinfo'
import { parseStatus, copyrightLicenses } from '../../../src/sbom/catalogers/dpkg'
import { parseInstalled } from '../../../src/sbom/catalogers/apk'
import { parseMetadata } from '../../../src/sbom/catalogers/python'
import { parseGemfileLock, parseGemspec } from '../../../src/sbom/catalogers/ruby'
import { parsePom } from '../../../src/sbom/catalogers/java'
import {
  AuditDataError,
  AuditScanner,
  parseAuditJson
} from '../../../src/sbom/catalogers/rust/audit'
import { deflateSync } from 'node:zlib'
import { bufferBytes } from '../../../src/archive/random-access'
import { readEntry, walkEntries, ZipError } from '../../../src/archive/zip'
import { bdbValues } from '../../../src/sbom/catalogers/rpm/bdb'
import { parseHeader, RpmHeaderError } from '../../../src/sbom/catalogers/rpm/header'
import { ndbBlobs } from '../../../src/sbom/catalogers/rpm/ndb'
import { sqliteBlobs } from '../../../src/sbom/catalogers/rpm/sqlite'
import { TarFormatError } from '../../../src/archive/tar-header'
import { collectInto, readTar } from '../../../src/sbom/walk/tar'
import { elfWithReadOnlySegment } from '../../support/hostile-inputs'
import { blobsOf } from '../../support/rpmdb'
import { makeTar } from './images'

const runs = { numRuns: Number(process.env.FC_RUNS ?? 300) }

/** Runs fn and returns what it threw (undefined if nothing). */
function thrown(fn: () => unknown): unknown {
  try {
    fn()
    return undefined
  } catch (error) {
    return error
  }
}

/** Bytes that start like the real format and then go wrong somewhere. */
const mutated = (seed: Buffer) =>
  fc
    .tuple(
      fc.nat({ max: seed.length - 1 }),
      fc.uint8Array({ minLength: 1, maxLength: 64 }),
      fc.nat({ max: seed.length })
    )
    .map(([at, junk, cut]) => {
      const copy = Buffer.from(seed)
      Buffer.from(junk).copy(copy, at)
      return copy.subarray(0, Math.max(cut, 1))
    })

describe('parsers never fail in an unplanned way', () => {
  const tar = makeTar(
    { 'a.txt': 'alpha\n', [`${'long/'.repeat(30)}b.txt`]: 'beta', c: { symlink: 'a.txt' } },
    'pax'
  )

  test('tar: corrupt or truncated input only raises TarFormatError', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          mutated(tar),
          fc.uint8Array({ maxLength: 3000 }).map(b => Buffer.from(b))
        ),
        async bytes => {
          const error = await readTar(Readable.from([bytes]), {
            entry: () => collectInto(() => undefined)
          }).then(
            () => undefined,
            (e: unknown) => e
          )
          expect(error === undefined || error instanceof TarFormatError).toBe(true)
        }
      ),
      runs
    )
  })

  test('tar: any chunking gives the same entries', async () => {
    const read = async (chunks: Buffer[]) => {
      const seen: string[] = []
      await readTar(Readable.from(chunks), {
        entry: e => collectInto(d => seen.push(`${e.path}=${d.toString()}`))
      })
      return seen
    }
    const whole = await read([tar])
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(fc.nat({ max: tar.length }), { maxLength: 20 }),
        async cuts => {
          const points = [0, ...cuts.sort((a, b) => a - b), tar.length]
          const chunks = points.slice(1).map((end, i) => tar.subarray(points[i], end))
          expect(await read(chunks)).toEqual(whole)
        }
      ),
      { numRuns: 100 }
    )
  })

  test('text formats: dpkg status, copyright, apk, Python METADATA, gemspec, Gemfile.lock, POM', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 2000 }), text => {
        for (const p of parseStatus(text)) expect(p.name && p.version).toBeTruthy()
        expect(Array.isArray(copyrightLicenses(text))).toBe(true)
        for (const p of parseInstalled(text)) expect(p.name && p.version).toBeTruthy()
        const py = thrown(() => parseMetadata(text))
        expect(py === undefined || (py instanceof Error && !(py instanceof TypeError))).toBe(true)
        const gem = thrown(() => parseGemspec(text))
        expect(gem === undefined || (gem instanceof Error && !(gem instanceof TypeError))).toBe(
          true
        )
        for (const parse of [parseGemfileLock, parsePom]) {
          const error = thrown(() => parse(text))
          expect(
            error === undefined || (error instanceof Error && !(error instanceof TypeError))
          ).toBe(true)
        }
      }),
      runs
    )
  })

  test('cargo-auditable data: any JSON value, and corrupted compressed data in an ELF', () => {
    fc.assert(
      fc.property(fc.jsonValue(), value => {
        const error = thrown(() => parseAuditJson(JSON.stringify(value)))
        expect(error === undefined || error instanceof AuditDataError).toBe(true)
      }),
      runs
    )
    const packed = Buffer.concat([
      Buffer.from('\x7fELF', 'latin1'),
      Buffer.alloc(100),
      deflateSync(
        Buffer.from('{"packages":[{"name":"a","version":"1.0.0","source":"crates.io"}]}'),
        { level: 7 }
      ),
      Buffer.alloc(100)
    ])
    fc.assert(
      fc.property(mutated(packed), bytes => {
        const scanner = new AuditScanner(bytes.length)
        const error = thrown(() => {
          scanner.write(bytes)
          scanner.end()
        })
        expect(error === undefined || error instanceof AuditDataError).toBe(true)
      }),
      runs
    )
  })

  test('cargo-auditable data in an ELF: found whatever the chunks; corrupted, only its own error', () => {
    const data = deflateSync(
      Buffer.from('{"packages":[{"name":"a","version":"1.0.0","source":"crates.io"}]}'),
      { level: 7 }
    )
    // A segment with other zlib streams and look-alike headers around the section.
    const segment = Buffer.concat([
      deflateSync('{"crates":[]}'),
      Buffer.from([0x78, 0xda, 0x78, 0x9c, 0x78]),
      data,
      deflateSync('{"packages":[]}'),
      Buffer.alloc(200, 0x78)
    ])
    const section = segment.indexOf(data)
    const elf = elfWithReadOnlySegment(segment, section, data.length)
    const scan = (bytes: Buffer, cuts: number[]) => {
      const scanner = new AuditScanner(bytes.length)
      let at = 0
      for (const cut of [...cuts.filter(c => c < bytes.length)].sort((a, b) => a - b)) {
        scanner.write(bytes.subarray(at, cut))
        at = cut
      }
      scanner.write(bytes.subarray(at))
      return scanner.end()
    }
    const cuts = fc.array(fc.nat({ max: elf.length }), { maxLength: 40 })
    fc.assert(
      fc.property(cuts, points => {
        expect(scan(elf, points)?.map(p => p.name)).toEqual(['a'])
      }),
      runs
    )
    fc.assert(
      fc.property(mutated(elf), cuts, (bytes, points) => {
        const error = thrown(() => scan(bytes, points))
        expect(error === undefined || error instanceof AuditDataError).toBe(true)
      }),
      runs
    )
  })

  test('binary formats: Go build info, zip, rpm headers, BDB, NDB', () => {
    const goInfo = Buffer.concat([
      Buffer.from('\xff Go buildinf:\x08\x02', 'latin1'),
      Buffer.alloc(16),
      Buffer.from('\x08go1.22.1\x05abcde')
    ])
    const header = Buffer.alloc(8 + 16 + 8)
    header.writeUInt32BE(1, 0)
    header.writeUInt32BE(8, 4)
    header.writeUInt32BE(1000, 8)
    header.writeUInt32BE(6, 12)
    header.write('name\0', 24)
    const zip = execFileSync('python3', [
      '-c',
      "import io,zipfile,sys\nb=io.BytesIO()\nz=zipfile.ZipFile(b,'w',zipfile.ZIP_DEFLATED)\nz.writestr('META-INF/MANIFEST.MF','Manifest-Version: 1.0\\r\\n'*50)\nz.writestr('a.txt','x')\nz.close()\nsys.stdout.buffer.write(b.getvalue())"
    ])
    expect([...walkEntries(bufferBytes(zip))].map(e => e.name)).toEqual([
      'META-INF/MANIFEST.MF',
      'a.txt'
    ])
    const bdb = readFileSync(join(process.cwd(), 'test/unit/sbom/fixtures/Packages'))
    expect(blobsOf(f => bdbValues(f.bytes), bdb)).toHaveLength(2)
    const any = (seed: Buffer) =>
      fc.oneof(
        mutated(seed),
        fc.uint8Array({ maxLength: 600 }).map(b => Buffer.from(b))
      )
    fc.assert(
      fc.property(any(goInfo), any(header), any(zip), any(bdb), (g, h, z, db) => {
        const go = thrown(() => decodeBuildInfo(g))
        expect(go === undefined || go instanceof NotGoError).toBe(true)
        const rpm = thrown(() => parseHeader(h))
        expect(rpm === undefined || rpm instanceof RpmHeaderError).toBe(true)
        const zipError = thrown(() => {
          for (const e of walkEntries(bufferBytes(z))) readEntry(z, e, 1 << 20)
        })
        expect(zipError === undefined || zipError instanceof ZipError).toBe(true)
        const readers: Parameters<typeof blobsOf>[0][] = [
          f => bdbValues(f.bytes),
          f => ndbBlobs(f.bytes),
          f => sqliteBlobs(f.path)
        ]
        for (const read of readers) {
          const error = thrown(() => blobsOf(read, db))
          expect(error === undefined || error instanceof RpmHeaderError).toBe(true)
        }
      }),
      runs
    )
  })
})
