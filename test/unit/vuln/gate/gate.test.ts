import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { applyGate, loadVex, parseIgnores, type GateOptions } from '../../../../src/vuln/gate'
import { actionErrorOf } from '../../../support/action-error'
import { finding } from '../findings'

const XZ = 'pkg:deb/debian/xz-utils@5.6.0-0.2?arch=amd64&distro=debian-12'
const OPENSSL = 'pkg:deb/debian/openssl@3.0.11-1~deb12u2?arch=amd64&distro=debian-12'
const DIGEST = `sha256:${'a'.repeat(64)}`

const critical = finding(
  'DEBIAN-CVE-2024-3094',
  XZ,
  { severity: 'critical', score: 10, source: 'CVSS_V3' },
  { aliases: ['CVE-2024-3094'] }
)
const medium = finding(
  'DEBIAN-CVE-2023-5678',
  OPENSSL,
  { severity: 'medium', score: 5.3, source: 'CVSS_V3' },
  { aliases: ['CVE-2023-5678'] }
)
const unknown = finding('DEBIAN-CVE-2026-0001', OPENSSL, { severity: 'unknown', source: 'none' })

const options = (extra: Partial<GateOptions> = {}): GateOptions => ({
  failOn: 'high',
  unknownAs: 'critical',
  ignores: [],
  subject: { digest: DIGEST },
  now: new Date('2026-11-30T07:00:00Z'),
  ...extra
})

describe('applyGate', () => {
  test('fails on findings at or above fail-on-severity, counting every unsuppressed finding', () => {
    const gate = applyGate([critical, medium], options())
    expect(gate.failing.map(f => f.id)).toEqual(['DEBIAN-CVE-2024-3094'])
    expect(gate.counts).toEqual({ critical: 1, high: 0, medium: 1, low: 0, none: 0, unknown: 0 })
    expect(applyGate([critical, medium], options({ failOn: 'medium' })).failing).toHaveLength(2)
    expect(
      applyGate([critical, medium, unknown], options({ failOn: 'none' })).failing
    ).toHaveLength(0)
  })

  test('an unknown finding ranks as unknownAs: fails closed by default', () => {
    expect(applyGate([unknown], options()).failing).toHaveLength(1)
    expect(applyGate([unknown], options({ unknownAs: 'low' })).failing).toHaveLength(0)
    expect(applyGate([unknown], options({ unknownAs: 'low' })).counts.unknown).toBe(1)
  })

  test('an ignore by alias, case-insensitive, holds through its last day and then lapses', () => {
    const ignores = parseIgnores('cve-2024-3094 until=2026-11-30')
    const during = applyGate([critical], options({ ignores }))
    expect(during.failing).toHaveLength(0)
    expect(during.findings[0]?.suppressed).toEqual({
      by: 'ignore',
      reason: 'cve-2024-3094 until=2026-11-30',
      until: '2026-11-30'
    })
    expect(during.lapsedIgnores).toEqual([])
    const after = applyGate([critical], options({ ignores, now: new Date('2026-12-01T00:00:00Z') }))
    expect(after.failing.map(f => f.id)).toEqual(['DEBIAN-CVE-2024-3094'])
    expect(after.findings[0]?.suppressed).toBeUndefined()
    expect(after.lapsedIgnores).toEqual(ignores)
    expect(after.counts.critical).toBe(1)
  })
})

describe('parseIgnores', () => {
  test('IDs and dated entries, by line or comma, with comments', () => {
    expect(
      parseIgnores(
        'CVE-2024-1 , GHSA-aaaa-bbbb-cccc until=2027-01-31\n# why\nDSA-5000-1 # reason\n\n'
      )
    ).toEqual([
      { id: 'CVE-2024-1', text: 'CVE-2024-1' },
      {
        id: 'GHSA-aaaa-bbbb-cccc',
        until: '2027-01-31',
        text: 'GHSA-aaaa-bbbb-cccc until=2027-01-31'
      },
      { id: 'DSA-5000-1', text: 'DSA-5000-1' }
    ])
  })

  test.each([
    ['CVE-2024-1 until=2027-02-30', 'is not a date'],
    ['CVE-2024-1 until=tomorrow', 'until=YYYY-MM-DD'],
    ['CVE-2024-1 expires=2027-01-01', 'until=YYYY-MM-DD'],
    ['<script>', 'is not a vulnerability ID']
  ])('%s is an input error', (text, message) => {
    let error: unknown
    try {
      parseIgnores(text)
    } catch (e) {
      error = e
    }
    expect(error).toMatchObject({ code: 'INPUT_INVALID' })
    expect((error as Error).message).toContain(message)
  })
})

describe('VEX', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vex-'))
  const write = (name: string, document: unknown) => {
    const path = join(dir, name)
    writeFileSync(path, typeof document === 'string' ? document : JSON.stringify(document))
    return path
  }
  const vex = (statements: unknown[]) => ({
    '@context': 'https://openvex.dev/ns/v0.2.0',
    '@id': 'https://example.com/vex/1',
    author: 'security@example.com',
    timestamp: '2026-11-01T00:00:00Z',
    version: 1,
    statements
  })

  test('not_affected for the image digest with the package as subcomponent suppresses, with its justification', async () => {
    const path = write(
      'image.json',
      vex([
        {
          vulnerability: { name: 'CVE-2024-3094' },
          products: [
            {
              '@id': `pkg:oci/app@${encodeURIComponent(DIGEST)}?repository_url=registry.example.com/app`,
              subcomponents: [
                { '@id': 'pkg:deb/debian/xz-utils@5.6.0-0.2?distro=debian-12&arch=amd64' }
              ]
            }
          ],
          status: 'not_affected',
          justification: 'vulnerable_code_not_in_execute_path'
        }
      ])
    )
    const gate = applyGate([critical, medium], options({ vex: await loadVex(path) }))
    expect(gate.failing).toEqual([])
    expect(gate.findings[0]?.suppressed).toEqual({
      by: 'vex',
      reason: 'not_affected: vulnerable_code_not_in_execute_path'
    })
    expect(gate.findings[1]?.suppressed).toBeUndefined()
    // Another image's digest does not.
    const other = applyGate(
      [critical],
      options({ vex: await loadVex(path), subject: { digest: `sha256:${'b'.repeat(64)}` } })
    )
    expect(other.failing).toHaveLength(1)
  })

  test('the latest statement per vulnerability and product wins; affected does not suppress', async () => {
    const statement = (status: string, timestamp: string) => ({
      vulnerability: { name: 'DEBIAN-CVE-2024-3094', aliases: ['CVE-2024-3094'] },
      products: [{ '@id': 'pkg:deb/debian/xz-utils@5.6.0-0.2' }],
      status,
      timestamp,
      ...(status === 'not_affected' ? { impact_statement: 'xz is never run' } : {}),
      ...(status === 'affected' ? { action_statement: 'upgrade' } : {})
    })
    const later = await loadVex(
      write(
        'later.json',
        vex([
          statement('not_affected', '2026-11-02T00:00:00Z'),
          statement('affected', '2026-11-03T00:00:00Z')
        ])
      )
    )
    expect(applyGate([critical], options({ vex: later })).failing).toHaveLength(1)
    const earlier = await loadVex(
      write(
        'earlier.json',
        vex([
          statement('affected', '2026-11-02T00:00:00Z'),
          statement('fixed', '2026-11-03T00:00:00Z')
        ])
      )
    )
    expect(applyGate([critical], options({ vex: earlier })).findings[0]?.suppressed).toEqual({
      by: 'vex',
      reason: 'fixed'
    })
  })

  test('products by purl: qualifiers and their order do not matter, type/namespace/name/version do', async () => {
    const about = (product: string) =>
      loadVex(
        write(
          'purl.json',
          vex([
            {
              vulnerability: { name: 'CVE-2024-3094' },
              products: [{ '@id': product }],
              status: 'not_affected',
              justification: 'vulnerable_code_not_present',
              impact_statement: 'the backdoor needs sshd, which the image does not run'
            }
          ])
        )
      )
    const suppressed = async (product: string) =>
      applyGate([critical], options({ vex: await about(product) })).findings[0]?.suppressed
    expect(
      await suppressed('pkg:deb/debian/xz-utils@5.6.0-0.2?distro=debian-12&arch=amd64')
    ).toEqual({
      by: 'vex',
      reason:
        'not_affected: vulnerable_code_not_present: the backdoor needs sshd, which the image does not run'
    })
    // No version: every version of the package (OpenVEX).
    expect(await suppressed('pkg:deb/debian/xz-utils')).toBeDefined()
    expect(await suppressed('pkg:deb/debian/xz-utils@5.6.1-1')).toBeUndefined()
    expect(await suppressed('pkg:deb/ubuntu/xz-utils@5.6.0-0.2')).toBeUndefined()
    expect(await suppressed('pkg:rpm/debian/xz-utils@5.6.0-0.2')).toBeUndefined()
    expect(await suppressed('pkg:deb/debian/xz@5.6.0-0.2')).toBeUndefined()
  })

  test('the image by reference with digest, or by a purl the caller names it by, with or without subcomponents', async () => {
    const statement = (product: unknown) =>
      vex([{ vulnerability: { name: 'CVE-2024-3094' }, products: [product], status: 'fixed' }])
    const gateWith = async (product: unknown, subject: GateOptions['subject']) =>
      applyGate(
        [critical, medium],
        options({ vex: await loadVex(write('image.json', statement(product))), subject })
      ).findings.map(f => f.suppressed?.by)
    expect(
      await gateWith({ '@id': `registry.example.com:5000/app@${DIGEST}` }, { digest: DIGEST })
    ).toEqual(['vex', undefined])
    expect(await gateWith({ '@id': DIGEST }, { digest: `sha256:${'b'.repeat(64)}` })).toEqual([
      undefined,
      undefined
    ])
    const imagePurl = 'pkg:oci/app?repository_url=registry.example.com/app&tag=1.0'
    expect(
      await gateWith(
        { '@id': imagePurl },
        { purls: ['pkg:oci/app?tag=1.0&repository_url=registry.example.com/app'] }
      )
    ).toEqual(['vex', undefined])
    // A subcomponent list that does not name the package leaves it alone.
    expect(
      await gateWith(
        { '@id': DIGEST, subcomponents: [{ '@id': 'pkg:deb/debian/openssl@3.0.11-1~deb12u2' }] },
        { digest: DIGEST }
      )
    ).toEqual([undefined, undefined])
  })

  test('under_investigation does not suppress, and VEX comes before an ignore', async () => {
    const investigating = await loadVex(
      write(
        'investigating.json',
        vex([
          {
            vulnerability: { name: 'CVE-2024-3094' },
            products: [{ '@id': DIGEST }],
            status: 'under_investigation'
          }
        ])
      )
    )
    expect(applyGate([critical], options({ vex: investigating })).failing).toHaveLength(1)
    const fixed = await loadVex(
      write(
        'fixed.json',
        vex([
          {
            vulnerability: { name: 'cve-2024-3094' },
            products: [{ '@id': DIGEST }],
            status: 'fixed'
          }
        ])
      )
    )
    const gate = applyGate(
      [critical],
      options({ vex: fixed, ignores: parseIgnores('CVE-2024-3094') })
    )
    expect(gate.findings[0]?.suppressed).toEqual({ by: 'vex', reason: 'fixed' })
  })

  test('size and statement budgets', async () => {
    const big = write('big.json', `${JSON.stringify(vex([]))}${' '.repeat(8 * 1024 * 1024)}`)
    expect((await actionErrorOf(loadVex(big))).message).toMatch(
      /bytes is more than the 8388608 allowed/
    )
    const one = {
      vulnerability: { name: 'CVE-1' },
      products: [{ '@id': 'pkg:npm/a@1' }],
      status: 'fixed'
    }
    const many = write('many.json', vex(Array.from({ length: 10_001 }, () => one)))
    expect((await actionErrorOf(loadVex(many))).message).toContain(
      '10001 statements is more than the 10000 allowed'
    )
    expect((await actionErrorOf(loadVex(join(dir, 'absent.json')))).message).toContain(
      'cannot be read'
    )
  })

  test.each([
    ['not JSON', '{', 'not JSON'],
    ['another context', { ...vex([]), '@context': 'https://openvex.dev/ns/v0.0.1' }, '"@context"'],
    [
      'not_affected without justification',
      vex([
        {
          vulnerability: { name: 'CVE-1' },
          products: [{ '@id': 'pkg:npm/a@1' }],
          status: 'not_affected'
        }
      ]),
      'without a justification'
    ],
    [
      'an unknown status',
      vex([
        { vulnerability: { name: 'CVE-1' }, products: [{ '@id': 'pkg:npm/a@1' }], status: 'fine' }
      ]),
      'status "fine"'
    ],
    [
      'no products',
      vex([{ vulnerability: { name: 'CVE-1' }, status: 'fixed' }]),
      'names no products'
    ]
  ])('%s is an input error naming the file', async (_what, document, message) => {
    const path = write('bad.json', document)
    const error = await actionErrorOf(loadVex(path))
    expect(error.code).toBe('INPUT_INVALID')
    expect(error.message).toContain(path)
    expect(error.message).toContain(message)
  })
})
