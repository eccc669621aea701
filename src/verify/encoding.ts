/**
 * Protobuf JSON carries bytes as base64 (standard or URL-safe alphabet, padding
 * optional). Node's decoder skips characters it does not know, so corrupted
 * fields would silently decode to other bytes: check them first.
 */
const STANDARD = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}(?:==)?|[A-Za-z0-9+/]{3}=?)?$/
const URL_SAFE = /^(?:[A-Za-z0-9_-]{4})*(?:[A-Za-z0-9_-]{2}(?:==)?|[A-Za-z0-9_-]{3}=?)?$/

export function isStrictBase64(value: string): boolean {
  return STANDARD.test(value) || URL_SAFE.test(value)
}
