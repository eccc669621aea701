import { createHash } from 'node:crypto'
import type { rekorHandler } from '@sigstore/mock'
import { canonicalJSON } from '../../support/canonical-json'
import type { Serialise } from './clock'
import { fromHandler, json, notFound, type Route } from './http'

/**
 * Rekor v1 over the mock transparency log, with what the mock lacks: proposed `dsse` entries
 * are stored in their canonical form (as Rekor does; verifiers compare against it), an entry
 * that exists already answers 409 with its Location, and entries can be fetched by UUID.
 */
export function rekorRoute(
  handler: ReturnType<typeof rekorHandler>,
  baseURL: string,
  serialise: Serialise
): Route {
  const entries = new Map<string, Record<string, unknown>>()
  const byBody = new Map<string, string>()
  return async (method, path, body) => {
    const entryPath = /^\/api\/v1\/log\/entries\/([0-9a-f]+)$/.exec(path)
    if (method === 'GET' && entryPath) {
      const uuid = entryPath[1] as string
      const entry = entries.get(uuid)
      return entry ? json(200, { [uuid]: entry }) : json(404, { message: 'entry not found' })
    }
    if (method !== 'POST' || path !== handler.path) return notFound()
    let proposed: Record<string, unknown>
    try {
      proposed = canonicalEntry(JSON.parse(body.toString()) as Record<string, unknown>)
    } catch (error) {
      return json(400, { code: 400, message: (error as Error).message })
    }
    const key = sha256Hex(canonicalJSON(proposed))
    const existing = byBody.get(key)
    if (existing)
      return json(
        409,
        { code: 409, message: `an equivalent entry already exists with UUID ${existing}` },
        { location: `${baseURL}/api/v1/log/entries/${existing}` }
      )
    return serialise(async () => {
      const result = await handler.fn(JSON.stringify(proposed))
      if (result.statusCode !== 201) return fromHandler(result)
      const created = JSON.parse(String(result.response)) as Record<string, Record<string, unknown>>
      const [uuid, entry] = Object.entries(created)[0] as [string, Record<string, unknown>]
      entries.set(uuid, entry)
      byBody.set(key, uuid)
      return json(201, created, { location: `${baseURL}/api/v1/log/entries/${uuid}` })
    })
  }
}

/** Rekor's canonical body of a dsse v0.0.1 entry; other kinds are stored as proposed. */
function canonicalEntry(proposed: Record<string, unknown>): Record<string, unknown> {
  if (proposed.kind !== 'dsse') return proposed
  const spec = proposed.spec as { proposedContent?: { envelope: string; verifiers: string[] } }
  const content = spec.proposedContent
  if (!content) return proposed
  const envelope = JSON.parse(content.envelope) as {
    payload: string
    signatures: { sig: string }[]
  }
  const verifier = content.verifiers[0]
  if (!verifier || envelope.signatures.length !== 1)
    throw new Error('dsse entry needs exactly one signature and one verifier')
  return {
    apiVersion: '0.0.1',
    kind: 'dsse',
    spec: {
      envelopeHash: { algorithm: 'sha256', value: sha256Hex(content.envelope) },
      payloadHash: {
        algorithm: 'sha256',
        value: sha256Hex(Buffer.from(envelope.payload, 'base64'))
      },
      signatures: [{ signature: envelope.signatures[0]?.sig, verifier }]
    }
  }
}

function sha256Hex(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex')
}
