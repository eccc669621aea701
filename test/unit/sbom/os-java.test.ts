import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { catalogImage } from '../../../src/sbom'
import { makeImage } from './images'

const alpineRelease =
  'NAME="Alpine Linux"\nID=alpine\nVERSION_ID=3.20.3\nPRETTY_NAME="Alpine Linux v3.20"\n'
const apkDb = (extra = ''): string =>
  [
    'C:Q1abc=\nP:musl\nV:1.2.5-r0\nA:x86_64\nS:411480\nI:652000\nT:the musl c library\nU:https://musl.libc.org/\nL:MIT\no:musl\nm:Timo Teräs <timo.teras@iki.fi>\nt:1712000000\nc:abc\np:so:libc.musl-x86_64.so.1=1\nF:lib\nR:ld-musl-x86_64.so.1\n',
    'C:Q1def=\nP:busybox\nV:1.36.1-r29\nA:x86_64\nL:GPL-2.0-only\no:busybox\nD:so:libc.musl-x86_64.so.1\np:cmd:busybox=1.36.1-r29\n',
    'C:Q1ghi=\nP:libcrypto3\nV:3.3.2-r0\nA:x86_64\nL:Apache-2.0\no:openssl\nD:so:libc.musl-x86_64.so.1\n',
    extra
  ]
    .filter(Boolean)
    .join('\n')

describe('apk', () => {
  test('reads installed packages with alpine purls, origins, licenses, edges and attribution', async () => {
    const image = makeImage([
      {
        files: { 'etc/os-release': alpineRelease, 'lib/apk/db/installed': apkDb() },
        createdBy: 'ADD alpine-minirootfs.tar.gz /'
      },
      {
        files: {
          'lib/apk/db/installed': apkDb(
            'P:curl\nV:8.10.1-r0\nA:x86_64\nL:curl\no:curl\nD:so:libc.musl-x86_64.so.1 libcrypto3\n'
          )
        },
        createdBy: 'RUN apk add curl'
      }
    ])
    const catalog = await catalogImage(image)
    const apk = new Map(catalog.packages.map(p => [p.name, p]))
    expect([...apk.keys()].sort()).toEqual(['busybox', 'curl', 'libcrypto3', 'musl'])
    expect(apk.get('libcrypto3')).toMatchObject({
      purl: 'pkg:apk/alpine/libcrypto3@3.3.2-r0?arch=x86_64&distro=alpine-3.20.3&upstream=openssl',
      licenses: ['Apache-2.0'],
      layer: 0,
      os: true
    })
    expect(apk.get('curl')).toMatchObject({ layer: 1, licenses: ['curl'] })
    expect(apk.get('curl')?.dependsOn).toEqual(
      [apk.get('libcrypto3')?.purl, apk.get('musl')?.purl].sort()
    )
  })
})

describe('Java archives', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sbom-java-'))
  // Real zip files written by Python's zipfile (deflate), nested like a web application.
  execFileSync('python3', [
    '-c',
    `
import io, zipfile, sys
d = sys.argv[1]
def jar(files, method=zipfile.ZIP_DEFLATED):
    b = io.BytesIO()
    with zipfile.ZipFile(b, 'w', method) as z:
        for n, c in files.items(): z.writestr(n, c)
    return b.getvalue()
lang = jar({'META-INF/MANIFEST.MF': 'Manifest-Version: 1.0\\r\\nBundle-License: https://www.apache.org/licenses/LICENSE-2.0.txt\\r\\n\\r\\n',
            'META-INF/maven/org.apache.commons/commons-lang3/pom.properties': 'groupId=org.apache.commons\\nartifactId=commons-lang3\\nversion=3.12.0\\n',
            'org/apache/commons/lang3/StringUtils.class': b'\\xca\\xfe\\xba\\xbe'})
guava = jar({'META-INF/MANIFEST.MF': 'Manifest-Version: 1.0\\r\\nBundle-SymbolicName: com.google.guava.guava\\r\\nBundle-Version: 32.1.3.jre\\r\\nImplementation-Title: Gu\\r\\n ava\\r\\n\\r\\n'})
war = jar({'META-INF/maven/com.acme/shop/pom.properties': 'groupId=com.acme\\nartifactId=shop\\nversion=2.0.1\\n',
           'WEB-INF/lib/commons-lang3-3.12.0.jar': lang, 'WEB-INF/lib/guava-32.1.3-jre.jar': guava})
open(d + '/shop.war', 'wb').write(war)
bomb = bytearray(jar({'META-INF/MANIFEST.MF': b'\\0' * (40 << 20), 'lib/inner.jar': jar({'x': b'\\0' * (80 << 20)}, zipfile.ZIP_STORED),
            'META-INF/maven/com.acme/bomb/pom.properties': 'groupId=com.acme\\nartifactId=bomb\\nversion=1\\n'}))
# Make the central directory understate the manifest's size, as a hostile archive would.
cd = bomb.index(b'PK\\x01\\x02')
bomb[cd + 24:cd + 28] = (100).to_bytes(4, 'little')
open(d + '/bomb-1.jar', 'wb').write(bomb)
`,
    dir
  ])

  test('finds the war, its nested jars by pom.properties and by manifest (no groupId guessed), and survives a zip bomb', async () => {
    const image = makeImage([
      {
        files: {
          'opt/shop/shop.war': readFileSync(join(dir, 'shop.war')),
          'opt/bomb-1.jar': readFileSync(join(dir, 'bomb-1.jar')),
          'opt/broken.jar': 'PK not really a zip'
        }
      }
    ])
    const catalog = await catalogImage(image)
    const java = catalog.packages.filter(p => p.ecosystem === 'maven')
    // guava's symbolic name is a Java name, not <groupId>.<artifactId>: no Maven purl is guessed.
    expect(java.map(p => p.purl).sort()).toEqual([
      'pkg:generic/guava@32.1.3.jre',
      'pkg:maven/com.acme/bomb@1',
      'pkg:maven/com.acme/shop@2.0.1',
      'pkg:maven/org.apache.commons/commons-lang3@3.12.0'
    ])
    const lang = java.find(p => p.name === 'commons-lang3')
    expect(lang).toMatchObject({ path: 'opt/shop/shop.war', licenses: ['Apache-2.0'] })
    expect(lang?.properties).toContainEqual([
      'sbom-sign-action:java:nestedPath',
      'WEB-INF/lib/commons-lang3-3.12.0.jar'
    ])
    expect(catalog.warnings).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^java-archive: \/opt\/bomb-1.jar: bomb-1.jar: META-INF\/MANIFEST.MF expands past 1048576 bytes \(zip bomb\?\)/
        ),
        expect.stringMatching(
          /^java-archive: \/opt\/bomb-1.jar: bomb-1.jar: lib\/inner.jar expands to \d+ bytes \(limit 67108864\)/
        ),
        expect.stringMatching(/^java-archive: \/opt\/broken.jar: broken.jar: not a zip archive/)
      ])
    )
  })
})
