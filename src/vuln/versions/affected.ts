import type { OsvAffected, OsvEvent, OsvRange } from '../types'
import { InvalidVersionError } from './error'
import { compareVersions, type VersionScheme } from './scheme'

/** An event of a record that its scheme cannot read, and how it was taken instead. */
export interface InvalidEvent {
  event: OsvEvent
  error: InvalidVersionError
  /** `introduced` is read as "0"; `fixed`, `last_affected` and `limit` are left out. */
  readAs: 'introduced 0' | 'ignored'
}

type EventKind = 'introduced' | 'fixed' | 'last_affected' | 'limit'
const KINDS: EventKind[] = ['introduced', 'fixed', 'last_affected', 'limit']

/** On equal versions `introduced` sorts first, so a range [X, X) is empty. */
const KIND_ORDER = { introduced: 0, fixed: 1, last_affected: 2 } as const

/** An event's kind and version; undefined for one the schema does not define. */
function eventOf(event: OsvEvent): { kind: EventKind; version: string } | undefined {
  const fields = event as Partial<Record<EventKind, unknown>>
  for (const kind of KINDS) {
    const version = fields[kind]
    if (typeof version === 'string') return { kind, version }
  }
  return undefined
}

/** A timeline event; version undefined for introduced "0" (before every version). */
interface TimelineEvent {
  kind: 'introduced' | 'fixed' | 'last_affected'
  version: string | undefined
  /** The installed version against this event's: <0, 0, >0. */
  cmp: number
}

/**
 * Whether `version` is affected by one OSV `affected` entry, by the OSV schema's evaluation
 * (https://ossf.github.io/osv-schema/#evaluation): a version listed in `versions` (equal as
 * text or by the scheme), or within any ECOSYSTEM or SEMVER range. Within a range, events are
 * evaluated in version order: `introduced` (`"0"` before everything) opens, `fixed` closes at
 * that version, `last_affected` closes after it; `limit` events bound the range (`v < limit`
 * for any of them; `"*"` is infinity). SEMVER ranges use semantic versioning whatever the
 * ecosystem (Go's `v` prefix accepted). GIT ranges are not evaluated: their commits have no
 * version order; only the `versions` list counts for them.
 *
 * Throws InvalidVersionError when `version` itself cannot be read by the scheme a range
 * needs: the caller reports the package as not scanned rather than as clean.
 *
 * A record's own unreadable event never throws: it widens the range, never narrows it (an
 * unreadable `introduced` is read as "0", an unreadable `fixed`, `last_affected` or `limit`
 * is left out), so a typo in a record errs toward a finding, as a gate must. `onInvalidEvent`
 * hears of each such event.
 */
export function isAffected(
  affected: OsvAffected,
  version: string,
  scheme: VersionScheme,
  onInvalidEvent?: (invalid: InvalidEvent) => void
): boolean {
  const ranges = (affected.ranges ?? []).filter(r => r.type === 'ECOSYSTEM' || r.type === 'SEMVER')
  // Read the installed version first: an unreadable one is the caller's to know, not a "no".
  const rangeSchemes = new Set(ranges.map(r => rangeScheme(r, scheme)))
  for (const s of rangeSchemes) compareVersions(s, version, version)
  if (inVersions(affected.versions ?? [], version, scheme)) return true
  return ranges.some(r => inRange(r, version, rangeScheme(r, scheme), onInvalidEvent))
}

function rangeScheme(range: OsvRange, scheme: VersionScheme): VersionScheme {
  if (range.type !== 'SEMVER') return scheme
  return scheme === 'go' ? 'go' : 'semver'
}

function inVersions(versions: string[], version: string, scheme: VersionScheme): boolean {
  return versions.some(v => {
    if (v === version) return true
    try {
      return compareVersions(scheme, v, version) === 0
    } catch {
      return false
    }
  })
}

function inRange(
  range: OsvRange,
  version: string,
  scheme: VersionScheme,
  onInvalidEvent?: (invalid: InvalidEvent) => void
): boolean {
  /** Compares to the installed version; undefined for an event the scheme cannot read. */
  const readable = (event: OsvEvent, other: string): number | undefined => {
    try {
      return compareVersions(scheme, version, other)
    } catch (error) {
      if (!(error instanceof InvalidVersionError)) throw error
      const readAs = eventOf(event)?.kind === 'introduced' ? 'introduced 0' : 'ignored'
      onInvalidEvent?.({ event, error, readAs })
      return undefined
    }
  }

  let limited = false
  let belowALimit = false
  const events: TimelineEvent[] = []
  for (const event of range.events ?? []) {
    const e = eventOf(event)
    if (!e) continue
    if (e.kind === 'limit') {
      // A limit containing "*" is infinity.
      const cmp = e.version.includes('*') ? -1 : readable(event, e.version)
      if (cmp !== undefined) {
        limited = true
        belowALimit ||= cmp < 0
      }
      continue
    }
    if (e.kind === 'introduced' && e.version === '0') {
      events.push({ kind: 'introduced', version: undefined, cmp: 1 })
      continue
    }
    const cmp = readable(event, e.version)
    if (cmp === undefined) {
      if (e.kind === 'introduced') events.push({ kind: 'introduced', version: undefined, cmp: 1 })
      continue
    }
    events.push({ kind: e.kind, version: e.version, cmp })
  }
  // The schema's BeforeLimits: no limit at all, or the version below one of them.
  if (limited && !belowALimit) return false

  events.sort((x, y) => {
    if (x.version === undefined || y.version === undefined) {
      return (x.version === undefined ? 0 : 1) - (y.version === undefined ? 0 : 1)
    }
    return compareVersions(scheme, x.version, y.version) || KIND_ORDER[x.kind] - KIND_ORDER[y.kind]
  })
  let vulnerable = false
  for (const e of events) {
    if (e.kind === 'introduced' && e.cmp >= 0) vulnerable = true
    else if (e.kind === 'fixed' && e.cmp >= 0) vulnerable = false
    else if (e.kind === 'last_affected' && e.cmp > 0) vulnerable = false
  }
  return vulnerable
}
