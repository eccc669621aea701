import {
  compareVersions,
  InvalidVersionError,
  type VersionScheme
} from '../../../../src/vuln/versions'

/**
 * Checks for the known-order tables (tables-*.test.ts): each table is taken from the test suite
 * or the documentation of the project whose rules the scheme follows (noted per table),
 * written as facts in our own form.
 */
export type Case = [string, '<' | '=' | '>', string]

const SIGN = { '<': -1, '=': 0, '>': 1 } as const

export function checkCases(scheme: VersionScheme, cases: Case[]): void {
  const wrong = cases.filter(([a, op, b]) => {
    return compareVersions(scheme, a, b) !== SIGN[op] || compareVersions(scheme, b, a) !== -SIGN[op]
  })
  expect(wrong).toEqual([])
}

/** Each version below every later one (`=` groups: equal versions in one string, `a = b`). */
export function checkOrder(scheme: VersionScheme, ordered: string[]): void {
  const cases: Case[] = []
  const groups = ordered.map(g => g.split(' = '))
  groups.forEach((group, i) => {
    for (const a of group) {
      for (const b of group) cases.push([a, '=', b])
      for (const later of groups.slice(i + 1)) for (const b of later) cases.push([a, '<', b])
    }
  })
  checkCases(scheme, cases)
}

export function checkInvalid(scheme: VersionScheme, versions: string[]): void {
  const accepted = versions.filter(v => {
    try {
      compareVersions(scheme, v, v)
      return true
    } catch (error) {
      if (error instanceof InvalidVersionError) return false
      throw error
    }
  })
  expect(accepted).toEqual([])
}
