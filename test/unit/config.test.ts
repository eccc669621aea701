import { readConfig } from '../../src/config'
import { actionErrorThrownBy } from '../support/action-error'

const reader = (inputs: Record<string, string>) => (name: string) => inputs[name]

describe('readConfig', () => {
  test('sign mode defaults', () => {
    const config = readConfig(reader({ image: 'ghcr.io/acme/app@sha256:' + 'a'.repeat(64) }), {})
    expect(config.mode).toBe('sign')
    if (config.mode !== 'sign') return
    expect(config.sign.sbom).toEqual({ kind: 'generate' })
    expect(config.sign.sbomFormat).toBe('cyclonedx-json')
    expect(config.sign.attachFormat).toBe('bundle')
    expect(config.sign.maxPredicateSize).toBe(16 * 1024 * 1024)
    expect(config.sigstore.instance).toBe('public-good')
  })

  test('an SBOM path, booleans, sizes and lists', () => {
    const config = readConfig(
      reader({
        image: 'x',
        sbom: './sbom.cdx.json',
        provenance: 'TRUE',
        'max-predicate-size': '512KiB',
        platforms: 'linux/amd64\n# comment\nlinux/arm64, linux/arm/v7'
      }),
      {}
    )
    if (config.mode !== 'sign') throw new Error('sign expected')
    expect(config.sign.sbom).toEqual({ kind: 'file', path: './sbom.cdx.json' })
    expect(config.sign.provenance).toBe(true)
    expect(config.sign.maxPredicateSize).toBe(512 * 1024)
    expect(config.sign.platforms).toEqual(['linux/amd64', 'linux/arm64', 'linux/arm/v7'])
  })

  test.each([
    [{ image: 'x', digest: 'sha256:abc' }, 'input "digest"'],
    [{ image: 'x', provenance: 'maybe' }, 'input "provenance"'],
    [{ image: 'x', 'fulcio-url': 'not a url' }, 'input "fulcio-url"'],
    [{ image: 'x', 'fulcio-url': 'https://fulcio.example' }, 'input "trusted-root"'],
    [{ image: 'x', 'registry-password': 'p' }, 'input "registry-password"'],
    [{ image: 'x', 'max-predicate-size': 'big' }, 'input "max-predicate-size"']
  ])('rejects %j', (inputs, named) => {
    const error = actionErrorThrownBy(() => readConfig(reader(inputs), {}))
    expect(error.message).toContain(named)
    expect(error.exitCode).toBe(2)
  })

  test('a custom instance is implied by its URLs', () => {
    const config = readConfig(
      reader({ image: 'x', 'fulcio-url': 'http://127.0.0.1:1/', 'trusted-root': 'tr.json' }),
      {}
    )
    expect(config.sigstore.instance).toBe('custom')
    expect(config.sigstore.fulcioURL).toBe('http://127.0.0.1:1')
  })

  test('verify mode collects images and checks the signer inputs', () => {
    const config = readConfig(
      reader({
        mode: 'verify',
        image: 'a.example/one:1',
        images: 'b.example/two:2\nc.example/three:3',
        'certificate-identity-regexp': '^https://github.com/acme/',
        'certificate-oidc-issuer': 'https://token.actions.githubusercontent.com',
        'max-age': '30d'
      }),
      {}
    )
    if (config.mode !== 'verify') throw new Error('verify expected')
    expect(config.verify.images).toEqual([
      'a.example/one:1',
      'b.example/two:2',
      'c.example/three:3'
    ])
    expect(config.verify.maxAge).toBe(30 * 86400)
  })

  test("verify mode: build-platforms (normalised, default the runner's) and build-args", () => {
    const base = {
      mode: 'verify',
      dockerfile: 'Dockerfile',
      'certificate-identity': 'https://github.com/acme/app/.github/workflows/r.yml@refs/heads/main',
      'certificate-oidc-issuer': 'https://token.actions.githubusercontent.com'
    }
    const defaults = readConfig(reader(base), {})
    if (defaults.mode !== 'verify') throw new Error('verify expected')
    const runner = process.arch === 'arm64' ? 'linux/arm64' : 'linux/amd64'
    expect(defaults.verify.buildPlatforms).toEqual([runner])
    expect(defaults.verify.buildArgs).toEqual(new Map())
    const given = readConfig(
      reader({
        ...base,
        'build-platforms': 'linux/amd64, linux/arm64/v8\nlinux/arm',
        'build-args': 'BASE=ghcr.io/acme/base\n# a comment\n\n  TAG=1.2=x  '
      }),
      {}
    )
    if (given.mode !== 'verify') throw new Error('verify expected')
    expect(given.verify.buildPlatforms).toEqual(['linux/amd64', 'linux/arm64', 'linux/arm/v7'])
    expect([...given.verify.buildArgs]).toEqual([
      ['BASE', 'ghcr.io/acme/base'],
      ['TAG', '1.2=x']
    ])
    expect(
      actionErrorThrownBy(() => readConfig(reader({ ...base, 'build-args': 'BASE' }), {})).message
    ).toBe('input "build-args": "BASE" is not NAME=value')
    expect(
      actionErrorThrownBy(() => readConfig(reader({ ...base, 'build-platforms': 'linux/' }), {}))
        .message
    ).toContain('input "build-platforms": "linux/" is not a platform')
  })

  test('verify mode normalises platforms and rejects what is not one', () => {
    const base = {
      mode: 'verify',
      images: 'x',
      'certificate-identity': 'a',
      'certificate-oidc-issuer': 'b'
    }
    const config = readConfig(
      reader({ ...base, platforms: 'linux/arm64/v8, linux/x86_64\nlinux/armhf' }),
      {}
    )
    if (config.mode !== 'verify') throw new Error('verify expected')
    expect(config.verify.platforms).toEqual(['linux/arm64', 'linux/amd64', 'linux/arm/v7'])
    for (const bad of ['linux', 'linux/amd64/v2/x', 'linux//amd64'])
      expect(
        actionErrorThrownBy(() => readConfig(reader({ ...base, platforms: bad }), {})).message
      ).toBe(`input "platforms": "${bad}" is not a platform`)
  })

  test('verify mode rejects an exact identity together with a regexp, and bad regexps', () => {
    const both = actionErrorThrownBy(() =>
      readConfig(
        reader({
          mode: 'verify',
          images: 'x',
          'certificate-identity': 'a',
          'certificate-identity-regexp': 'b',
          'certificate-oidc-issuer': 'c'
        }),
        {}
      )
    )
    expect(both.message).toContain('cannot be combined')
    const bad = actionErrorThrownBy(() =>
      readConfig(
        reader({
          mode: 'verify',
          images: 'x',
          'certificate-identity-regexp': '(',
          'certificate-oidc-issuer': 'c'
        }),
        {}
      )
    )
    expect(bad.message).toContain('not a valid regular expression')
  })

  test('explicit credentials are scoped to the image registry, or to the named one', () => {
    const sign = readConfig(
      reader({ image: 'ghcr.io/acme/app:1', 'registry-username': 'u', 'registry-password': 'p' }),
      {}
    )
    expect(sign.registry.credentialsRegistry).toBe('ghcr.io')
    const named = readConfig(
      reader({ image: 'ghcr.io/acme/app:1', 'registry-username': 'u', registry: 'quay.io' }),
      {}
    )
    expect(named.registry.credentialsRegistry).toBe('quay.io')
    const dockerfileOnly = actionErrorThrownBy(() =>
      readConfig(
        reader({
          mode: 'verify',
          dockerfile: 'Dockerfile',
          'certificate-identity': 'a',
          'certificate-oidc-issuer': 'b',
          'registry-username': 'u'
        }),
        {}
      )
    )
    expect(dockerfileOnly.message).toContain('input "registry"')
  })

  test('RUNNER_TEMP is where files for later steps go', () => {
    const config = readConfig(reader({ image: 'x' }), { RUNNER_TEMP: '/tmp/runner' })
    expect(config.outputDir).toBe('/tmp/runner')
  })
})
