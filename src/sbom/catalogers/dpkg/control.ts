/**
 * Debian control-file paragraphs (deb-control(5)): `Field: value` lines, continuation
 * lines start with a space or tab, paragraphs end at a blank line. Field names are
 * lowercased; continuation lines are joined with newlines.
 */
export function parseControl(text: string): Map<string, string>[] {
  const out: Map<string, string>[] = []
  let fields = new Map<string, string>()
  let last: string | undefined
  for (const line of text.split('\n')) {
    if (line.trim() === '') {
      if (fields.size > 0) out.push(fields)
      fields = new Map()
      last = undefined
      continue
    }
    if (line[0] === ' ' || line[0] === '\t') {
      if (last !== undefined) fields.set(last, `${fields.get(last) ?? ''}\n${line.trim()}`)
      continue
    }
    const colon = line.indexOf(':')
    if (colon <= 0) continue
    last = line.slice(0, colon).toLowerCase()
    fields.set(last, line.slice(colon + 1).trim())
  }
  if (fields.size > 0) out.push(fields)
  return out
}
