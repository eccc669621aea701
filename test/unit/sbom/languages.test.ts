import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { catalogImage, type CatalogedPackage } from '../../../src/sbom'
import { filesFrom, makeImage } from './images'

const repo = process.cwd()

describe('npm', () => {
  /** Every package npm installed here, by the lockfile (less other platforms' optional ones): path → version. */
  const lock = JSON.parse(readFileSync(`${repo}/package-lock.json`, 'utf8')) as {
    packages: Record<string, { version?: string; link?: boolean }>
  }
  const expected = new Map(
    Object.entries(lock.packages)
      .filter(
        ([path, p]) =>
          path.startsWith('node_modules/') && p.version && !p.link && existsSync(`${repo}/${path}`)
      )
      .map(([path, p]) => [`app/${path}/package.json`, p.version as string])
  )
  let packages: CatalogedPackage[]
  beforeAll(async () => {
    const files = filesFrom(
      `${repo}/node_modules`,
      'app/node_modules',
      rel => rel.endsWith('package.json') || rel === '.bin'
    )
    const catalog = await catalogImage(
      makeImage([
        { files: { 'app/package.json': readFileSync(`${repo}/package.json`) } },
        { files, createdBy: 'RUN npm ci' }
      ])
    )
    packages = catalog.packages.filter(p => p.ecosystem === 'npm')
  })

  test('finds exactly the packages the lockfile installed, and the app itself', () => {
    const installed = packages.filter(p =>
      /node_modules\/(@[^/]+\/)?[^/]+\/package\.json$/.test(p.path)
    )
    expect(new Map(installed.map(p => [p.path, p.version]))).toEqual(expected)
    expect(packages.find(p => p.path === 'app/package.json')).toMatchObject({
      name: 'sbom-sign-action',
      version: '0.1.0',
      layer: 0
    })
    // Nothing else: package.json files inside a package (build folders, fixtures) are not installed packages.
    expect(packages).toHaveLength(installed.length + 1)
  })

  test('writes npm purls with scopes as namespaces, licenses and the layer', () => {
    const scoped = packages.find(p => p.name === '@cyclonedx/cyclonedx-library')
    expect(scoped?.purl).toBe(`pkg:npm/%40cyclonedx/cyclonedx-library@${scoped?.version}`)
    expect(scoped?.licenses).toEqual(['Apache-2.0'])
    expect(scoped?.layer).toBe(1)
    expect(packages.find(p => p.name === 'minimatch')?.licenses).toEqual(['BlueOak-1.0.0'])
  })

  test('links dependencies the way Node resolves them', () => {
    const minimatch = packages.find(p => p.path === 'app/node_modules/minimatch/package.json')
    const manifest = JSON.parse(
      readFileSync(`${repo}/node_modules/minimatch/package.json`, 'utf8')
    ) as { dependencies: Record<string, string> }
    const depNames = Object.keys(manifest.dependencies)
    expect(minimatch?.dependsOn?.length).toBe(depNames.length)
    for (const name of depNames) {
      const nested =
        lock.packages[`node_modules/minimatch/node_modules/${name}`] ??
        lock.packages[`node_modules/${name}`]
      expect(minimatch?.dependsOn).toContain(
        `pkg:npm/${name.replace('@', '%40')}@${nested?.version}`
      )
    }
  })
})

describe('python', () => {
  const site = '/usr/lib/python3/dist-packages'
  /** What Python's own importlib.metadata finds there. */
  const oracle = JSON.parse(
    execFileSync('/usr/bin/python3', [
      '-c',
      `import importlib.metadata as m, json; print(json.dumps(sorted([d.metadata['Name'], d.version] for d in m.distributions(path=['${site}']))))`
    ]).toString()
  ) as [string, string][]

  test('finds what importlib.metadata finds, with pypi purls and licenses', async () => {
    const files = filesFrom(site, site.slice(1), rel => /^[^/]+\.(dist|egg)-info(\/|$)/.test(rel))
    const malformed = {
      [`${site.slice(1)}/broken-1.0.dist-info/METADATA`]:
        'Metadata-Version: 2.1\nSummary: no name\n'
    }
    const catalog = await catalogImage(makeImage([{ files: { ...files, ...malformed } }]))
    const found = catalog.packages.filter(p => p.ecosystem === 'pypi')
    expect(found.map(p => [p.name, p.version]).sort()).toEqual(oracle)
    const yaml = found.find(p => p.name === 'PyYAML')
    expect(yaml?.purl).toBe('pkg:pypi/pyyaml@6.0')
    expect(yaml?.licenses).toEqual(['MIT'])
    expect(found.find(p => p.name === 'lazr.uri')?.purl).toBe('pkg:pypi/lazr-uri@1.0.6')
    expect(catalog.warnings).toEqual([
      expect.stringMatching(
        /^python: skipped \/usr\/lib\/python3\/dist-packages\/broken-1.0.dist-info\/METADATA: METADATA has no Name or Version/
      )
    ])
  })
})
