/** Code-point order: the same on every machine, unlike locale-aware comparison. */
export function compareCodePoints(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
