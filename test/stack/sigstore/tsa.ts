import type { tsaHandler } from '@sigstore/mock'
import type { Serialise } from './clock'
import { fromHandler, notFound, type Route } from './http'

/** An RFC 3161 timestamp authority: @sigstore/mock's handler at `POST /api/v1/timestamp`. */
export function tsaRoute(handler: ReturnType<typeof tsaHandler>, serialise: Serialise): Route {
  return async (method, path, body) => {
    if (method !== 'POST' || path !== handler.path) return notFound()
    return serialise(() => handler.fn(body.toString())).then(fromHandler)
  }
}
