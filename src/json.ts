/** A parsed JSON object (not null, not an array) whose fields are still to be checked. */
export type JsonObject = Record<string, unknown>

/** Whether parsed JSON is an object, the shape every document and record here must have. */
export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
