import { catalogImage } from '../../../src/sbom'
import {
  BuildInfoScanner,
  decodeBuildInfo,
  parseModInfo
} from '../../../src/sbom/catalogers/golang/buildinfo'
import { buildGoBinary } from '../../support/binaries'
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
    const whole = new BuildInfoScanner()
    whole.write(binary)
    const expected = whole.end()
    expect(expected?.main?.path).toBe('example.com/app')
    for (let k = 0; k <= 14; k++) {
      const scanner = new BuildInfoScanner()
      scanner.write(binary.subarray(0, at + k))
      scanner.write(binary.subarray(at + k, at + k + 3))
      scanner.write(binary.subarray(at + k + 3))
      expect(scanner.end()).toEqual(expected)
    }
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
