/** One challenge of a WWW-Authenticate header (RFC 9110 §11.6.1). */
export interface Challenge {
  /** Lower-cased: 'bearer', 'basic'. */
  scheme: string
  params: Record<string, string>
}

/**
 * Parses a WWW-Authenticate value, which may hold several comma-separated challenges
 * (`Basic realm="x", Bearer realm="y",service="z"`). Parameter names are lower-cased;
 * quoted values are unescaped.
 */
export function parseChallenges(header: string): Challenge[] {
  const challenges: Challenge[] = []
  let i = 0
  const n = header.length
  const skip = (chars: RegExp) => {
    while (i < n && chars.test(header[i] as string)) i++
  }
  const token = () => {
    const start = i
    while (i < n && /[!#$%&'*+\-.^_`|~0-9A-Za-z/]/.test(header[i] as string)) i++
    return header.slice(start, i)
  }
  let current: Challenge | undefined
  while (i < n) {
    skip(/[\s,]/)
    if (i >= n) break
    const start = i
    const word = token()
    if (!word) {
      i++ // a character no grammar allows here: skip it rather than loop forever
      continue
    }
    skip(/[ \t]/)
    if (header[i] === '=' && current) {
      i++
      skip(/[ \t]/)
      let value = ''
      if (header[i] === '"') {
        i++
        while (i < n && header[i] !== '"') {
          if (header[i] === '\\' && i + 1 < n) i++
          value += header[i]
          i++
        }
        i++
      } else {
        const valueStart = i
        while (i < n && header[i] !== ',') i++
        value = header.slice(valueStart, i).trim()
      }
      current.params[word.toLowerCase()] = value
    } else if (header[i] === '=' && !current) {
      // token68 or parameter without a scheme: not a challenge we can use
      i = start + word.length + 1
    } else {
      current = { scheme: word.toLowerCase(), params: {} }
      challenges.push(current)
      // A token68 credential form (`Negotiate abc==`) has no '=' pairs; skip it.
      if (i < n && header[i] !== ',' && !/[!#$%&'*+\-.^_`|~0-9A-Za-z]/.test(header[i] as string))
        skip(/[^,]/)
    }
  }
  return challenges
}

/** The scopes a challenge asks for (`scope` may hold several, space-separated). */
export function challengeScopes(challenge: Challenge): string[] {
  return (challenge.params.scope ?? '').split(' ').filter(Boolean)
}

/** Merges repository scopes: `repository:a:pull` + `repository:a:push` → `repository:a:pull,push`. */
export function mergeScopes(scopes: string[]): string[] {
  const actions = new Map<string, Set<string>>()
  for (const scope of scopes) {
    const at = scope.lastIndexOf(':')
    if (at < 0) continue
    const resource = scope.slice(0, at)
    const set = actions.get(resource) ?? new Set<string>()
    for (const action of scope.slice(at + 1).split(',')) if (action) set.add(action)
    actions.set(resource, set)
  }
  return [...actions].map(([resource, set]) => `${resource}:${[...set].sort().join(',')}`).sort()
}
