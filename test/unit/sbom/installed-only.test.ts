import { catalogImage, type CatalogedPackage } from '../../../src/sbom'
import { parseGemfileLock } from '../../../src/sbom/catalogers/ruby'
import { makeImage } from './images'

const manifest = (name: string, version: string): string => JSON.stringify({ name, version })
const gemspec = (name: string, version: string): string =>
  `# stub\nGem::Specification.new do |s|\n  s.name = "${name}".freeze\n  s.version = "${version}"\n  s.licenses = ["MIT".freeze]\nend\n`

describe('installed packages only', () => {
  let packages: CatalogedPackage[]
  const of = (ecosystem: string): string[] =>
    packages
      .filter(p => p.ecosystem === ecosystem)
      .map(p => `${p.path} ${p.name}@${p.version}`)
      .sort()

  beforeAll(async () => {
    const gems = 'usr/lib/ruby/gems/3.1.0'
    const image = makeImage([
      {
        files: {
          // An application with its installed modules.
          'srv/web/package.json': manifest('web', '1.0.0'),
          'srv/web/package-lock.json': '{"lockfileVersion":3}',
          'srv/web/node_modules/terser/package.json': manifest('terser', '5.37.0'),
          'srv/web/node_modules/terser/bin/package.json': manifest('bin', '1.0.0'),
          'srv/web/node_modules/terser/dist/package.json': manifest('dist', '1.0.0'),
          'srv/web/node_modules/@my/pkg/package.json': manifest('@my/pkg', '2.0.0'),
          'srv/web/node_modules/resolve/package.json': manifest('resolve', '1.22.8'),
          'srv/web/node_modules/resolve/test/resolver/baz/package.json': manifest('mylib', '0.0.0'),
          'srv/web/node_modules/resolve/test/resolver/multirepo/packages/package-a/package.json':
            manifest('@my-scope/package-a', '0.0.0'),
          // A workspace package, linked from the root's node_modules.
          'srv/web/packages/ui/package.json': manifest('@web/ui', '0.3.0'),
          'srv/web/node_modules/@web/ui': { symlink: '../../packages/ui' },
          // An app with node_modules and no lockfile.
          'opt/tool/package.json': manifest('tool', '3.0.0'),
          'opt/tool/node_modules/ms/package.json': manifest('ms', '2.1.3'),
          // Debian's modules, and a build folder inside one.
          'usr/share/nodejs/acorn/package.json': manifest('acorn', '8.8.1'),
          'usr/share/nodejs/acorn/dist/package.json': manifest('dist', '0.0.0'),
          'usr/share/nodejs/@types/node/package.json': manifest('@types/node', '18.0.0'),
          // An editor extension's manifest inside a gem, and a stray example project.
          [`${gems}/gems/rubocop-1.50.0/editors/vscode/package.json`]: manifest(
            'rubocop-vscode',
            '0.1.0'
          ),
          [`${gems}/gems/rubocop-1.50.0/editors/vscode/package-lock.json`]: '{}',
          'usr/share/doc/examples/demo/package.json': manifest('demo', '0.0.1'),
          // Ruby: a default gem, a regular one, Bundler's vendored ones, a gem dir without a spec.
          [`${gems}/specifications/default/json-2.6.1.gemspec`]: gemspec('json', '2.6.1'),
          [`${gems}/specifications/rake-13.0.6.gemspec`]: gemspec('rake', '13.0.6'),
          [`${gems}/gems/rake-13.0.6/rake.gemspec`]: gemspec('rake', '13.0.6'),
          [`${gems}/gems/unpacked-0.4.0/unpacked.gemspec`]:
            'Gem::Specification.new do |s|\n  s.name = "unpacked"\n  s.version = Unpacked::VERSION\nend\n',
          'srv/blog/vendor/bundle/ruby/3.1.0/specifications/rack-2.2.8.gemspec': gemspec(
            'rack',
            '2.2.8'
          ),
          'srv/blog/Gemfile.lock':
            'GEM\n  remote: https://rubygems.org/\n  specs:\n    nokogiri (1.15.4-x86_64-linux)\n      racc (~> 1.4)\n    nokogiri (1.15.4-aarch64-linux)\n      racc (~> 1.4)\n    racc (1.7.1)\n    rack (2.2.8)\n\nPLATFORMS\n  x86_64-linux\n\nDEPENDENCIES\n  nokogiri\n  rack\n\nBUNDLED WITH\n   2.4.19\n',
          [`${gems}/gems/rubocop-1.50.0/Gemfile.lock`]: 'GEM\n  specs:\n    rspec (3.12.0)\n'
        }
      }
    ])
    packages = (await catalogImage(image)).packages
  })

  test('npm: manifests of installed modules and application roots, nothing inside a package', () => {
    expect(of('npm')).toEqual([
      'opt/tool/node_modules/ms/package.json ms@2.1.3',
      'opt/tool/package.json tool@3.0.0',
      'srv/web/node_modules/@my/pkg/package.json @my/pkg@2.0.0',
      'srv/web/node_modules/resolve/package.json resolve@1.22.8',
      'srv/web/node_modules/terser/package.json terser@5.37.0',
      'srv/web/package.json web@1.0.0',
      'srv/web/packages/ui/package.json @web/ui@0.3.0',
      'usr/share/nodejs/@types/node/package.json @types/node@18.0.0',
      'usr/share/nodejs/acorn/package.json acorn@8.8.1'
    ])
  })

  test('Ruby: default, regular and vendored gems, unpacked gem directories, an application lockfile', () => {
    const gems = 'usr/lib/ruby/gems/3.1.0'
    expect(of('gem')).toEqual([
      'srv/blog/Gemfile.lock nokogiri@1.15.4',
      'srv/blog/Gemfile.lock racc@1.7.1',
      'srv/blog/Gemfile.lock rack@2.2.8',
      'srv/blog/vendor/bundle/ruby/3.1.0/specifications/rack-2.2.8.gemspec rack@2.2.8',
      `${gems}/gems/unpacked-0.4.0/unpacked.gemspec unpacked@0.4.0`,
      `${gems}/specifications/default/json-2.6.1.gemspec json@2.6.1`,
      `${gems}/specifications/rake-13.0.6.gemspec rake@13.0.6`
    ])
    const nokogiri = packages.find(p => p.name === 'nokogiri')
    expect(nokogiri?.dependsOn).toEqual(['pkg:gem/racc@1.7.1'])
    expect(nokogiri?.cataloger).toBe('ruby-gemfile-lock')
  })
})

describe('vendored copies', () => {
  test('a Python distribution vendored inside another package is listed and marked', async () => {
    const site = 'usr/lib/python3/dist-packages'
    const catalog = await catalogImage(
      makeImage([
        {
          files: {
            [`${site}/setuptools-66.1.1.dist-info/METADATA`]:
              'Metadata-Version: 2.1\nName: setuptools\nVersion: 66.1.1\n',
            [`${site}/setuptools/_vendor/packaging-21.3.dist-info/METADATA`]:
              'Metadata-Version: 2.1\nName: packaging\nVersion: 21.3\n'
          }
        }
      ])
    )
    const vendoredIn = (name: string) =>
      catalog.packages
        .find(p => p.name === name)
        ?.properties?.find(([k]) => k === 'sbom-sign-action:package:vendoredIn')?.[1]
    expect(vendoredIn('packaging')).toBe(`/${site}/setuptools`)
    expect(catalog.packages.find(p => p.name === 'setuptools')).toBeDefined()
    expect(vendoredIn('setuptools')).toBeUndefined()
  })
})

describe('parseGemfileLock', () => {
  test('reads GIT and PATH specs too, and refuses what is not a lockfile', () => {
    const gems = parseGemfileLock(
      'GIT\n  remote: https://github.com/x/y.git\n  revision: abc\n  specs:\n    y (0.1.0)\n\nPATH\n  remote: .\n  specs:\n    app (1.0.0)\n      y\n'
    )
    expect(gems).toEqual([
      { name: 'y', version: '0.1.0', dependencies: [] },
      { name: 'app', version: '1.0.0', dependencies: ['y'] }
    ])
    expect(() => parseGemfileLock('{"not": "a lockfile"}')).toThrow('not a Gemfile.lock')
  })
})
