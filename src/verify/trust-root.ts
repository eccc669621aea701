import { readFileSync } from 'node:fs'
import { createPublicKey } from 'node:crypto'
import { X509Certificate } from '@sigstore/core'
import { TrustedRoot } from '@sigstore/protobuf-specs'
import seeds from '@sigstore/tuf/seeds.json' with { type: 'json' }
import { ActionError, describeError } from '../errors'
import { isJsonObject, type JsonObject } from '../json'
import { log } from '../log'
import { isStrictBase64 } from './encoding'
import { TUF_MIRRORS, tufTarget, type TufInstance } from './tuf'

const TRUSTED_ROOT_MEDIA_TYPE = /^application\/vnd\.dev\.sigstore\.trustedroot(\.v\d+\.\d+)?\+json/
const TRUSTED_ROOT_TARGET = 'trusted_root.json'

/** A trusted root that passed validation, and where it came from (for messages and the report). */
export interface LoadedTrustRoot {
  root: TrustedRoot
  source: string
}

export interface TrustRootOptions {
  /** Path of a trusted_root.json; when set, only it is trusted. */
  path?: string
  /** Which instance's root to fetch when no path is given (default public-good). */
  instance?: TufInstance
  /** Skip the network: public-good's embedded root, GitHub's root from the TUF cache. */
  offline?: boolean
}

/**
 * The trust root for verification: the given file, else the instance's root through TUF.
 * When TUF is unreachable (or offline), public-good falls back to the copy embedded in
 * @sigstore/tuf, and GitHub's instance to what an earlier run left in the TUF cache; GitHub
 * publishes its trusted_root.json only through its TUF repository, so without either it
 * fails closed.
 */
export async function resolveTrustRoot(options: TrustRootOptions): Promise<LoadedTrustRoot> {
  if (options.path) return loadTrustRootFile(options.path)
  if (options.instance === 'github') return githubRoot(Boolean(options.offline))
  if (options.offline) return embeddedPublicGoodRoot()
  try {
    return await fromTuf('public-good', false)
  } catch (error) {
    if (error instanceof ActionError) throw error
    log.notice(
      `the public-good trust root could not be refreshed through TUF (${describeError(error)}); ` +
        'using the copy embedded in this action'
    )
    return embeddedPublicGoodRoot()
  }
}

async function githubRoot(offline: boolean): Promise<LoadedTrustRoot> {
  let reason = 'offline is set'
  if (!offline)
    try {
      return await fromTuf('github', false)
    } catch (error) {
      if (error instanceof ActionError) throw error
      reason = describeError(error)
    }
  try {
    const cached = await fromTuf('github', true)
    log.notice(
      `GitHub's trust root could not be refreshed from ${TUF_MIRRORS.github} (${reason}); ` +
        'using the copy cached by an earlier run'
    )
    return cached
  } catch (error) {
    if (error instanceof ActionError) throw error
    throw new ActionError(
      'NETWORK_ERROR',
      `GitHub's trust root could not be fetched from ${TUF_MIRRORS.github} (${reason}) and no ` +
        'earlier copy is cached',
      {
        hint:
          'Allow the runner to reach tuf-repo.github.com, or give "trusted-root" (e.g. from ' +
          '"gh attestation trusted-root --tuf-url https://tuf-repo.github.com --tuf-root <root.json>")'
      }
    )
  }
}

async function fromTuf(instance: TufInstance, cached: boolean): Promise<LoadedTrustRoot> {
  const source = `${instance} (TUF${cached ? ' cache' : ''})`
  const json: unknown = JSON.parse(await tufTarget(instance, TRUSTED_ROOT_TARGET, cached))
  return { root: validateTrustedRoot(json, source), source }
}

export function loadTrustRootFile(path: string): LoadedTrustRoot {
  let json: unknown
  try {
    json = JSON.parse(readFileSync(path, 'utf8'))
  } catch (error) {
    throw new ActionError('TRUST_ROOT_INVALID', `trusted root ${path}: ${describeError(error)}`, {
      hint: 'Give the path of a trusted_root.json (Sigstore TrustedRoot, JSON)'
    })
  }
  return { root: validateTrustedRoot(json, path), source: path }
}

/** The public-good trusted_root.json shipped inside @sigstore/tuf (seeds.json, base64). */
export function embeddedPublicGoodRoot(): LoadedTrustRoot {
  const source = 'public-good (embedded)'
  const encoded = (seeds as Record<string, { targets?: Record<string, string> }>)[
    TUF_MIRRORS['public-good']
  ]?.targets?.[TRUSTED_ROOT_TARGET]
  if (!encoded)
    throw new ActionError('TRUST_ROOT_INVALID', 'no embedded public-good trusted root found', {
      hint: 'Give "trusted-root" explicitly'
    })
  const json: unknown = JSON.parse(Buffer.from(encoded, 'base64').toString('utf8'))
  return { root: validateTrustedRoot(json, source), source }
}

/**
 * Checks the parts of a trusted root that verification relies on and that the
 * library silently defaults: every key and CA needs a validity start (a missing
 * start would make it trusted since the beginning of time), parseable key and
 * certificate bytes, and a log ID.
 */
export function validateTrustedRoot(json: unknown, source: string): TrustedRoot {
  const problems: string[] = []
  if (!isJsonObject(json)) throw invalid(source, ['not a JSON object'])
  if (typeof json.mediaType !== 'string' || !TRUSTED_ROOT_MEDIA_TYPE.test(json.mediaType))
    problems.push(`mediaType ${JSON.stringify(json.mediaType)} is not a Sigstore trusted root`)
  for (const field of ['tlogs', 'ctlogs'] as const) {
    arrayField(json, field, problems).forEach((log, i) =>
      checkTransparencyLog(log, `${field}[${i}]`, problems)
    )
  }
  for (const field of ['certificateAuthorities', 'timestampAuthorities'] as const) {
    arrayField(json, field, problems).forEach((ca, i) =>
      checkCertificateAuthority(ca, `${field}[${i}]`, problems)
    )
  }
  if (problems.length > 0) throw invalid(source, problems)
  try {
    return TrustedRoot.fromJSON(json)
  } catch (error) {
    throw invalid(source, [describeError(error)])
  }
}

function checkTransparencyLog(value: unknown, at: string, problems: string[]): void {
  if (!isJsonObject(value)) return void problems.push(`${at} is not an object`)
  const name = typeof value.baseUrl === 'string' ? `${at} (${value.baseUrl})` : at
  const key = value.publicKey
  if (!isJsonObject(key)) return void problems.push(`${name} has no publicKey`)
  if (typeof key.rawBytes !== 'string' || !isStrictBase64(key.rawBytes))
    problems.push(`${name} publicKey.rawBytes is missing or not base64`)
  else {
    const der = Buffer.from(key.rawBytes, 'base64')
    if (!(['spki', 'pkcs1'] as const).some(type => parsesAsKey(der, type)))
      problems.push(`${name} publicKey.rawBytes is not a public key`)
  }
  checkValidity(key.validFor, `${name} publicKey.validFor`, problems)
  const logId = value.logId
  if (!isJsonObject(logId) || typeof logId.keyId !== 'string' || !isStrictBase64(logId.keyId))
    problems.push(`${name} has no logId.keyId`)
}

function parsesAsKey(der: Buffer, type: 'spki' | 'pkcs1'): boolean {
  try {
    createPublicKey({ key: der, format: 'der', type })
    return true
  } catch {
    return false
  }
}

function checkCertificateAuthority(value: unknown, at: string, problems: string[]): void {
  if (!isJsonObject(value)) return void problems.push(`${at} is not an object`)
  const name = typeof value.uri === 'string' ? `${at} (${value.uri})` : at
  const certificates = isJsonObject(value.certChain) ? value.certChain.certificates : undefined
  if (!Array.isArray(certificates) || certificates.length === 0)
    problems.push(`${name} has no certChain.certificates`)
  else
    certificates.forEach((cert: unknown, i) => {
      const raw = isJsonObject(cert) ? cert.rawBytes : undefined
      try {
        if (typeof raw !== 'string' || !isStrictBase64(raw)) throw new Error('not base64')
        X509Certificate.parse(Buffer.from(raw, 'base64'))
      } catch {
        problems.push(`${name} certChain.certificates[${i}] is not a DER certificate`)
      }
    })
  checkValidity(value.validFor, `${name} validFor`, problems)
}

function checkValidity(value: unknown, at: string, problems: string[]): void {
  if (!isJsonObject(value) || value.start === undefined || value.start === null)
    return void problems.push(
      `${at}.start is missing (a key or CA must say since when it is valid)`
    )
  const start = parseTime(value.start)
  if (start === undefined) return void problems.push(`${at}.start is not an RFC 3339 time`)
  if (value.end === undefined || value.end === null) return
  const end = parseTime(value.end)
  if (end === undefined) problems.push(`${at}.end is not an RFC 3339 time`)
  else if (end < start) problems.push(`${at}.end is before its start`)
}

function parseTime(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined
  const time = Date.parse(value)
  return Number.isNaN(time) ? undefined : time
}

function arrayField(json: JsonObject, field: string, problems: string[]): unknown[] {
  const value = json[field]
  if (value === undefined) return []
  if (!Array.isArray(value)) {
    problems.push(`${field} is not an array`)
    return []
  }
  return value
}

function invalid(source: string, problems: string[]): ActionError {
  return new ActionError(
    'TRUST_ROOT_INVALID',
    `trusted root ${source} is invalid: ${problems.join('; ')}`,
    { hint: "Use the instance's published trusted_root.json unmodified" }
  )
}
