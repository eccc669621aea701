import { readConfig } from '../../../src/config'
import { parseQuery } from '../../../src/find'
import { actionErrorThrownBy } from '../../support/action-error'

describe('parseQuery', () => {
  test.each([
    [
      'pkg:deb/debian/xz-utils@>=5.6.0,<5.6.2',
      { kind: 'purl', type: 'deb', namespace: 'debian', name: 'xz-utils', range: '>=5.6.0,<5.6.2' }
    ],
    ['pkg:npm/lodash@<4.17.21', { kind: 'purl', type: 'npm', name: 'lodash', range: '<4.17.21' }],
    [
      'pkg:maven/org.apache.logging.log4j/log4j-core@>=2.0.0,<2.17.1',
      {
        kind: 'purl',
        type: 'maven',
        namespace: 'org.apache.logging.log4j',
        name: 'log4j-core',
        range: '>=2.0.0,<2.17.1'
      }
    ],
    [
      'pkg:maven/org.apache.logging.log4j/log4j-core@<2.15.0|>=2.16.0,<2.17.1',
      { type: 'maven', name: 'log4j-core', range: '<2.15.0|>=2.16.0,<2.17.1' }
    ],
    // An npm scope's "@" starts a segment; the version's follows a name.
    [
      'pkg:npm/@angular/core@>=15.0.0',
      { type: 'npm', namespace: '@angular', name: 'core', range: '>=15.0.0' }
    ],
    ['pkg:npm/%40angular/core', { type: 'npm', namespace: '@angular', name: 'core' }],
    // Without a version, or with "*": any version.
    ['pkg:deb/debian/xz-utils', { type: 'deb', name: 'xz-utils' }],
    ['pkg:npm/lodash@*', { name: 'lodash' }],
    // Qualifiers after the range filter packages; percent-escapes in the range are undone.
    [
      'pkg:deb/debian/openssl@>=3.0.0?arch=amd64&distro=debian-12',
      { name: 'openssl', range: '>=3.0.0', qualifiers: { arch: 'amd64', distro: 'debian-12' } }
    ],
    ['pkg:npm/lodash@%3C4.17.21', { name: 'lodash', range: '<4.17.21' }],
    ['pkg:npm/lodash@vers:npm/<4.17.21', { name: 'lodash', range: 'vers:npm/<4.17.21' }],
    ['pkg:pypi/Django_REST@>=1.0', { type: 'pypi', name: 'django-rest', range: '>=1.0' }],
    // An exact version needs no ordering, so types without a scheme take one.
    ['pkg:generic/openssl@3.0.13', { type: 'generic', name: 'openssl', range: '3.0.13' }],
    // Plain names: every ecosystem.
    ['lodash@<4.17.21', { kind: 'name', name: 'lodash', range: '<4.17.21', qualifiers: {} }],
    ['@angular/core@>=15.0.0', { kind: 'name', name: '@angular/core', range: '>=15.0.0' }],
    [
      'org.apache.logging.log4j:log4j-core@>=2.0.0,<2.17.1',
      { kind: 'name', name: 'org.apache.logging.log4j:log4j-core', range: '>=2.0.0,<2.17.1' }
    ],
    ['xz-utils', { kind: 'name', name: 'xz-utils' }],
    ['  liblzma5@5.6.1-1  ', { kind: 'name', name: 'liblzma5', range: '5.6.1-1' }]
  ])('%s', (text, expected) => {
    const query = parseQuery(text)
    expect(query).toMatchObject(expected)
    if (!('range' in expected)) expect(query).not.toHaveProperty('range')
  })

  test.each([
    ['', 'is empty'],
    ['pkg:npm/lodash@', 'nothing follows "@"'],
    ['lodash@', 'nothing follows "@"'],
    ['pkg:deb/debian/xz-utils#usr/bin', 'subpath'],
    ['pkg:/lodash@1', 'is not a valid purl'],
    ['pkg:generic/openssl@>=3.0.0', 'only an exact version can be matched'],
    ['pkg:npm/lodash@%E0%A4%A', 'malformed %-escape'],
    ['two words', 'no spaces'],
    ['x'.repeat(3000), 'too long']
  ])('%s is refused: %s', (text, why) => {
    const error = actionErrorThrownBy(() => parseQuery(text))
    expect(error.code).toBe('INPUT_INVALID')
    expect(error.message).toContain(why)
    expect(error.summary).toContain('pkg:deb/debian/xz-utils@>=5.6.0,<5.6.2')
  })

  test("a range the purl type's version scheme cannot read is refused up front", () => {
    const error = actionErrorThrownBy(() => parseQuery('pkg:npm/lodash@>=banana!'))
    expect(error.message).toMatch(/is not a semver version range/)
  })
})

describe('find mode inputs', () => {
  const signer = {
    mode: 'find',
    images: 'a.example/one:1\nb.example/two:2',
    'certificate-identity':
      'https://github.com/acme/app/.github/workflows/release.yml@refs/heads/main',
    'certificate-oidc-issuer': 'https://token.actions.githubusercontent.com'
  }
  const read = (inputs: Record<string, string>) =>
    readConfig(name => ({ ...signer, ...inputs })[name], {})

  test('reads the query, the images and signer inputs as verify does, and the defaults', () => {
    const config = read({ query: 'pkg:npm/lodash@<4.17.21' })
    if (config.mode !== 'find') throw new Error('find expected')
    expect(config.verify.images).toEqual(['a.example/one:1', 'b.example/two:2'])
    expect(config.find).toEqual({
      query: expect.objectContaining({ type: 'npm', name: 'lodash', range: '<4.17.21' }),
      generate: false,
      concurrency: 4,
      failIfFound: false
    })
    expect(config.network.imageTimeoutMs).toBe(2 * 60_000)
  })

  test('generate gives each image more time (it pulls layers)', () => {
    const config = read({ query: 'xz-utils', generate: 'true', concurrency: '8' })
    if (config.mode !== 'find') throw new Error('find expected')
    expect(config.find).toMatchObject({ generate: true, concurrency: 8 })
    expect(config.network.imageTimeoutMs).toBe(10 * 60_000)
  })

  test.each([
    [{}, 'input "query" is required'],
    [
      { query: 'x', concurrency: '0' },
      'input "concurrency": "0" is not a whole number from 1 to 32'
    ],
    [{ query: 'x', concurrency: 'lots' }, 'is not a whole number'],
    [{ query: 'x', dockerfile: 'Dockerfile' }, 'input "dockerfile": is not read in find mode'],
    [{ query: 'x', images: '' }, 'find mode needs something to check'],
    [{ query: 'x', 'certificate-identity': '' }, 'find mode needs the expected signer']
  ])('%j is refused', (inputs, message) => {
    expect(actionErrorThrownBy(() => read(inputs)).message).toContain(message)
  })
})
