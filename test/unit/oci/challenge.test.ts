import { mergeScopes, parseChallenges } from '../../../src/oci/challenge'
import { DEFAULT_RETRY } from '../../../src/oci/transport'
import { backoffMs, retryAfterMs } from '../../../src/network/retry'

describe('parseChallenges', () => {
  const cases: [string, string, { scheme: string; params: Record<string, string> }[]][] = [
    [
      'Docker Hub',
      'Bearer realm="https://auth.docker.io/token",service="registry.docker.io",scope="repository:library/nginx:pull"',
      [
        {
          scheme: 'bearer',
          params: {
            realm: 'https://auth.docker.io/token',
            service: 'registry.docker.io',
            scope: 'repository:library/nginx:pull'
          }
        }
      ]
    ],
    [
      'GHCR',
      'Bearer realm="https://ghcr.io/token",service="ghcr.io",scope="repository:acme/app:pull"',
      [
        {
          scheme: 'bearer',
          params: {
            realm: 'https://ghcr.io/token',
            service: 'ghcr.io',
            scope: 'repository:acme/app:pull'
          }
        }
      ]
    ],
    [
      'ECR',
      'Basic realm="https://123456789012.dkr.ecr.us-east-1.amazonaws.com/",service="ecr.amazonaws.com"',
      [
        {
          scheme: 'basic',
          params: {
            realm: 'https://123456789012.dkr.ecr.us-east-1.amazonaws.com/',
            service: 'ecr.amazonaws.com'
          }
        }
      ]
    ],
    [
      'GAR',
      'Bearer realm="https://us-docker.pkg.dev/v2/token",service="us-docker.pkg.dev",scope="repository:proj/repo/img:pull,push"',
      [
        {
          scheme: 'bearer',
          params: {
            realm: 'https://us-docker.pkg.dev/v2/token',
            service: 'us-docker.pkg.dev',
            scope: 'repository:proj/repo/img:pull,push'
          }
        }
      ]
    ],
    [
      'Quay',
      'Bearer realm="https://quay.io/v2/auth",service="quay.io",scope="repository:prometheus/node-exporter:pull"',
      [
        {
          scheme: 'bearer',
          params: {
            realm: 'https://quay.io/v2/auth',
            service: 'quay.io',
            scope: 'repository:prometheus/node-exporter:pull'
          }
        }
      ]
    ],
    [
      'Distribution htpasswd',
      'Basic realm="sbom-sign-test"',
      [{ scheme: 'basic', params: { realm: 'sbom-sign-test' } }]
    ],
    [
      'insufficient scope, spaces after commas, mixed case',
      'bearer Realm="https://r.example/token", Service="r.example", scope="repository:a:pull repository:b:pull", error="insufficient_scope"',
      [
        {
          scheme: 'bearer',
          params: {
            realm: 'https://r.example/token',
            service: 'r.example',
            scope: 'repository:a:pull repository:b:pull',
            error: 'insufficient_scope'
          }
        }
      ]
    ],
    [
      'two challenges in one header, unquoted values, escapes',
      'Basic realm=simple, Bearer realm="https://t.example/x?a=1,b=2",service="q\\"s"',
      [
        { scheme: 'basic', params: { realm: 'simple' } },
        { scheme: 'bearer', params: { realm: 'https://t.example/x?a=1,b=2', service: 'q"s' } }
      ]
    ],
    ['no parameters', 'Negotiate', [{ scheme: 'negotiate', params: {} }]],
    ['empty', '', []]
  ]

  it.each(cases)('%s', (_name, header, expected) => {
    expect(parseChallenges(header)).toEqual(expected)
  })
})

describe('scopes and retry timing', () => {
  it('merges repository scopes', () => {
    expect(
      mergeScopes([
        'repository:a:pull',
        'repository:a:push',
        'repository:b:pull',
        'repository:a:pull'
      ])
    ).toEqual(['repository:a:pull,push', 'repository:b:pull'])
  })

  it('reads Retry-After as seconds or an HTTP date', () => {
    const now = Date.parse('2026-01-01T00:00:00Z')
    expect(retryAfterMs('3', now)).toBe(3000)
    expect(retryAfterMs('Thu, 01 Jan 2026 00:00:05 GMT', now)).toBe(5000)
    expect(retryAfterMs('Wed, 31 Dec 2025 00:00:00 GMT', now)).toBe(0)
    expect(retryAfterMs('soon', now)).toBeUndefined()
    expect(retryAfterMs(null, now)).toBeUndefined()
  })

  it('backs off exponentially with jitter, capped', () => {
    for (let attempt = 0; attempt < 12; attempt++) {
      const ceiling = Math.min(DEFAULT_RETRY.maxDelayMs, DEFAULT_RETRY.baseDelayMs * 2 ** attempt)
      const delay = backoffMs(attempt, DEFAULT_RETRY)
      expect(delay).toBeGreaterThanOrEqual(ceiling / 2)
      expect(delay).toBeLessThanOrEqual(ceiling)
    }
  })
})
