import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ActionError } from '../../../src/errors'
import { loadSbomFile, sbomSummaryMarkdown } from '../../../src/sbom'
import { imageStatement, PredicateJSON } from '../../../src/sign'
import { serializeStatement } from '../../../src/sign/statements'

const dir = mkdtempSync(join(tmpdir(), 'sbom-load-'))
const write = (name: string, content: string): string => {
  const path = join(dir, name)
  writeFileSync(path, content)
  return path
}

const cyclonedx = {
  bomFormat: 'CycloneDX',
  specVersion: '1.5',
  version: 1,
  metadata: { component: { type: 'container', name: 'app' } },
  components: [
    { type: 'operating-system', name: 'alpine', version: '3.20.3' },
    {
      type: 'library',
      name: 'musl',
      version: '1.2.5-r0',
      purl: 'pkg:apk/alpine/musl@1.2.5-r0?arch=x86_64',
      licenses: [{ license: { id: 'MIT' } }]
    },
    {
      type: 'library',
      name: 'left-pad',
      version: '1.3.0',
      purl: 'pkg:npm/left-pad@1.3.0',
      licenses: [{ expression: 'MIT OR WTFPL' }]
    }
  ]
}

const spdx = {
  spdxVersion: 'SPDX-2.3',
  dataLicense: 'CC0-1.0',
  SPDXID: 'SPDXRef-DOCUMENT',
  name: 'sbom',
  documentNamespace: 'https://example.test/sbom',
  creationInfo: { created: '2026-01-01T00:00:00Z', creators: ['Tool: buildkit-v0.16'] },
  packages: [
    { SPDXID: 'SPDXRef-img', name: 'app', downloadLocation: 'NOASSERTION' },
    {
      SPDXID: 'SPDXRef-p1',
      name: 'openssl',
      versionInfo: '3.0.15-1',
      licenseDeclared: 'Apache-2.0',
      externalRefs: [
        {
          referenceCategory: 'PACKAGE-MANAGER',
          referenceType: 'purl',
          referenceLocator: 'pkg:deb/debian/openssl@3.0.15-1'
        }
      ]
    }
  ],
  relationships: [
    {
      spdxElementId: 'SPDXRef-DOCUMENT',
      relationshipType: 'DESCRIBES',
      relatedSpdxElement: 'SPDXRef-img'
    }
  ]
}

async function rejection(path: string): Promise<ActionError> {
  const error = await loadSbomFile(path).then(
    () => undefined,
    (e: unknown) => e
  )
  expect(error).toBeInstanceOf(ActionError)
  expect((error as ActionError).code).toBe('SBOM_INVALID')
  return error as ActionError
}

describe('loadSbomFile', () => {
  test('takes a CycloneDX file as it is and summarises it', async () => {
    const text = JSON.stringify(cyclonedx, null, 2)
    const sbom = await loadSbomFile(write('bom.json', text))
    expect(sbom.format).toBe('cyclonedx-json')
    expect(sbom.predicateType).toBe('https://cyclonedx.org/bom')
    expect(sbom.bytes.toString()).toBe(text)
    expect(sbom.summary).toMatchObject({
      packages: 2,
      byEcosystem: { apk: 1, npm: 1 },
      os: 'alpine 3.20.3'
    })
    expect(sbom.summary.topLicenses.map(l => l.license).sort()).toEqual(['MIT', 'MIT OR WTFPL'])
    expect(sbomSummaryMarkdown(sbom)).toContain(
      '**2 packages** (CycloneDX 1.5) · OS: alpine 3.20.3'
    )
  })

  test('keeps the bytes without a byte order mark, with room for the statement around them', async () => {
    const text = JSON.stringify(cyclonedx)
    const sbom = await loadSbomFile(write('bom-mark.json', `\uFEFF${text}`))
    expect(sbom.bytes.toString()).toBe(text)
    expect(sbom.summary.packages).toBe(2)
    const statement = imageStatement(
      'r.example/app',
      `sha256:${'a1'.repeat(32)}`,
      sbom.predicateType,
      new PredicateJSON(sbom.bytes)
    )
    // Written around the file's bytes in place: the same memory, the bytes where they were.
    const payload = serializeStatement(statement)
    expect(payload.buffer).toBe(sbom.bytes.buffer)
    expect(payload.byteOffset + payload.length - 1 - sbom.bytes.length).toBe(sbom.bytes.byteOffset)
    expect(JSON.parse(payload.toString())).toMatchObject({ predicate: cyclonedx })
  })

  test('reads a pipe once (it cannot be read again)', async () => {
    const fifo = join(dir, 'pipe.json')
    execFileSync('mkfifo', [fifo])
    const text = JSON.stringify(cyclonedx)
    const [sbom] = await Promise.all([loadSbomFile(fifo), writeFile(fifo, text)])
    expect(sbom.bytes.toString()).toBe(text)
    expect(sbom.summary.packages).toBe(2)
  })

  test('takes an SPDX 2.3 file, leaving out the described image', async () => {
    const sbom = await loadSbomFile(write('spdx.json', JSON.stringify(spdx)))
    expect(sbom.format).toBe('spdx-json')
    expect(sbom.predicateType).toBe('https://spdx.dev/Document')
    expect(sbom.summary).toMatchObject({
      packages: 1,
      byEcosystem: { deb: 1 },
      topLicenses: [{ license: 'Apache-2.0', count: 1 }]
    })
  })

  test('rejects what is not a CycloneDX or SPDX JSON document, saying why', async () => {
    expect((await rejection(write('x.xml', '<bom/>'))).message).toMatch(/is not JSON/)
    expect((await rejection(write('arr.json', '[]'))).message).toMatch(/not a JSON object/)
    expect((await rejection(write('other.json', '{"hello":1}'))).message).toMatch(
      /neither CycloneDX/
    )
    expect(
      (await rejection(write('old.json', JSON.stringify({ ...cyclonedx, specVersion: '1.1' }))))
        .message
    ).toMatch(/specVersion "1.1"/)
    expect(
      (
        await rejection(
          write('comp.json', JSON.stringify({ ...cyclonedx, components: [{ name: 'x' }] }))
        )
      ).message
    ).toMatch(/components\[0\]/)
    expect(
      (await rejection(write('spdx3.json', JSON.stringify({ ...spdx, spdxVersion: 'SPDX-3.0' }))))
        .message
    ).toMatch(/SPDX-3.0/)
    expect(
      (await rejection(write('nons.json', JSON.stringify({ ...spdx, SPDXID: undefined })))).message
    ).toMatch(/SPDXID/)
    const missing = await rejection(join(dir, 'missing.json'))
    expect(missing.message).toMatch(/cannot read SBOM file/)
    expect(missing.hint).toBeTruthy()
  })
})
