import * as CDX from '@cyclonedx/cyclonedx-library'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openTarget, selectPlatform } from '../../../src/oci'
import { generateSbom, loadSbomFile, type Sbom } from '../../../src/sbom'
import { fixtureSource, pushFixture } from '../../support/fixtures'
import { runCli } from '../../support/run-action'
import { stackInfo } from '../../support/stack'

type Component = {
  type: string
  name: string
  version: string
  purl?: string
  properties?: { name: string; value: string }[]
}

const components = (sbom: Sbom): Component[] =>
  (sbom.document.components as Component[]).filter(c => c.type !== 'operating-system')
const prop = (c: Component | undefined, name: string): string | undefined =>
  c?.properties?.find(p => p.name === `sbom-sign-action:${name}`)?.value
const names = (sbom: Sbom, prefix: string): string[] =>
  components(sbom)
    .filter(c => c.purl?.startsWith(prefix))
    .map(c => c.name)
    .sort()

async function sbomOf(
  source: string,
  platform?: string,
  format: 'cyclonedx-json' | 'spdx-json' = 'cyclonedx-json'
): Promise<Sbom> {
  const image = await selectPlatform(
    await openTarget(source, { insecureRegistries: [stackInfo().registry.host] }),
    platform
  )
  return generateSbom(image, { format, imageName: image.name })
}

describe('SBOM of the debian-app fixture (oci-dir)', () => {
  let sbom: Sbom
  beforeAll(async () => {
    sbom = await sbomOf(await fixtureSource('debian-app'))
  })

  test('is valid CycloneDX 1.6', async () => {
    const validator = new CDX.Validation.JsonStrictValidator(CDX.Spec.Version.v1dot6)
    expect(await validator.validate(sbom.bytes.toString())).toBeNull()
  })

  test('honours the deleting layer: no kleur, no purged tzdata; python3.11 stays', () => {
    const debs = names(sbom, 'pkg:deb/')
    expect(debs).not.toContain('tzdata')
    expect(debs).toEqual(expect.arrayContaining(['python3.11', 'python3-six', 'dpkg', 'libc6']))
    expect(debs.length).toBeGreaterThan(100)
    expect(names(sbom, 'pkg:npm/')).toEqual(['debug', 'greeter-web', 'ms', 'semver'])
  })

  test('finds the Go module with its -X version, its dependencies and the Python module dpkg installed', () => {
    expect(names(sbom, 'pkg:golang/')).toEqual([
      'example.com/fixtures/greeter',
      'github.com/google/uuid',
      'github.com/pkg/errors',
      'stdlib'
    ])
    const greeter = components(sbom).find(c => c.name === 'example.com/fixtures/greeter')
    expect(greeter?.version).toBe('1.4.2')
    const six = components(sbom).find(c => c.purl === 'pkg:pypi/six@1.16.0')
    expect(prop(six, 'package:ownedBy')).toMatch(/^pkg:deb\/debian\/python3-six@/)
  })

  test('credits each package to the layer and Dockerfile step that brought it', () => {
    const step = (name: string) =>
      prop(
        components(sbom).find(c => c.name === name),
        'layer:createdBy'
      )
    expect(step('libc6')).toBe('ADD rootfs.tar / # buildkit')
    expect(step('semver')).toMatch(/^RUN \/bin\/sh -c cd \/app && npm install/)
    expect(step('github.com/google/uuid')).toBe(
      'COPY /out/greeter /usr/local/bin/greeter # buildkit'
    )
    // Layer 4 rewrote the status file; packages present before keep their first layer.
    expect(step('python3.11')).toBe('ADD rootfs.tar / # buildkit')
  })

  test('is the same from a docker-archive and, apart from the image name, from the registry', async () => {
    const archive = await sbomOf(await fixtureSource('debian-app', 'docker-archive'))
    const { registry } = stackInfo()
    const pushed = await pushFixture('debian-app', registry.host, 'sbom/debian-app', 'e2e')
    const remote = await sbomOf(`registry:${pushed.ref}`)
    const list = (s: Sbom) => components(s).map(c => `${c.purl} ${prop(c, 'layer:diffID')}`)
    expect(list(archive)).toEqual(list(sbom))
    expect(list(remote)).toEqual(list(sbom))
    const meta = remote.document.metadata as { component: { purl: string } }
    expect(meta.component.purl).toBe(
      `pkg:oci/debian-app@${pushed.digest}?arch=amd64&repository_url=${encodeURIComponent(`${registry.host}/sbom/debian-app`)}`
    )
  })
})

describe('SBOM of each platform of the multiarch fixture', () => {
  test.each([
    ['linux/amd64', 'amd64'],
    ['linux/arm64', 'arm64']
  ])(
    '%s: distroless status.d packages and the Go binary of that architecture',
    async (platform, arch) => {
      const sbom = await sbomOf(await fixtureSource('multiarch'), platform)
      const libc = components(sbom).find(c => c.name === 'libc6')
      expect(libc?.purl).toContain(`arch=${arch}`)
      expect(names(sbom, 'pkg:deb/')).toEqual(
        expect.arrayContaining(['base-files', 'libc6', 'netbase', 'tzdata'])
      )
      expect(names(sbom, 'pkg:golang/').length).toBeGreaterThan(1)
      expect((sbom.document.metadata as { component: { purl: string } }).component.purl).toContain(
        `arch=${arch}`
      )
    }
  )
})

describe('CLI sbom (bundled)', () => {
  test('writes SPDX JSON that loads back as SPDX 2.3', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'sbom-cli-')), 'app.spdx.json')
    const run = await runCli([
      'sbom',
      await fixtureSource('debian-app', 'oci-archive'),
      '--output',
      out,
      '--format',
      'spdx-json'
    ])
    expect(run.stderr).toMatch(/packages \(\d+ deb, 4 golang, 4 npm, 2 pypi\)/)
    expect(run.exitCode).toBe(0)
    const loaded = await loadSbomFile(out)
    expect(loaded.format).toBe('spdx-json')
    expect(loaded.summary.byEcosystem).toMatchObject({ npm: 4, golang: 4, pypi: 2 })
    expect(JSON.parse(readFileSync(out, 'utf8')).spdxVersion).toBe('SPDX-2.3')
  })

  test('rejects an unknown format with a usage error', async () => {
    const run = await runCli([
      'sbom',
      await fixtureSource('debian-app'),
      '--output',
      '/tmp/x.json',
      '--format',
      'xml'
    ])
    expect(run.exitCode).toBe(2)
    expect(run.stderr).toContain('--format xml is not an SBOM format')
  })
})
