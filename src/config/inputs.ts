import { ActionError, inputError, inputLabel, type Hint } from '../errors'

/** Reads one input by its action.yml name; '' or undefined when not given. */
export type InputReader = (name: string) => string | undefined

/** Small typed readers over an InputReader; each error names the input and the fix. */
export class Inputs {
  constructor(private readonly read: InputReader) {}

  string(name: string): string | undefined {
    const value = this.read(name)?.trim()
    return value ? value : undefined
  }

  required(name: string, hint: Hint): string {
    const value = this.string(name)
    if (value === undefined)
      throw new ActionError('INPUT_MISSING', `${inputLabel(name)} is required`, { hint })
    return value
  }

  choice<T extends string>(name: string, choices: readonly T[], fallback: T): T {
    const value = this.string(name)
    if (value === undefined) return fallback
    const found = choices.find(c => c === value.toLowerCase())
    if (!found)
      throw inputError(name, `"${value}" is not one of ${choices.map(c => `"${c}"`).join(', ')}`)
    return found
  }

  boolean(name: string, fallback: boolean): boolean {
    const value = this.string(name)
    if (value === undefined) return fallback
    if (/^(true|yes|on|1)$/i.test(value)) return true
    if (/^(false|no|off|0)$/i.test(value)) return false
    throw inputError(name, `"${value}" is not a boolean`, 'Use "true" or "false"')
  }

  /** One item per line or comma; blank lines and `# comments` are ignored. */
  list(name: string): string[] {
    const value = this.string(name)
    if (value === undefined) return []
    return value
      .split(/[\n,]/)
      .map(line => line.replace(/\s+#.*$/, '').trim())
      .filter(line => line && !line.startsWith('#'))
  }

  url(name: string): string | undefined {
    const value = this.string(name)
    if (value === undefined) return undefined
    let parsed: URL
    try {
      parsed = new URL(value)
    } catch {
      throw inputError(name, `"${value}" is not a URL`, 'Give an absolute http(s):// URL')
    }
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
      throw inputError(name, `"${value}" is not an http(s) URL`)
    return value.replace(/\/+$/, '')
  }

  /** A duration such as 30d, 12h, 90m or 3600s, in seconds. */
  duration(name: string): number | undefined {
    const value = this.string(name)
    if (value === undefined) return undefined
    const match = /^(\d+)\s*(s|m|h|d|w)?$/i.exec(value)
    if (!match)
      throw inputError(name, `"${value}" is not a duration`, 'Use a number with s, m, h, d or w')
    const unit = (match[2] ?? 's').toLowerCase()
    const seconds = { s: 1, m: 60, h: 3600, d: 86400, w: 604800 }[unit] ?? 1
    return Number(match[1]) * seconds
  }

  /** A size such as 16MiB, 512KiB or a plain number of bytes. */
  size(name: string, fallback: number): number {
    const value = this.string(name)
    if (value === undefined) return fallback
    const match = /^(\d+)\s*(b|kib|kb|mib|mb|gib|gb)?$/i.exec(value)
    if (!match) throw inputError(name, `"${value}" is not a size`, 'Use bytes or KiB, MiB, GiB')
    const unit = (match[2] ?? 'b').toLowerCase()
    const factor: Record<string, number> = {
      b: 1,
      kb: 1000,
      kib: 1024,
      mb: 1e6,
      mib: 1024 ** 2,
      gb: 1e9,
      gib: 1024 ** 3
    }
    return Number(match[1]) * (factor[unit] ?? 1)
  }
}
