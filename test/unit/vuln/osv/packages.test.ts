import { packagesOf } from '../../../../src/vuln/osv'
import { cyclonedx, sbomOf } from './sbom'

const one = (purl: string, properties: [string, string][] = []) =>
  packagesOf(
    cyclonedx([
      {
        type: 'library',
        name: 'x',
        version: '1',
        purl,
        properties: properties.map(([name, value]) => ({ name, value }))
      }
    ])
  )

describe('packagesOf: purl → OSV package', () => {
  test.each([
    // Language ecosystems: OSV's names and spelling.
    ['pkg:npm/%40rails/actioncable@6.1.7', 'npm', '@rails/actioncable', '6.1.7'],
    ['pkg:npm/semver@7.6.3', 'npm', 'semver', '7.6.3'],
    ['pkg:pypi/Zope.Interface@5.4.0', 'PyPI', 'zope-interface', '5.4.0'],
    ['pkg:pypi/typing_extensions@4.0.0', 'PyPI', 'typing-extensions', '4.0.0'],
    ['pkg:maven/com.google.guava/guava@31.1-jre', 'Maven', 'com.google.guava:guava', '31.1-jre'],
    ['pkg:golang/github.com/google/uuid@v1.3.0', 'Go', 'github.com/google/uuid', '1.3.0'],
    ['pkg:golang/stdlib@1.19.8', 'Go', 'stdlib', '1.19.8'],
    ['pkg:golang/stdlib@go1.21.4', 'Go', 'stdlib', '1.21.4'],
    ['pkg:gem/nokogiri@1.13.10', 'RubyGems', 'nokogiri', '1.13.10'],
    ['pkg:cargo/regex@1.5.4', 'crates.io', 'regex', '1.5.4'],
    ['pkg:nuget/Newtonsoft.Json@12.0.1', 'NuGet', 'Newtonsoft.Json', '12.0.1'],
    ['pkg:composer/symfony/http-kernel@5.4.0', 'Packagist', 'symfony/http-kernel', '5.4.0'],
    // Debian: the source package in the release, from syft's and this tool's purls.
    [
      'pkg:deb/debian/libc6@2.36-9+deb12u4?arch=amd64&distro=debian-12&upstream=glibc',
      'Debian:12',
      'glibc',
      '2.36-9+deb12u4'
    ],
    [
      'pkg:deb/debian/libc6@2.36-9+deb12u4?arch=amd64&distro=debian-12.5&upstream=glibc',
      'Debian:12',
      'glibc',
      '2.36-9+deb12u4'
    ],
    [
      'pkg:deb/debian/bash@5.2.15-2+b13?arch=amd64&distro=debian-12&upstream=bash%405.2.15-2',
      'Debian:12',
      'bash',
      '5.2.15-2'
    ],
    [
      'pkg:deb/debian/coreutils@9.1-1?arch=amd64&distro=debian-11',
      'Debian:11',
      'coreutils',
      '9.1-1'
    ],
    ['pkg:deb/debian/coreutils@9.1-1?distro=bookworm', 'Debian:12', 'coreutils', '9.1-1'],
    [
      'pkg:deb/ubuntu/libssl3@3.0.2-0ubuntu1.10?arch=amd64&distro=ubuntu-22.04&upstream=openssl',
      'Ubuntu:22.04:LTS',
      'openssl',
      '3.0.2-0ubuntu1.10'
    ],
    [
      'pkg:deb/ubuntu/bash@5.2.15-2ubuntu1?distro=ubuntu-23.10',
      'Ubuntu:23.10',
      'bash',
      '5.2.15-2ubuntu1'
    ],
    // Alpine: the origin package in vMAJOR.MINOR.
    [
      'pkg:apk/alpine/libcrypto3@3.1.4-r5?arch=x86_64&distro=alpine-3.19.1&upstream=openssl',
      'Alpine:v3.19',
      'openssl',
      '3.1.4-r5'
    ],
    ['pkg:apk/wolfi/glibc@2.38-r1?distro=wolfi-20230201', 'Wolfi', 'glibc', '2.38-r1'],
    // RPM distributions OSV carries: binary package, epoch:version-release.
    [
      'pkg:rpm/rocky/openssl-libs@3.0.7-25.el9_3?arch=x86_64&epoch=1&distro=rocky-9.3',
      'Rocky Linux:9',
      'openssl-libs',
      '1:3.0.7-25.el9_3'
    ],
    [
      'pkg:rpm/almalinux/bash@5.1.8-6.el9_1?arch=x86_64&distro=almalinux-9.3',
      'AlmaLinux:9',
      'bash',
      '5.1.8-6.el9_1'
    ]
  ])('%s → %s %s %s', (purl, ecosystem, name, version) => {
    const { packages, unscanned } = one(purl)
    expect(unscanned).toEqual([])
    expect(packages[0]?.osv).toEqual({ ecosystem, name, version })
    expect(packages[0]?.purl).toBe(purl)
  })

  test.each([
    ['pkg:deb/debian/bash@5.2?arch=amd64', /no distribution release/],
    ['pkg:deb/debian/bash@5.2?distro=debian-sid', /no advisories for debian sid/],
    ['pkg:rpm/redhat/bash@5.1.8-6.el9?distro=rhel-9.3', /Red Hat advisories by product stream/],
    ['pkg:rpm/fedora/bash@5.2.26-3.fc40?distro=fedora-40', /no advisories for fedora 40/],
    ['pkg:generic/commons-logging@1.2', /no ecosystem for purl type "generic"/],
    ['pkg:npm/left-pad', /no version/],
    ['pkg:hex/phoenix@1.7.0', /not compared yet/],
    ['not a purl', /invalid purl/]
  ])('%s is not scanned: %s', (purl, why) => {
    const { packages, unscanned } = one(purl)
    expect(packages).toEqual([])
    expect(unscanned[0]?.why).toMatch(why)
  })

  test("this tool's source property and trivy's Src* properties name the Debian source package", () => {
    expect(
      one('pkg:deb/debian/libc6@2.36-9?distro=debian-12', [
        ['sbom-sign-action:package:source', 'glibc']
      ]).packages[0]?.osv
    ).toEqual({ ecosystem: 'Debian:12', name: 'glibc', version: '2.36-9' })
    const trivy = one('pkg:deb/debian/libc6@2.36-9+deb12u4?arch=amd64&distro=debian-12.5', [
      ['aquasecurity:trivy:SrcName', 'glibc'],
      ['aquasecurity:trivy:SrcVersion', '2.36'],
      ['aquasecurity:trivy:SrcRelease', '9+deb12u4']
    ])
    expect(trivy.packages[0]?.osv).toEqual({
      ecosystem: 'Debian:12',
      name: 'glibc',
      version: '2.36-9+deb12u4'
    })
    const epoch = one('pkg:deb/debian/login@1:4.13+dfsg1-1?distro=debian-12', [
      ['aquasecurity:trivy:SrcName', 'shadow'],
      ['aquasecurity:trivy:SrcVersion', '4.13+dfsg1'],
      ['aquasecurity:trivy:SrcRelease', '1'],
      ['aquasecurity:trivy:SrcEpoch', '1']
    ])
    expect(epoch.packages[0]?.osv).toEqual({
      ecosystem: 'Debian:12',
      name: 'shadow',
      version: '1:4.13+dfsg1-1'
    })
  })

  test('a library a Debian package installed is left to the Debian package (backported fixes)', () => {
    const { packages, unscanned } = one('pkg:maven/com.google.guava/guava@31.1-jre', [
      ['sbom-sign-action:path', '/usr/share/java/guava.jar'],
      [
        'sbom-sign-action:package:ownedBy',
        'pkg:deb/debian/libguava-java@31.1-1?arch=all&distro=debian-12&upstream=guava-libraries'
      ]
    ])
    expect(packages).toEqual([])
    expect(unscanned[0]?.why).toMatch(/installed by pkg:deb\/debian\/libguava-java/)
  })

  test('CycloneDX: nested components count, the OS and the image do not; locations and refs are kept', () => {
    const { packages, unscanned } = packagesOf(
      cyclonedx([
        { type: 'operating-system', name: 'debian', version: '12.5' },
        { type: 'container', name: 'app', purl: 'pkg:oci/app@sha256:ab' },
        {
          type: 'library',
          name: 'app',
          version: '1.0',
          purl: 'pkg:maven/com.example/app@1.0',
          'bom-ref': 'app-ref',
          properties: [{ name: 'sbom-sign-action:path', value: '/srv/app.jar' }],
          components: [
            {
              type: 'library',
              name: 'guava',
              version: '31.1-jre',
              purl: 'pkg:maven/com.google.guava/guava@31.1-jre',
              properties: [
                { name: 'sbom-sign-action:path', value: '/srv/app.jar' },
                { name: 'sbom-sign-action:java:nestedPath', value: 'BOOT-INF/lib/guava.jar' }
              ]
            }
          ]
        },
        { type: 'library', name: 'nopurl', version: '1' }
      ])
    )
    expect(packages.map(p => [p.name, p.location, p.ref])).toEqual([
      ['com.example/app', '/srv/app.jar', 'app-ref'],
      ['com.google.guava/guava', '/srv/app.jar!/BOOT-INF/lib/guava.jar', undefined]
    ])
    expect(unscanned).toEqual([{ name: 'nopurl', version: '1', why: 'no purl' }])
  })

  test('SPDX: purls from externalRefs, the described root left out, trivy sourceInfo read', () => {
    const { packages, unscanned } = packagesOf(
      sbomOf({
        spdxVersion: 'SPDX-2.3',
        documentDescribes: ['SPDXRef-image'],
        packages: [
          { SPDXID: 'SPDXRef-image', name: 'app', versionInfo: 'latest' },
          {
            SPDXID: 'SPDXRef-libc6',
            name: 'libc6',
            versionInfo: '2.36-9+deb12u4',
            sourceInfo: 'built package from: glibc 2.36-9+deb12u4',
            externalRefs: [
              {
                referenceCategory: 'PACKAGE-MANAGER',
                referenceType: 'purl',
                referenceLocator:
                  'pkg:deb/debian/libc6@2.36-9+deb12u4?arch=amd64&distro=debian-12.5'
              }
            ]
          },
          {
            SPDXID: 'SPDXRef-six',
            name: 'six',
            versionInfo: '1.16.0',
            externalRefs: [
              {
                referenceCategory: 'PACKAGE_MANAGER',
                referenceType: 'purl',
                referenceLocator: 'pkg:pypi/six@1.16.0'
              }
            ]
          },
          { SPDXID: 'SPDXRef-file', name: 'README', versionInfo: '' }
        ]
      })
    )
    expect(packages.map(p => [p.ref, p.osv.ecosystem, p.osv.name, p.osv.version])).toEqual([
      ['SPDXRef-libc6', 'Debian:12', 'glibc', '2.36-9+deb12u4'],
      ['SPDXRef-six', 'PyPI', 'six', '1.16.0']
    ])
    expect(unscanned.map(u => u.name)).toEqual(['README'])
  })

  test("SPDX: a library a distribution package owns (this tool's DEPENDS_ON, syft's ownership OTHER) is left to it", () => {
    const pkg = (id: string, purl: string) => ({
      SPDXID: id,
      name: id,
      versionInfo: '1',
      externalRefs: [
        { referenceCategory: 'PACKAGE-MANAGER', referenceType: 'purl', referenceLocator: purl }
      ]
    })
    const { packages, unscanned } = packagesOf(
      sbomOf({
        spdxVersion: 'SPDX-2.3',
        packages: [
          pkg('deb-six', 'pkg:deb/debian/python3-six@1.16.0-4?distro=debian-12&upstream=six'),
          pkg('deb-zlib', 'pkg:deb/debian/zlib1g@1:1.2.13.dfsg-1?distro=debian-12&upstream=zlib'),
          pkg('six', 'pkg:pypi/six@1.16.0'),
          pkg('yaml', 'pkg:pypi/pyyaml@6.0'),
          pkg('requests', 'pkg:pypi/requests@2.31.0')
        ],
        relationships: [
          { spdxElementId: 'deb-six', relationshipType: 'DEPENDS_ON', relatedSpdxElement: 'six' },
          {
            spdxElementId: 'deb-six',
            relationshipType: 'DEPENDS_ON',
            relatedSpdxElement: 'deb-zlib'
          },
          {
            spdxElementId: 'deb-zlib',
            relationshipType: 'OTHER',
            relatedSpdxElement: 'yaml',
            comment: 'ownership-by-file-overlap: indicates that the parent package claims ownership'
          },
          { spdxElementId: 'requests', relationshipType: 'DEPENDS_ON', relatedSpdxElement: 'yaml' }
        ]
      })
    )
    expect(packages.map(p => p.ref)).toEqual(['deb-six', 'deb-zlib', 'requests'])
    expect(unscanned.map(u => [u.name, u.why.split(',')[0]])).toEqual([
      ['six', 'installed by pkg:deb/debian/python3-six@1.16.0-4?distro=debian-12&upstream=six'],
      ['yaml', 'installed by pkg:deb/debian/zlib1g@1:1.2.13.dfsg-1?distro=debian-12&upstream=zlib']
    ])
  })
})
