import { compare, valid } from '@renovatebot/pep440'
import { checkLength, InvalidVersionError } from './error'

/**
 * PEP 440 (Python) versions through `@renovatebot/pep440`: epochs, pre-, post- and
 * dev-releases, local versions, and the spelling variants pip normalises.
 */
function check(version: string): string {
  checkLength('pep440', version)
  if (valid(version.trim()) === null) {
    throw new InvalidVersionError('pep440', version, 'see PEP 440 for the version scheme')
  }
  return version.trim()
}

export function comparePep440(a: string, b: string): number {
  return Math.sign(compare(check(a), check(b)))
}
