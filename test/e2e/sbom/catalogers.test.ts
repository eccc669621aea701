import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { audit, buildGoBinary, buildRustBinary } from '../../support/binaries'
import { jar } from '../../support/hostile-inputs'
import { pushLayout, writeLayout } from '../../support/oci-layout'
import { rpmDatabases } from '../../support/rpmdb'
import { runAction, runCli } from '../../support/run-action'
import { stackInfo } from '../../support/stack'
import type { FileSpec } from '../../unit/sbom/images'

/**
 * Every cataloger through the bundled CLI and the bundled action, each on an image
 * of its kind, asserting the purls its packages get.
 */

const exe = (data: Buffer): FileSpec => ({ data, mode: 0o755 })
const { sqlite, bdb, ndb } = rpmDatabases()
const rhel = 'NAME="Red Hat Enterprise Linux"\nID="rhel"\nVERSION_ID="9.4"\n'
const rpmPurls = [
  'pkg:rpm/rhel/acme-libs@1.2.3-4.el9?arch=x86_64&distro=rhel-9.4&upstream=acme-libs-1.2.3-4.el9.src.rpm',
  'pkg:rpm/rhel/acme-tool@2.0-1.el9?arch=x86_64&distro=rhel-9.4&epoch=2&upstream=acme-tool-2.0-1.el9.src.rpm'
]

const go = buildGoBinary()

function languageFiles(): Record<string, FileSpec> {
  return {
    'etc/os-release': 'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nID=debian\nVERSION_ID="12"\n',
    'var/lib/dpkg/status':
      'Package: libc6\nStatus: install ok installed\nArchitecture: amd64\nVersion: 2.36-9+deb12u4\nSource: glibc\n\n' +
      'Package: zlib1g\nStatus: install ok installed\nArchitecture: amd64\nVersion: 1:1.2.13.dfsg-1\nSource: zlib\n',
    'app/package.json': JSON.stringify({
      name: 'shop',
      version: '2.0.0',
      dependencies: { ms: '^2' }
    }),
    'app/node_modules/ms/package.json': JSON.stringify({ name: 'ms', version: '2.1.3' }),
    'usr/lib/python3/dist-packages/six-1.16.0.dist-info/METADATA':
      'Metadata-Version: 2.1\nName: six\nVersion: 1.16.0\nLicense: MIT\n',
    'usr/local/bin/app': exe(go.binary),
    'usr/local/bin/hello': exe(buildRustBinary()),
    'opt/lib/commons-lang3-3.12.0.jar': jar('org.apache.commons', 'commons-lang3', '3.12.0'),
    'usr/local/bundle/specifications/rack-3.0.8.gemspec':
      'Gem::Specification.new do |s|\n  s.name = "rack".freeze\n  s.version = "3.0.8"\nend\n',
    'app/Shop.deps.json': JSON.stringify({
      targets: { '.NETCoreApp,Version=v8.0': { 'Newtonsoft.Json/13.0.3': {} } },
      libraries: { 'Newtonsoft.Json/13.0.3': { type: 'package', serviceable: true } }
    }),
    'app/vendor/composer/installed.json': JSON.stringify({
      packages: [{ name: 'psr/log', version: '3.0.0', license: ['MIT'] }]
    })
  }
}

const images: { name: string; files: () => Record<string, FileSpec>; purls: () => string[] }[] = [
  {
    name: 'languages',
    files: languageFiles,
    purls: () => [
      'pkg:deb/debian/libc6@2.36-9+deb12u4?arch=amd64&distro=debian-12&upstream=glibc',
      'pkg:deb/debian/zlib1g@1:1.2.13.dfsg-1?arch=amd64&distro=debian-12&upstream=zlib',
      'pkg:npm/shop@2.0.0',
      'pkg:npm/ms@2.1.3',
      'pkg:pypi/six@1.16.0',
      'pkg:golang/example.com/app@1.4.0',
      'pkg:golang/example.com/lib@v1.2.3',
      `pkg:golang/stdlib@${go.goVersion.replace(/^go/, '')}`,
      ...audit.packages.map(p => `pkg:cargo/${p.name}@${p.version}`),
      'pkg:maven/org.apache.commons/commons-lang3@3.12.0',
      'pkg:gem/rack@3.0.8',
      'pkg:nuget/Newtonsoft.Json@13.0.3',
      'pkg:composer/psr/log@3.0.0'
    ]
  },
  {
    name: 'alpine',
    files: () => ({
      'etc/os-release': 'NAME="Alpine Linux"\nID=alpine\nVERSION_ID=3.20.3\n',
      'lib/apk/db/installed':
        'P:musl\nV:1.2.5-r0\nA:x86_64\nL:MIT\no:musl\n\nP:busybox\nV:1.36.1-r29\nA:x86_64\nL:GPL-2.0-only\nD:so:libc.musl-x86_64.so.1\n\n'
    }),
    purls: () => [
      'pkg:apk/alpine/musl@1.2.5-r0?arch=x86_64&distro=alpine-3.20.3',
      'pkg:apk/alpine/busybox@1.36.1-r29?arch=x86_64&distro=alpine-3.20.3'
    ]
  },
  ...(
    [
      ['rpm-sqlite', 'var/lib/rpm/rpmdb.sqlite', sqlite],
      ['rpm-bdb', 'var/lib/rpm/Packages', bdb],
      ['rpm-ndb', 'usr/lib/sysimage/rpm/Packages.db', ndb]
    ] as const
  ).map(([name, path, db]) => ({
    name,
    files: () => ({ 'etc/os-release': rhel, [path]: db }),
    purls: () => rpmPurls
  }))
]

const purlsOf = (file: string): string[] =>
  (
    JSON.parse(readFileSync(file, 'utf8')) as { components: { purl?: string; type: string }[] }
  ).components
    .filter(c => c.type !== 'operating-system')
    .map(c => c.purl ?? '')

describe.each(images)('the $name image through dist/', ({ name, files, purls }) => {
  const dir = mkdtempSync(join(tmpdir(), `sbom-catalogers-${name}-`))
  let source: string
  beforeAll(async () => {
    source = await writeLayout(join(dir, 'layout'), [{ files: files() }])
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  test('the CLI lists its packages with their purls and no warning', async () => {
    const output = join(dir, 'cli.cdx.json')
    const run = await runCli(['sbom', source, '--output', output])
    expect(run.stderr).not.toMatch(/warning/i)
    expect(run.exitCode).toBe(0)
    expect(purlsOf(output).sort()).toEqual(purls().sort())
  })

  test('the action does too', async () => {
    const ref = pushLayout(join(dir, 'layout'), stackInfo().registry.host, `catalogers/${name}`)
    const run = await runAction({ image: ref })
    expect(run.warnings).toEqual([])
    expect(run.errors).toEqual([])
    expect(run.exitCode).toBe(0)
    expect(purlsOf(run.outputs['sbom-path'] ?? '').sort()).toEqual(purls().sort())
  })
})
