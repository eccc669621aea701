import { readFileSync } from 'node:fs'
import { catalogImage, generateSbom } from '../../../src/sbom'
import { filesFrom, makeImage } from './images'

describe('OS packages owning language packages', () => {
  test('the deb that installed a Python distribution depends on it and is named as its owner', async () => {
    const site = 'usr/lib/python3/dist-packages'
    const image = makeImage([
      {
        files: {
          'etc/os-release': readFileSync('/usr/lib/os-release'),
          'var/lib/dpkg/status': readFileSync('/var/lib/dpkg/status'),
          'var/lib/dpkg/info/python3-yaml.list': readFileSync(
            '/var/lib/dpkg/info/python3-yaml.list'
          ),
          ...filesFrom(`/${site}/PyYAML-6.0.dist-info`, `${site}/PyYAML-6.0.dist-info`)
        }
      }
    ])
    const catalog = await catalogImage(image)
    const deb = catalog.packages.find(p => p.name === 'python3-yaml')
    const pypi = catalog.packages.find(p => p.ecosystem === 'pypi')
    expect(pypi?.purl).toBe('pkg:pypi/pyyaml@6.0')
    expect(deb?.dependsOn).toEqual([pypi?.purl])
    expect(pypi?.properties).toContainEqual(['sbom-sign-action:package:ownedBy', deb?.purl])
    const sbom = await generateSbom(image, { format: 'cyclonedx-json', imageName: 'app' })
    const deps = sbom.document.dependencies as { ref: string; dependsOn?: string[] }[]
    expect(deps.find(d => d.ref === deb?.purl)?.dependsOn).toEqual([pypi?.purl])
  })
})

describe('Ruby, .NET and PHP', () => {
  const gemspec = (name: string, version: string, extra = ''): string =>
    `# -*- encoding: utf-8 -*-\n# stub: ${name} ${version} ruby lib\n\nGem::Specification.new do |s|\n  s.name = "${name}".freeze\n  s.version = "${version}"\n  s.require_paths = ["lib".freeze]\n  s.licenses = ["MIT".freeze]\n${extra}end\n`
  const depsJson = JSON.stringify({
    runtimeTarget: { name: '.NETCoreApp,Version=v8.0' },
    targets: {
      '.NETCoreApp,Version=v8.0': {
        'Shop/1.0.0': { dependencies: { 'Newtonsoft.Json': '13.0.3' } },
        'Newtonsoft.Json/13.0.3': { runtime: { 'lib/net6.0/Newtonsoft.Json.dll': {} } },
        'Serilog/3.1.1': { dependencies: { 'Newtonsoft.Json': '13.0.3' } }
      }
    },
    libraries: {
      'Shop/1.0.0': { type: 'project', serviceable: false, sha512: '' },
      'Newtonsoft.Json/13.0.3': {
        type: 'package',
        serviceable: true,
        sha512: `sha512-${Buffer.alloc(64, 1).toString('base64')}`
      },
      'Serilog/3.1.1': {
        type: 'package',
        serviceable: true,
        sha512: `sha512-${Buffer.alloc(64, 2).toString('base64')}`
      }
    }
  })
  const installed = JSON.stringify({
    packages: [
      {
        name: 'monolog/monolog',
        version: '3.5.0',
        license: ['MIT'],
        require: { php: '>=8.1', 'psr/log': '^2.0 || ^3.0' }
      },
      { name: 'psr/log', version: '3.0.0', license: ['MIT'] }
    ],
    dev: true
  })

  test('reads gemspecs, deps.json and installed.json with purls, licenses, hashes and edges', async () => {
    const catalog = await catalogImage(
      makeImage([
        {
          files: {
            'usr/local/bundle/specifications/rack-3.0.8.gemspec': gemspec('rack', '3.0.8'),
            'usr/local/bundle/specifications/puma-6.4.0.gemspec': gemspec(
              'puma',
              '6.4.0',
              '  s.add_runtime_dependency(%q<nio4r>.freeze, ["~> 2.0"])\n'
            ),
            'usr/local/bundle/specifications/nio4r-2.7.0.gemspec': gemspec('nio4r', '2.7.0'),
            'usr/local/bundle/specifications/broken.gemspec':
              'Gem::Specification.new do |s|\nend\n',
            'app/Shop.deps.json': depsJson,
            'var/www/vendor/composer/installed.json': installed
          }
        }
      ])
    )
    const by = new Map(catalog.packages.map(p => [p.purl, p]))
    expect([...by.keys()].sort()).toEqual([
      'pkg:composer/monolog/monolog@3.5.0',
      'pkg:composer/psr/log@3.0.0',
      'pkg:gem/nio4r@2.7.0',
      'pkg:gem/puma@6.4.0',
      'pkg:gem/rack@3.0.8',
      'pkg:nuget/Newtonsoft.Json@13.0.3',
      'pkg:nuget/Serilog@3.1.1'
    ])
    expect(by.get('pkg:gem/puma@6.4.0')).toMatchObject({
      licenses: ['MIT'],
      dependsOn: ['pkg:gem/nio4r@2.7.0']
    })
    expect(by.get('pkg:nuget/Serilog@3.1.1')).toMatchObject({
      dependsOn: ['pkg:nuget/Newtonsoft.Json@13.0.3'],
      hashes: [{ alg: 'SHA-512', content: '02'.repeat(64) }]
    })
    expect(by.get('pkg:composer/monolog/monolog@3.5.0')).toMatchObject({
      licenses: ['MIT'],
      dependsOn: ['pkg:composer/psr/log@3.0.0']
    })
    expect(catalog.warnings).toEqual([
      expect.stringMatching(
        /^ruby-gemspec: skipped \/usr\/local\/bundle\/specifications\/broken.gemspec: gemspec has no name or version/
      )
    ])
  })
})
