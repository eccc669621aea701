/**
 * Go build information, read while an executable streams by. Go 1.18+ writes it
 * into the .go.buildinfo section as a 32-byte header (`\xff Go buildinf:`, pointer
 * size, flags) followed, when flags bit 2 is set, by two varint-prefixed strings:
 * the toolchain version and the module info (runtime/debug.BuildInfo text).
 * Which bytes are searched (the whole ELF, each slice of a universal Mach-O) is
 * decided in executable.ts.
 */

export interface GoModule {
  path: string
  version: string
  sum?: string
  replace?: GoModule
}

export interface GoBuildInfo {
  goVersion: string
  /** The main package's import path. */
  path?: string
  main?: GoModule
  deps: GoModule[]
  settings: Record<string, string>
}

const MAGIC = Buffer.from('\xff Go buildinf:', 'latin1')
const HEADER = 32
const FLAG_INLINE = 0x2
/** Version + module info; real ones are a few KiB, a huge dependency graph tens of KiB. */
const MAX_INFO = 1024 * 1024

export class NotGoError extends Error {}

/**
 * Finds and decodes build info in the bytes of one executable image (an ELF, a thin
 * Mach-O, or one slice of a universal Mach-O), written as chunks; `end` returns null
 * when there is none.
 */
export class BuildInfoSearch {
  private tail = Buffer.alloc(0)
  private capture: Buffer[] | null = null
  private captured = 0

  write(chunk: Buffer): void {
    if (this.capture) {
      this.take(chunk)
      return
    }
    // Search the chunk itself; only a magic split across chunks needs the few bytes kept from before.
    const boundary =
      this.tail.length > 0
        ? Buffer.concat([this.tail, chunk.subarray(0, MAGIC.length - 1)])
        : undefined
    const across = boundary ? boundary.indexOf(MAGIC) : -1
    if (across >= 0 && across < this.tail.length) {
      this.capture = []
      this.take(Buffer.concat([this.tail.subarray(across), chunk]))
      return
    }
    const at = chunk.indexOf(MAGIC)
    if (at >= 0) {
      this.capture = []
      this.take(chunk.subarray(at))
      return
    }
    const keep = MAGIC.length - 1
    this.tail =
      chunk.length >= keep
        ? Buffer.from(chunk.subarray(chunk.length - keep))
        : Buffer.concat([this.tail, chunk]).subarray(-keep)
  }

  private take(data: Buffer): void {
    const capture = this.capture as Buffer[]
    const room = MAX_INFO - this.captured
    if (room <= 0) return
    const part = data.subarray(0, room)
    capture.push(Buffer.from(part))
    this.captured += part.length
  }

  end(): GoBuildInfo | null {
    if (!this.capture) return null
    return decodeBuildInfo(Buffer.concat(this.capture))
  }
}

/** Decodes the section contents starting at the magic. Throws NotGoError when it is not valid build info. */
export function decodeBuildInfo(data: Buffer): GoBuildInfo {
  if (data.length < HEADER || !data.subarray(0, MAGIC.length).equals(MAGIC))
    throw new NotGoError('no Go build info header')
  const ptrSize = data[14]
  const flags = data[15] ?? 0
  if (ptrSize !== 4 && ptrSize !== 8)
    throw new NotGoError(`bad pointer size ${ptrSize} in Go build info`)
  if (!(flags & FLAG_INLINE))
    throw new NotGoError('Go build info from before Go 1.18 (pointer format) is not read')
  let pos = HEADER
  const readBytes = (): Buffer => {
    let length = 0
    let shift = 0
    for (;;) {
      if (pos >= data.length || shift > 28) throw new NotGoError('truncated Go build info')
      const byte = data[pos++] as number
      length |= (byte & 0x7f) << shift
      if (!(byte & 0x80)) break
      shift += 7
    }
    if (length < 0 || pos + length > data.length) throw new NotGoError('truncated Go build info')
    const bytes = data.subarray(pos, pos + length)
    pos += length
    return bytes
  }
  const goVersion = readBytes().toString('utf8')
  if (!/^go\d/.test(goVersion) && !goVersion.startsWith('devel'))
    throw new NotGoError(`bad Go version "${goVersion.slice(0, 40)}"`)
  let modinfo = readBytes()
  // The module info is wrapped in 16-byte sentinels.
  if (modinfo.length >= 33 && modinfo[modinfo.length - 17] === 0x0a)
    modinfo = modinfo.subarray(16, -16)
  return { goVersion, ...parseModInfo(modinfo.toString('utf8')) }
}

/** runtime/debug.BuildInfo's text form: path, mod, dep, `=>` (replaces the line before), build. */
export function parseModInfo(text: string): Omit<GoBuildInfo, 'goVersion'> {
  const out: Omit<GoBuildInfo, 'goVersion'> = { deps: [], settings: {} }
  let last: GoModule | undefined
  for (const line of text.split('\n')) {
    const [kind, ...rest] = line.split('\t')
    const module = (): GoModule => ({
      path: rest[0] ?? '',
      version: rest[1] ?? '',
      ...(rest[2] ? { sum: rest[2] } : {})
    })
    if (kind === 'path') out.path = rest[0]
    else if (kind === 'mod') {
      out.main = module()
      last = out.main
    } else if (kind === 'dep') {
      last = module()
      out.deps.push(last)
    } else if (kind === '=>' && last) last.replace = module()
    else if (kind === 'build') {
      const setting = rest.join('\t')
      const eq = setting.indexOf('=')
      if (eq > 0) out.settings[setting.slice(0, eq)] = unquote(setting.slice(eq + 1))
    }
  }
  return out
}

function unquote(value: string): string {
  if (!value.startsWith('"')) return value
  try {
    return JSON.parse(value) as string
  } catch {
    return value
  }
}
