import { ActionError } from '../../../src/errors'
import { parseReference } from '../../../src/oci'

const D = `sha256:${'a'.repeat(64)}`

describe('parseReference', () => {
  // input → [registry, repository, tag, digest, toString()]
  const cases: [string, string, string, string | undefined, string | undefined, string][] = [
    ['nginx', 'docker.io', 'library/nginx', 'latest', undefined, 'docker.io/library/nginx:latest'],
    [
      'nginx:1.27-alpine',
      'docker.io',
      'library/nginx',
      '1.27-alpine',
      undefined,
      'docker.io/library/nginx:1.27-alpine'
    ],
    [
      'library/nginx',
      'docker.io',
      'library/nginx',
      'latest',
      undefined,
      'docker.io/library/nginx:latest'
    ],
    [
      'bitnami/redis:7.2',
      'docker.io',
      'bitnami/redis',
      '7.2',
      undefined,
      'docker.io/bitnami/redis:7.2'
    ],
    [
      'docker.io/nginx',
      'docker.io',
      'library/nginx',
      'latest',
      undefined,
      'docker.io/library/nginx:latest'
    ],
    [
      'index.docker.io/library/ubuntu:24.04',
      'docker.io',
      'library/ubuntu',
      '24.04',
      undefined,
      'docker.io/library/ubuntu:24.04'
    ],
    [
      'registry-1.docker.io/library/alpine',
      'docker.io',
      'library/alpine',
      'latest',
      undefined,
      'docker.io/library/alpine:latest'
    ],
    [`alpine@${D}`, 'docker.io', 'library/alpine', undefined, D, `docker.io/library/alpine@${D}`],
    [
      `alpine:3.20@${D}`,
      'docker.io',
      'library/alpine',
      '3.20',
      D,
      `docker.io/library/alpine:3.20@${D}`
    ],
    [
      'ghcr.io/acme/app:v1.2.3',
      'ghcr.io',
      'acme/app',
      'v1.2.3',
      undefined,
      'ghcr.io/acme/app:v1.2.3'
    ],
    ['localhost/app', 'localhost', 'app', 'latest', undefined, 'localhost/app:latest'],
    [
      'localhost:5000/team/app:dev',
      'localhost:5000',
      'team/app',
      'dev',
      undefined,
      'localhost:5000/team/app:dev'
    ],
    [`127.0.0.1:5000/app@${D}`, '127.0.0.1:5000', 'app', undefined, D, `127.0.0.1:5000/app@${D}`],
    ['[::1]:5000/app:1', '[::1]:5000', 'app', '1', undefined, '[::1]:5000/app:1'],
    [
      '123456789012.dkr.ecr.us-east-1.amazonaws.com/team/svc:2024.1',
      '123456789012.dkr.ecr.us-east-1.amazonaws.com',
      'team/svc',
      '2024.1',
      undefined,
      '123456789012.dkr.ecr.us-east-1.amazonaws.com/team/svc:2024.1'
    ],
    [
      'us-docker.pkg.dev/my-project/repo/img:latest',
      'us-docker.pkg.dev',
      'my-project/repo/img',
      'latest',
      undefined,
      'us-docker.pkg.dev/my-project/repo/img:latest'
    ],
    [
      'quay.io/prometheus/node-exporter:v1.8.2',
      'quay.io',
      'prometheus/node-exporter',
      'v1.8.2',
      undefined,
      'quay.io/prometheus/node-exporter:v1.8.2'
    ],
    [
      'mcr.microsoft.com/dotnet/runtime:8.0',
      'mcr.microsoft.com',
      'dotnet/runtime',
      '8.0',
      undefined,
      'mcr.microsoft.com/dotnet/runtime:8.0'
    ],
    [
      'registry.example.com:443/a/b/c/d:x_y',
      'registry.example.com:443',
      'a/b/c/d',
      'x_y',
      undefined,
      'registry.example.com:443/a/b/c/d:x_y'
    ],
    [
      'foo__bar/a.b-c',
      'docker.io',
      'foo__bar/a.b-c',
      'latest',
      undefined,
      'docker.io/foo__bar/a.b-c:latest'
    ],
    [
      'My.Registry:5000/app',
      'My.Registry:5000',
      'app',
      'latest',
      undefined,
      'My.Registry:5000/app:latest'
    ],
    [
      'app:UPPER_tag',
      'docker.io',
      'library/app',
      'UPPER_tag',
      undefined,
      'docker.io/library/app:UPPER_tag'
    ]
  ]

  it.each(cases)('%s', (input, registry, repository, tag, digest, text) => {
    const ref = parseReference(input)
    expect(ref.registry).toBe(registry)
    expect(ref.repository).toBe(repository)
    expect(ref.tag).toBe(tag)
    expect(ref.digest).toBe(digest)
    expect(ref.name).toBe(`${registry}/${repository}`)
    expect(String(ref)).toBe(text)
    // Normalised references parse to themselves.
    expect(String(parseReference(text))).toBe(text)
  })

  const invalid: [string, RegExp][] = [
    ['', /empty/],
    ['Nginx', /must be lowercase/],
    ['ghcr.io/Acme-Org/app', /must be lowercase.*|"acme-org\/app"/],
    ['docker.io/Library/nginx', /must be lowercase/],
    ['nginx:', /"" is not a valid tag/],
    ['nginx:-bad', /not a valid tag/],
    [`nginx:${'t'.repeat(129)}`, /not a valid tag/],
    ['nginx@sha256:abc', /not a valid digest/],
    [`nginx@sha256:${'A'.repeat(64)}`, /not a valid digest/],
    [`nginx@md5:${'a'.repeat(32)}`, /not a valid digest/],
    ['a'.repeat(64), /image ID/],
    ['ghcr.io//app', /empty path component/],
    ['ghcr.io/app-/x', /not a valid path component/],
    ['-host.com/app', /not a valid registry host/],
    ['host:port/app', /not a valid registry host/],
    ['ghcr.io/acme/app image', /whitespace/],
    [`${'a'.repeat(250)}.com/${'b'.repeat(10)}`, /longer than 255/]
  ]

  it.each(invalid)('rejects %j', (input, message) => {
    let error: unknown
    try {
      parseReference(input)
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(ActionError)
    expect((error as ActionError).code).toBe('INPUT_INVALID')
    expect((error as ActionError).message).toMatch(message)
    expect((error as ActionError).hint).toBeTruthy()
  })

  it('suggests the lowercase name for an uppercase repository', () => {
    expect(() => parseReference('ghcr.io/Acme/App:1')).toThrow(
      expect.objectContaining({ hint: expect.stringContaining('"acme/app"') })
    )
  })
})
