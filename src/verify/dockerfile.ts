/** One base image a Dockerfile pulls, and where. */
export interface BaseImage {
  /** The reference after ARG substitution. */
  reference: string
  file: string
  /** 1-based line of the FROM instruction. */
  line: number
  /** The --platform flag, when given and free of build-time variables. */
  platform?: string
}

/** A FROM that cannot be checked (an ARG without a value), with its place. */
export interface DockerfileProblem {
  file: string
  line: number
  message: string
}

export interface DockerfileImages {
  images: BaseImage[]
  problems: DockerfileProblem[]
}

// Set by BuildKit for every build; their values are not knowable here.
const AUTOMATIC_ARGS = new Set([
  'TARGETPLATFORM',
  'TARGETOS',
  'TARGETARCH',
  'TARGETVARIANT',
  'BUILDPLATFORM',
  'BUILDOS',
  'BUILDARCH',
  'BUILDVARIANT'
])

interface Instruction {
  keyword: string
  args: string
  line: number
}

/**
 * The images a Dockerfile's stages start FROM: every stage, with the global
 * ARG defaults (those before the first FROM) substituted, skipping `scratch`
 * and earlier stages referenced by name.
 */
export function dockerfileImages(text: string, file: string): DockerfileImages {
  const images: BaseImage[] = []
  const problems: DockerfileProblem[] = []
  const globalArgs = new Map<string, string | undefined>()
  const stages = new Set<string>()
  let seenFrom = false
  for (const { keyword, args, line } of instructions(text)) {
    if (keyword === 'ARG' && !seenFrom) {
      for (const [name, value] of parseArgDeclarations(args))
        globalArgs.set(name, value === undefined ? undefined : substitute(value, globalArgs).value)
      continue
    }
    if (keyword !== 'FROM') continue
    seenFrom = true
    const { flags, words } = splitFlags(args)
    const [rawImage, as, stageName] = words
    if (!rawImage) {
      problems.push({ file, line, message: 'FROM without an image' })
      continue
    }
    const { value: reference, missing } = substitute(rawImage, globalArgs)
    // Only earlier stages can be referenced; `FROM alpine AS alpine` still pulls alpine.
    const fromStage = stages.has(reference.toLowerCase())
    if (as?.toLowerCase() === 'as' && stageName) stages.add(stageName.toLowerCase())
    if (missing.length > 0) {
      problems.push({
        file,
        line,
        message: `FROM ${rawImage}: ARG ${missing.join(', ')} has no default value, so the image cannot be checked`
      })
      continue
    }
    if (reference.toLowerCase() === 'scratch') continue
    if (fromStage) continue
    const image: BaseImage = { reference, file, line }
    const platformFlag = flags.get('platform')
    if (platformFlag) {
      const platform = substitute(platformFlag, globalArgs)
      if (platform.missing.length === 0 && !/\$/.test(platform.value))
        image.platform = platform.value
    }
    images.push(image)
  }
  return { images, problems }
}

/** Logical instructions: continuation lines joined, comments and blank lines dropped. */
function instructions(text: string): Instruction[] {
  const lines = text.split(/\r?\n/)
  let escape = '\\'
  const directive = /^#\s*escape\s*=\s*([\\`])\s*$/i
  for (const line of lines) {
    const match = directive.exec(line)
    if (match) escape = match[1] ?? '\\'
    else if (!/^#\s*\w+\s*=/.test(line)) break
  }
  const result: Instruction[] = []
  let current: { text: string; line: number } | undefined
  lines.forEach((raw, index) => {
    const trimmed = raw.trim()
    if (current === undefined && (trimmed === '' || trimmed.startsWith('#'))) return
    // Comment lines inside a continued instruction are skipped too.
    if (current !== undefined && trimmed.startsWith('#')) return
    const continues = trimmed.endsWith(escape)
    const body = continues ? trimmed.slice(0, -1) : trimmed
    current = current
      ? { text: `${current.text} ${body}`, line: current.line }
      : { text: body, line: index + 1 }
    if (!continues) {
      const match = /^(\S+)\s*(.*)$/.exec(current.text.trim())
      if (match)
        result.push({
          keyword: (match[1] ?? '').toUpperCase(),
          args: match[2] ?? '',
          line: current.line
        })
      current = undefined
    }
  })
  return result
}

function parseArgDeclarations(args: string): [string, string | undefined][] {
  return args
    .split(/\s+/)
    .filter(Boolean)
    .map(decl => {
      const at = decl.indexOf('=')
      if (at < 0) return [decl, undefined]
      return [decl.slice(0, at), unquote(decl.slice(at + 1))]
    })
}

function unquote(value: string): string {
  const quoted = /^"(.*)"$/.exec(value) ?? /^'(.*)'$/.exec(value)
  return quoted ? (quoted[1] ?? '') : value
}

function splitFlags(args: string): { flags: Map<string, string>; words: string[] } {
  const flags = new Map<string, string>()
  const words: string[] = []
  for (const word of args.split(/\s+/).filter(Boolean)) {
    const flag = /^--([a-z-]+)=(.*)$/.exec(word)
    if (flag && words.length === 0) flags.set(flag[1] ?? '', flag[2] ?? '')
    else words.push(word)
  }
  return { flags, words }
}

/** Expands $NAME, ${NAME}, ${NAME:-default} and ${NAME:+alternative}. */
function substitute(
  value: string,
  args: Map<string, string | undefined>
): { value: string; missing: string[] } {
  const missing: string[] = []
  const lookup = (name: string): string | undefined => {
    const found = args.get(name)
    return found === undefined || found === '' ? undefined : found
  }
  const expanded = value.replace(
    /\$(?:\{([A-Za-z_][A-Za-z0-9_]*)(?::([-+])([^}]*))?\}|([A-Za-z_][A-Za-z0-9_]*))/g,
    (whole, braced?: string, op?: string, word?: string, bare?: string) => {
      const name = braced ?? bare ?? ''
      const current = lookup(name)
      if (op === '-') return current ?? word ?? ''
      if (op === '+') return current !== undefined ? (word ?? '') : ''
      if (current !== undefined) return current
      if (AUTOMATIC_ARGS.has(name)) return whole
      missing.push(name)
      return ''
    }
  )
  return { value: expanded, missing }
}
