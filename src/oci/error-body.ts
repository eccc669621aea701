import type { HttpResponse } from './http-response'

/** Error bodies are read for their message only. */
const MAX_ERROR_BODY = 64 << 10

/** Reads a registry error body (`{"errors":[{"code","message"}]}`) into one line. */
export async function errorDetail(
  response: HttpResponse
): Promise<{ codes: string[]; text: string }> {
  let body: string
  try {
    body = await response.text(MAX_ERROR_BODY)
  } catch {
    return { codes: [], text: '' }
  }
  try {
    const parsed = JSON.parse(body) as { errors?: { code?: string; message?: string }[] }
    const errors = parsed.errors ?? []
    return {
      codes: errors.map(e => e.code ?? '').filter(Boolean),
      text: errors.map(e => [e.code, e.message].filter(Boolean).join(': ')).join('; ')
    }
  } catch {
    const type = response.headers.get('content-type') ?? ''
    const snippet = type.includes('html') ? 'an HTML page' : JSON.stringify(body.slice(0, 120))
    return { codes: [], text: body ? snippet : '' }
  }
}
