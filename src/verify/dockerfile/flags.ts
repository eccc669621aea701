/**
 * Instruction flags as BuildKit's frontend/dockerfile/instructions/bflag.go parses them, and the
 * CSV of a RUN --mount value (commands_runmount.go parseMount).
 */

/** An instruction BuildKit refuses, or one whose pulls the gate cannot determine. */
export class InstructionError extends Error {}

export type FlagKind = 'bool' | 'string' | 'strings'
/** The flags BuildKit's instruction parsers register; any other is an error there. */
export const FLAGS: Record<string, Record<string, FlagKind>> = {
  from: { platform: 'string' },
  copy: {
    chown: 'string',
    from: 'string',
    chmod: 'string',
    link: 'bool',
    exclude: 'strings',
    parents: 'bool'
  },
  add: {
    chown: 'string',
    chmod: 'string',
    link: 'bool',
    'keep-git-dir': 'bool',
    checksum: 'string',
    unpack: 'bool',
    exclude: 'strings'
  },
  run: { mount: 'strings', network: 'string', security: 'string', device: 'strings' }
}

/** instructions/bflag.go Parse: `--name=value`, known names only, no repeats but lists. */
export function parseFlags(
  flags: string[],
  known: Record<string, FlagKind>
): Map<string, string[]> {
  const values = new Map<string, string[]>()
  for (const flag of flags) {
    if (flag === '--') break
    if (!flag.startsWith('--')) throw new InstructionError(`arg should start with -- : ${flag}`)
    const at = flag.indexOf('=')
    const name = at < 0 ? flag : flag.slice(0, at)
    const value = at < 0 ? undefined : flag.slice(at + 1)
    const kind = known[name.slice(2)]
    if (!kind) throw new InstructionError(`unknown flag: ${name}`)
    const seen = values.get(name.slice(2))
    if (seen && kind !== 'strings') throw new InstructionError(`duplicate flag specified: ${name}`)
    if (kind === 'bool') {
      if (value === '') throw new InstructionError(`missing a value on flag: ${name}`)
      const lower = (value ?? 'true').toLowerCase()
      if (lower !== 'true' && lower !== 'false')
        throw new InstructionError(`expecting boolean value for flag ${name}, not: ${value}`)
      values.set(name.slice(2), [lower])
    } else {
      if (value === undefined) throw new InstructionError(`missing a value on flag: ${name}`)
      values.set(name.slice(2), [...(seen ?? []), value])
    }
  }
  return values
}

/** The CSV fields of a --mount value (csvvalue, as encoding/csv reads one record). */
export function csvFields(text: string): string[] {
  const fields: string[] = []
  let pos = 0
  for (;;) {
    let field = ''
    if (text[pos] === '"') {
      pos++
      for (;;) {
        const close = text.indexOf('"', pos)
        if (close < 0)
          throw new InstructionError(
            `failed to parse csv mounts: extraneous or missing " in quoted-field`
          )
        field += text.slice(pos, close)
        pos = close + 1
        if (text[pos] === '"') {
          field += '"'
          pos++
          continue
        }
        break
      }
      if (pos < text.length && text[pos] !== ',')
        throw new InstructionError(
          `failed to parse csv mounts: extraneous or missing " in quoted-field`
        )
    } else {
      const comma = text.indexOf(',', pos)
      field = text.slice(pos, comma < 0 ? text.length : comma)
      if (field.includes('"'))
        throw new InstructionError(`failed to parse csv mounts: bare " in non-quoted-field`)
      pos += field.length
    }
    fields.push(field)
    if (pos >= text.length) return fields
    pos++
  }
}
