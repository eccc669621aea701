import { catalogImage } from '../../../src/sbom'
import { decodeBuildInfo, parseModInfo } from '../../../src/sbom/catalogers/golang/buildinfo'
import { BuildInfoScanner } from '../../../src/sbom/catalogers/golang/executable'
import { buildGoBinary, CPU, fatMachO, writeThenFree } from '../../support/binaries'
import { makeImage } from './images'

/** A real Go binary built by this machine's Go toolchain, with a replaced dependency and a link-time version. */
const exe = (data: string | Buffer) => ({ data, mode: 0o755 })

describe('Go binaries', () => {
  const { binary, goVersion } = buildGoBinary()

  test('reads main module (version from -ldflags), replaced deps and stdlib from a real binary', async () => {
    const notGo = Buffer.concat([Buffer.from('\x7fELF', 'latin1'), Buffer.alloc(4000)])
    const fakeGo = Buffer.concat([
      Buffer.from('\x7fELF', 'latin1'),
      Buffer.alloc(60),
      Buffer.from('\xff Go buildinf:\x08\x02', 'latin1'),
      Buffer.alloc(16),
      Buffer.from([0xff, 0xff, 0x7f])
    ])
    const image = makeImage([
      {
        files: { 'usr/local/bin/app': exe(binary), 'usr/bin/script': exe('#!/bin/sh\necho hi\n') },
        createdBy: 'COPY app /usr/local/bin/'
      },
      {
        files: {
          'usr/bin/not-go': exe(notGo),
          'usr/bin/fake-go': exe(fakeGo),
          'usr/lib/not-executable': binary
        }
      }
    ])
    const catalog = await catalogImage(image)
    const go = catalog.packages.filter(p => p.ecosystem === 'golang')
    const byName = new Map(go.map(p => [p.name, p]))
    expect([...byName.keys()].sort()).toEqual(['example.com/app', 'example.com/lib', 'stdlib'])
    expect(byName.get('example.com/app')).toMatchObject({
      version: '1.4.0',
      purl: 'pkg:golang/example.com/app@1.4.0',
      path: 'usr/local/bin/app',
      layer: 0,
      dependsOn: [
        `pkg:golang/stdlib@${goVersion.replace(/^go/, '')}`,
        'pkg:golang/example.com/lib@v1.2.3'
      ]
    })
    expect(byName.get('example.com/lib')?.properties).toEqual([
      ['sbom-sign-action:go:replacedBy', './lib']
    ])
    expect(byName.get('stdlib')).toMatchObject({
      version: goVersion,
      purl: `pkg:golang/stdlib@${goVersion.replace(/^go/, '')}`
    })
    expect(catalog.warnings).toEqual([
      expect.stringMatching(/^go-binary: skipped \/usr\/bin\/fake-go: truncated Go build info/)
    ])
  })

  test('finds the build info whatever the chunk boundaries', () => {
    const at = binary.indexOf(Buffer.from('\xff Go buildinf:', 'latin1'))
    const whole = new BuildInfoScanner(binary.length)
    whole.write(binary)
    const expected = whole.end()
    expect(expected[0]?.main?.path).toBe('example.com/app')
    for (let k = 0; k <= 14; k++) {
      const scanner = new BuildInfoScanner(binary.length)
      writeThenFree(scanner, binary.subarray(0, at + k))
      writeThenFree(scanner, binary.subarray(at + k, at + k + 3))
      writeThenFree(scanner, binary.subarray(at + k + 3))
      expect(scanner.end()).toEqual(expected)
    }
  })

  describe('universal (fat) Mach-O', () => {
    // Real darwin builds of the same module, the arm64 one with another link-time version.
    const amd64 = buildGoBinary({ goos: 'darwin', goarch: 'amd64' }).binary
    const arm64 = buildGoBinary({ goos: 'darwin', goarch: 'arm64', version: '2.0.0' }).binary
    const fat = fatMachO([
      { cpu: CPU.x86_64, binary: amd64 },
      { cpu: CPU.arm64, binary: arm64 }
    ])

    test('reads the build info of every slice, whatever the chunk boundaries', () => {
      const scan = (chunk: number) => {
        const scanner = new BuildInfoScanner(fat.length)
        for (let at = 0; at < fat.length; at += chunk)
          writeThenFree(scanner, fat.subarray(at, at + chunk))
        return scanner.end()
      }
      const infos = scan(fat.length)
      expect(infos.map(i => [i.main?.path, i.settings['-ldflags']])).toEqual([
        ['example.com/app', '-X main.version=1.4.0'],
        ['example.com/app', '-X main.version=2.0.0']
      ])
      for (const chunk of [5, 997, 65_536]) expect(scan(chunk)).toEqual(infos)
    })

    test('a thin Mach-O is read; a Java class file (same magic) is not an executable', () => {
      const thin = new BuildInfoScanner(arm64.length)
      thin.write(arm64)
      expect(thin.end()[0]?.settings['-ldflags']).toBe('-X main.version=2.0.0')
      const java = Buffer.from('cafebabe00000041' + '00'.repeat(64), 'hex')
      const scanner = new BuildInfoScanner(java.length)
      scanner.write(java)
      expect(scanner.end()).toEqual([])
    })

    test('slices outside the file, overlapping slices and too many slices are refused', () => {
      const scan = (bytes: Buffer) => {
        const scanner = new BuildInfoScanner(bytes.length)
        scanner.write(bytes)
        return scanner.end()
      }
      const outside = Buffer.from(fat)
      outside.writeUInt32BE(fat.length, 8 + 20 + 12)
      expect(() => scan(outside)).toThrow(/slice 2 .* is not within the \d+-byte file/)
      const overlapping = Buffer.from(fat)
      overlapping.writeUInt32BE(overlapping.readUInt32BE(8 + 8), 8 + 20 + 8)
      expect(() => scan(overlapping)).toThrow('universal Mach-O slices overlap')
      const many = Buffer.from(fat)
      many.writeUInt32BE(17, 4)
      expect(() => scan(many)).toThrow('universal Mach-O with 17 slices (budget 16)')
    })

    test('an image with a universal binary lists the modules of both slices', async () => {
      const catalog = await catalogImage(makeImage([{ files: { 'usr/local/bin/app': exe(fat) } }]))
      const purls = catalog.packages.filter(p => p.ecosystem === 'golang').map(p => p.purl)
      expect(purls).toEqual(
        expect.arrayContaining([
          'pkg:golang/example.com/app@1.4.0',
          'pkg:golang/example.com/app@2.0.0',
          'pkg:golang/example.com/lib@v1.2.3'
        ])
      )
      expect(catalog.warnings).toEqual([])
    })
  })

  test('parses replaces with versions, quoted build settings and hashes', () => {
    const info = parseModInfo(
      'path\texample.com/x/cmd\nmod\texample.com/x\tv0.1.0\th1:AAAA\ndep\tgolang.org/x/sys\tv0.1.0\th1:abc=\n=>\tgithub.com/fork/sys\tv0.2.0\th1:def=\nbuild\t-ldflags="-s -w"\n'
    )
    expect(info.main).toEqual({ path: 'example.com/x', version: 'v0.1.0', sum: 'h1:AAAA' })
    expect(info.deps[0]?.replace).toEqual({
      path: 'github.com/fork/sys',
      version: 'v0.2.0',
      sum: 'h1:def='
    })
    expect(info.settings['-ldflags']).toBe('-s -w')
    expect(() =>
      decodeBuildInfo(Buffer.from('\xff Go buildinf:\x03\x02' + ' '.repeat(40), 'latin1'))
    ).toThrow('pointer size')
  })
})
