import * as CDX from '@cyclonedx/cyclonedx-library'
import { readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { generateSbom, sbomSummaryMarkdown, type Sbom } from '../../../src/sbom'
import { summarise } from '../../../src/sbom/summary'
import { makeImage, makeTar, type LayerSpec } from './images'

/** This machine's real dpkg database, split into paragraphs. */
const status = readFileSync('/var/lib/dpkg/status', 'utf8')
const paragraphs = status.split(/\n\n+/).filter(p => p.trim())
const installed = paragraphs.filter(p => /^Status: install ok installed$/m.test(p))
const field = (p: string, name: string): string =>
  (new RegExp(`^${name}: (.*)$`, 'm').exec(p)?.[1] ?? '') as string
const half = Math.floor(paragraphs.length / 2)
const firstHalf = paragraphs.slice(0, half)
const firstInstalled = firstHalf.filter(p => installed.includes(p))
const removed = firstInstalled.find(p => field(p, 'Package') !== 'bash') as string
const removedName = field(removed, 'Package')
const later = installed.find(p => !firstHalf.includes(p)) as string

const copyright = (pkg: string): string => readFileSync(`/usr/share/doc/${pkg}/copyright`, 'utf8')

const layers: LayerSpec[] = [
  {
    createdBy: 'ADD rootfs.tar.xz / # buildkit',
    files: {
      'usr/lib/os-release': readFileSync('/usr/lib/os-release'),
      'etc/os-release': { symlink: '../usr/lib/os-release' },
      'etc/debian_version': readFileSync('/etc/debian_version'),
      'var/lib/dpkg/status': `${firstHalf.join('\n\n')}\n`,
      'usr/share/doc/bash/copyright': copyright('bash'),
      'usr/share/doc/zlib1g/copyright': copyright('zlib1g'),
      'usr/share/doc/gcc-12-base/copyright': copyright('gcc-12-base'),
      'usr/share/doc/cpp-12': { symlink: 'gcc-12-base' },
      [`usr/share/doc/${removedName}/copyright`]: 'License: MIT\n'
    }
  },
  {
    createdBy: 'RUN apt-get install -y more # buildkit',
    format: 'gnu',
    files: { 'var/lib/dpkg/status': status }
  },
  {
    createdBy: `RUN apt-get purge -y ${removedName} # buildkit`,
    files: {
      'var/lib/dpkg/status': paragraphs.filter(p => p !== removed).join('\n\n') + '\n',
      [`usr/share/doc/.wh.${removedName}`]: ''
    }
  }
]

const options = {
  format: 'cyclonedx-json' as const,
  imageName: '127.0.0.1:5000/test/app:1.0',
  timestamp: new Date('2026-01-02T03:04:05Z'),
  serialNumber: 'urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79'
}

type Component = {
  name: string
  version: string
  purl: string
  'bom-ref': string
  type: string
  licenses?: { license?: { id?: string; name?: string } }[]
  properties?: { name: string; value: string }[]
}
const prop = (c: Component, name: string): string | undefined =>
  c.properties?.find(p => p.name === `sbom-sign-action:${name}`)?.value

describe('generateSbom on an image of this machine’s real Debian files', () => {
  const image = makeImage(layers)
  let sbom: Sbom
  let components: Component[]
  beforeAll(async () => {
    sbom = await generateSbom(image, options)
    components = (sbom.document.components as Component[]).filter(c => c.type === 'library')
  })

  test('is valid CycloneDX 1.6 JSON', async () => {
    const validator = new CDX.Validation.JsonStrictValidator(CDX.Spec.Version.v1dot6)
    expect(await validator.validate(sbom.bytes.toString())).toBeNull()
    expect(sbom.document).toMatchObject({
      bomFormat: 'CycloneDX',
      specVersion: '1.6',
      serialNumber: options.serialNumber
    })
    expect(sbom.predicateType).toBe('https://cyclonedx.org/bom')
  })

  test('lists every installed package except the purged one', () => {
    const names = new Set(components.map(c => c.name))
    expect(components).toHaveLength(installed.length - 1)
    expect(names.has(removedName)).toBe(false)
    for (const p of installed) if (p !== removed) expect(names.has(field(p, 'Package'))).toBe(true)
  })

  test('writes purl-spec deb purls with sorted qualifiers and the distro', () => {
    const bash = installed.find(p => field(p, 'Package') === 'bash') as string
    const c = components.find(x => x.name === 'bash') as Component
    expect(c.version).toBe(field(bash, 'Version'))
    const source = /^bash \((.+)\)$/.exec(field(bash, 'Source'))?.[1]
    expect(c.purl).toBe(
      `pkg:deb/debian/bash@${field(bash, 'Version')}?arch=${field(bash, 'Architecture')}&distro=debian-12` +
        (source ? `&upstream=bash%40${source}` : '')
    )
    const withSource = components.find(x => x.purl.includes('upstream='))
    expect(withSource?.purl).toMatch(/\?arch=[^&]+&distro=debian-12&upstream=/)
  })

  test('credits each package to the first layer whose status DB has it, with the history entry', () => {
    const early = components.find(
      c => c.name === field(firstInstalled.find(p => p !== removed) as string, 'Package')
    ) as Component
    expect(prop(early, 'layer:digest')).toBe(image.layers[0]?.descriptor.digest)
    expect(prop(early, 'layer:diffID')).toBe(image.layers[0]?.diffId)
    expect(prop(early, 'layer:createdBy')).toBe('ADD rootfs.tar.xz / # buildkit')
    const late = components.find(c => c.name === field(later, 'Package')) as Component
    expect(prop(late, 'layer:digest')).toBe(image.layers[1]?.descriptor.digest)
    expect(prop(late, 'layer:createdBy')).toBe('RUN apt-get install -y more # buildkit')
    expect(prop(late, 'path')).toBe('/var/lib/dpkg/status')
    expect(prop(late, 'cataloger')).toBe('dpkg')
  })

  test('reads licenses from copyright files, through symlinked doc directories', () => {
    const licenses = (name: string) =>
      (components.find(c => c.name === name)?.licenses ?? []).map(
        l => l.license?.id ?? l.license?.name
      )
    expect(licenses('bash')).toEqual(
      expect.arrayContaining(['GPL-3.0-or-later', 'GPL-2.0-or-later'])
    )
    expect(licenses('zlib1g')).toContain('Zlib')
    expect(licenses('cpp-12').length).toBeGreaterThan(0)
    expect(licenses('cpp-12')).toEqual(licenses('gcc-12-base'))
  })

  test('describes the image and links image → OS → packages', () => {
    const metadata = sbom.document.metadata as {
      component: Component
      tools: { components: { name: string }[] }
    }
    expect(metadata.component).toMatchObject({
      type: 'container',
      name: '127.0.0.1:5000/test/app:1.0',
      version: image.digest,
      purl: `pkg:oci/app@${image.digest}?arch=amd64&repository_url=127.0.0.1%3A5000%2Ftest%2Fapp`
    })
    expect(metadata.tools.components[0]?.name).toBe('sbom-sign-action')
    const os = (sbom.document.components as Component[]).find(c => c.type === 'operating-system')
    expect(os).toMatchObject({
      name: 'debian',
      version: readFileSync('/etc/debian_version', 'utf8').trim()
    })
    const deps = sbom.document.dependencies as { ref: string; dependsOn?: string[] }[]
    expect(deps.find(d => d.ref === metadata.component['bom-ref'])?.dependsOn).toEqual([
      os?.['bom-ref']
    ])
    expect(deps.find(d => d.ref === os?.['bom-ref'])?.dependsOn).toHaveLength(components.length)
  })

  test('is byte-identical across runs and layer concurrency', async () => {
    const again = await generateSbom(image, { ...options, concurrency: 1 })
    expect(again.bytes.equals(sbom.bytes)).toBe(true)
  })

  test('summarises packages, licenses and OS as markdown', () => {
    expect(sbom.summary.packages).toBe(installed.length - 1)
    expect(sbom.summary.byEcosystem).toEqual({ deb: installed.length - 1 })
    expect(sbom.summary.os).toMatch(/^debian 12/)
    expect(sbom.summary.topLicenses[0]?.count).toBeGreaterThan(1)
    const md = sbomSummaryMarkdown(sbom)
    expect(md).toContain(`**${installed.length - 1} packages** (CycloneDX 1.6)`)
    expect(md).toContain('| deb |')
    expect(md).toMatch(
      /<details><summary>All \d+ packages<\/summary>[\s\S]*\| bash \|[\s\S]*<\/details>/
    )
  })

  test('writes SPDX 2.3 JSON with the same packages', async () => {
    const spdx = await generateSbom(image, { ...options, format: 'spdx-json' })
    const doc = spdx.document as {
      spdxVersion: string
      packages: {
        SPDXID: string
        name: string
        licenseDeclared: string
        externalRefs?: { referenceLocator: string }[]
      }[]
      relationships: unknown[]
    }
    expect(doc.spdxVersion).toBe('SPDX-2.3')
    expect(spdx.predicateType).toBe('https://spdx.dev/Document')
    expect(spdx.summary.packages).toBe(installed.length - 1)
    const bash = doc.packages.find(p => p.name === 'bash')
    expect(bash?.licenseDeclared).toMatch(/GPL-3\.0-or-later/)
    expect(bash?.externalRefs?.[0]?.referenceLocator).toBe(
      components.find(c => c.name === 'bash')?.purl
    )
    expect(new Set(doc.packages.map(p => p.SPDXID)).size).toBe(doc.packages.length)
    // Every LicenseRef used is defined, as SPDX 2.3 requires.
    const defined = new Set(
      ((spdx.document.hasExtractedLicensingInfos ?? []) as { licenseId: string }[]).map(
        l => l.licenseId
      )
    )
    const used = doc.packages.flatMap(
      p => p.licenseDeclared.match(/LicenseRef-[A-Za-z0-9.-]+/g) ?? []
    )
    expect(used.length).toBeGreaterThan(0)
    for (const ref of used) expect(defined.has(ref)).toBe(true)
  })
})

describe('distroless status.d', () => {
  test('reads one package per file, without Status fields', async () => {
    const base = (paragraphs.find(p => field(p, 'Package') === 'base-files') as string).replace(
      /^Status:.*\n/m,
      ''
    )
    const image = makeImage([
      {
        files: {
          'etc/os-release': readFileSync('/usr/lib/os-release'),
          'var/lib/dpkg/status.d/base-files': base,
          'var/lib/dpkg/status.d/base-files.md5sums': 'abc  etc/issue\n'
        }
      }
    ])
    const sbom = await generateSbom(image, options)
    const names = (sbom.document.components as Component[])
      .filter(c => c.type === 'library')
      .map(c => c.name)
    expect(names).toEqual(['base-files'])
  })
})

describe('bad layers', () => {
  const good: LayerSpec = {
    files: { 'etc/os-release': readFileSync('/usr/lib/os-release'), 'var/lib/dpkg/status': status }
  }

  // containerd refuses to unpack either layer, so no SBOM describes the image.
  test('a truncated tar layer is an error naming the layer', async () => {
    const truncated = makeTar({ 'a/b': 'c'.repeat(5000), 'd/e': 'f' }).subarray(0, 2000)
    const image = makeImage([good, { raw: truncated }])
    const { catalogImage } = await import('../../../src/sbom')
    await expect(catalogImage(image)).rejects.toMatchObject({
      code: 'LAYER_INVALID',
      message: `layer 2 (${image.layers[1]!.descriptor.digest}) cannot be unpacked: truncated tar: partial header at end`
    })
  })

  test('a corrupt gzip layer is an error naming the layer', async () => {
    const corrupt = gzipSync(makeTar({ 'x/y': 'z'.repeat(5000) }))
    corrupt.fill(0x41, 20, 200)
    const image = makeImage([good])
    const { Readable } = await import('node:stream')
    const { createGunzip } = await import('node:zlib')
    const withCorrupt = {
      ...image,
      layers: [
        ...image.layers,
        {
          ...image.layers[0]!,
          descriptor: { ...image.layers[0]!.descriptor, digest: 'sha256:' + 'e'.repeat(64) },
          tar: async () => Readable.from([corrupt]).pipe(createGunzip())
        }
      ]
    }
    const { catalogImage } = await import('../../../src/sbom')
    await expect(catalogImage(withCorrupt)).rejects.toThrow(
      /^layer 2 \(sha256:e{64}\) cannot be unpacked: corrupt compressed data/
    )
  })

  test('an oversized status file is skipped with a warning naming file and cataloger', async () => {
    const { dpkgCataloger } = await import('../../../src/sbom/catalogers/dpkg')
    const small = { ...dpkgCataloger, maxFileSize: 1000 }
    const { catalogImage } = await import('../../../src/sbom')
    const catalog = await catalogImage(makeImage([good]), { catalogers: [small] })
    expect(catalog.packages).toHaveLength(0)
    expect(catalog.warnings).toEqual([
      expect.stringMatching(/^dpkg: skipped \/var\/lib\/dpkg\/status \(\d+ bytes, limit 1000\)/)
    ])
  })

  test('a document of an image with parts left out says it is incomplete, and what was left out', async () => {
    const { dpkgCataloger } = await import('../../../src/sbom/catalogers/dpkg')
    const small = { ...dpkgCataloger, maxFileSize: 1000 }
    const image = makeImage([good])
    const skipped = /^dpkg: skipped \/var\/lib\/dpkg\/status \(\d+ bytes, limit 1000\)/
    const cdx = await generateSbom(image, { ...options, catalogers: [small] })
    const validator = new CDX.Validation.JsonStrictValidator(CDX.Spec.Version.v1dot6)
    expect(await validator.validate(cdx.bytes.toString())).toBeNull()
    const doc = cdx.document as {
      metadata: { component: { 'bom-ref': string }; properties?: { name: string; value: string }[] }
      compositions?: unknown[]
    }
    expect(doc.compositions).toEqual([
      { aggregate: 'incomplete', assemblies: [doc.metadata.component['bom-ref']] }
    ])
    expect(doc.metadata.properties).toEqual([
      { name: 'sbom-sign-action:skipped', value: expect.stringMatching(skipped) }
    ])
    const spdx = await generateSbom(image, {
      ...options,
      format: 'spdx-json',
      catalogers: [small]
    })
    const comment = (spdx.document as { creationInfo: { comment?: string } }).creationInfo.comment
    expect(comment?.split('\n')).toEqual([
      'Incomplete: cataloging left out:',
      expect.stringMatching(skipped)
    ])
    // The job summary says so, for the generated documents and for the same documents loaded.
    for (const sbom of [cdx, spdx]) {
      expect(sbom.summary.skipped).toEqual([expect.stringMatching(skipped)])
      expect(summarise(sbom.document).skipped).toEqual(sbom.summary.skipped)
      expect(sbomSummaryMarkdown(sbom)).toMatch(
        /\*\*Incomplete:\*\* cataloging left parts of the image out[^]*<summary>1 problem\(s\)<\/summary>\n\n- dpkg: skipped \/var\/lib\/dpkg\/status/
      )
    }
    // A composition alone (another tool's document) is enough to read it as incomplete.
    const bare = structuredClone(cdx.document) as { metadata: { properties?: unknown } }
    delete bare.metadata.properties
    expect(summarise(bare).skipped).toEqual([
      'the document marks its list of components incomplete'
    ])
    // With nothing left out, neither document claims anything about completeness.
    const whole = await generateSbom(image, { ...options, catalogers: [dpkgCataloger] })
    expect(whole.document).not.toHaveProperty('compositions')
    expect((whole.document as { metadata: object }).metadata).not.toHaveProperty('properties')
    const wholeSpdx = await generateSbom(image, {
      ...options,
      format: 'spdx-json',
      catalogers: [dpkgCataloger]
    })
    expect((wholeSpdx.document as { creationInfo: object }).creationInfo).not.toHaveProperty(
      'comment'
    )
    expect(whole.summary).not.toHaveProperty('skipped')
    expect(sbomSummaryMarkdown(whole)).not.toMatch(/Incomplete/)
  })

  test('a document records at most 100 problems, and counts the rest', async () => {
    const { MAX_RECORDED_PROBLEMS, skippedParts } = await import('../../../src/sbom/skipped')
    const warnings = Array.from({ length: 250 }, (_, i) => `problem ${i}`)
    const recorded = skippedParts({ warnings, problems: 250 } as Parameters<typeof skippedParts>[0])
    expect(recorded).toHaveLength(MAX_RECORDED_PROBLEMS + 1)
    expect(recorded[0]).toBe('problem 0')
    expect(recorded.at(-1)).toBe('and 150 more problem(s): see the log of the run')
    // Past the problems logged one by one, the count still covers them all.
    const capped = skippedParts({ warnings, problems: 5_000 } as Parameters<typeof skippedParts>[0])
    expect(capped.at(-1)).toBe('and 4900 more problem(s): see the log of the run')
  })
})

/** A ustar header block, written here so a test can claim sizes no real file on disk has. */
function ustarHeader(path: string, size: number): Buffer {
  const block = Buffer.alloc(512)
  block.write(path, 0, 'utf8')
  block.write('0000644\0', 100, 'latin1')
  block.write('0000000\0', 108, 'latin1')
  block.write('0000000\0', 116, 'latin1')
  block.write(`${size.toString(8).padStart(11, '0')}\0`, 124, 'latin1')
  block.write('00000000000\0', 136, 'latin1')
  block.write('0', 156, 'latin1')
  block.write('ustar\u000000', 257, 'latin1')
  block.fill(0x20, 148, 156)
  let sum = 0
  for (const byte of block) sum += byte
  block.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 'latin1')
  return block
}

test('a 2 GiB status file streams past without being held, and later files are still read', async () => {
  const size = 2 * 1024 * 1024 * 1024
  const osRelease = readFileSync('/usr/lib/os-release')
  async function* layerTar(): AsyncGenerator<Buffer> {
    yield ustarHeader('var/lib/dpkg/status', size)
    const chunk = Buffer.alloc(1024 * 1024, 0x41)
    for (let sent = 0; sent < size; sent += chunk.length) yield chunk
    yield ustarHeader('etc/os-release', osRelease.length)
    yield Buffer.concat([osRelease, Buffer.alloc((512 - (osRelease.length % 512)) % 512)])
    yield Buffer.alloc(1024)
  }
  const { Readable } = await import('node:stream')
  const base = makeImage([{ files: {} }])
  const image = {
    ...base,
    layers: [{ ...base.layers[0]!, tar: async () => Readable.from(layerTar()) }]
  }
  const before = process.memoryUsage().rss
  const { catalogImage } = await import('../../../src/sbom')
  const catalog = await catalogImage(image)
  expect(process.memoryUsage().rss - before).toBeLessThan(100 * 1024 * 1024)
  expect(catalog.warnings).toEqual([
    `dpkg: skipped /var/lib/dpkg/status (${size} bytes, limit ${32 * 1024 * 1024})`
  ])
  expect(catalog.distro?.id).toBe('debian')
})
