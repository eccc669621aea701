import { stackInfo } from '../support/stack'

describe('the test stack', () => {
  test('the anonymous registry speaks the distribution API', async () => {
    const { registry } = stackInfo()
    const response = await fetch(`${registry.url}/v2/`)
    expect(response.status).toBe(200)
    expect(response.headers.get('docker-distribution-api-version')).toBe('registry/2.0')
  })

  test('the second registry demands basic auth and accepts its user', async () => {
    const { authRegistry } = stackInfo()
    const anonymous = await fetch(`${authRegistry.url}/v2/`)
    expect(anonymous.status).toBe(401)
    expect(anonymous.headers.get('www-authenticate')).toMatch(/^Basic realm=/)
    const basic = Buffer.from(`${authRegistry.username}:${authRegistry.password}`).toString(
      'base64'
    )
    const authorised = await fetch(`${authRegistry.url}/v2/`, {
      headers: { authorization: `Basic ${basic}` }
    })
    expect(authorised.status).toBe(200)
  })
})
