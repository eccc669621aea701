/**
 * RFC 8785 style canonical JSON for the values Rekor canonicalises (strings, integers, objects,
 * arrays): keys sorted, no white space, undefined fields left out. Rekor stores entry bodies
 * and signs SET payloads in this form, so both the local Rekor and the tests that check its
 * signatures need it.
 */
export function canonicalJSON(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJSON).join(',')}]`
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJSON(v)}`).join(',')}}`
  }
  return JSON.stringify(value)
}
