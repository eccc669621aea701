import { readFileSync, statSync } from 'node:fs'
import { ActionError, describeError } from '../errors'
import { isJsonObject, type JsonObject } from '../json'

/**
 * Sigstore's SigningConfig v0.2 (protobuf-specs `sigstore_trustroot.proto`): which Fulcio,
 * Rekor and timestamp authorities a client signs with. Parsed by hand rather than with the
 * generated `SigningConfig.fromJSON`, which silently defaults missing fields (a service
 * without a validity start, a selector of 0); here each of those is an error.
 */
export const SIGNING_CONFIG_MEDIA_TYPE = 'application/vnd.dev.sigstore.signingconfig.v0.2+json'

export type Selector = 'ALL' | 'ANY' | 'EXACT'

export interface Service {
  url: string
  majorApiVersion: number
  validFor: { start: Date; end?: Date }
  operator: string
}

export interface ServiceConfiguration {
  selector: Selector
  /** Only with EXACT. */
  count?: number
}

export interface SigningConfigDoc {
  caUrls: Service[]
  rekorTlogUrls: Service[]
  rekorTlogConfig?: ServiceConfiguration
  tsaUrls: Service[]
  tsaConfig?: ServiceConfiguration
}

/** A transparency log to write to, and which Rekor API it speaks. */
export interface LogService {
  url: string
  majorApiVersion: 1 | 2
}

export interface SelectedServices {
  fulcioURL?: string
  tlogs: LogService[]
  tsaURLs: string[]
}

/** The newest API version this action speaks per service (Rekor v2 since @sigstore/sign 5). */
const MAX_VERSION = { ca: 1, tlog: 2, tsa: 1 } as const
/** A signing config is a few KiB; anything far larger is not one. */
const MAX_BYTES = 256 * 1024
const MAX_SERVICES = 64

/** Reads and validates a signing config file (the `signing-config` input). */
export function readSigningConfigFile(path: string): SigningConfigDoc {
  let text: string
  try {
    if (statSync(path).size > MAX_BYTES) throw new Error(`larger than ${MAX_BYTES} bytes`)
    text = readFileSync(path, 'utf8')
  } catch (error) {
    throw invalid(path, [describeError(error)])
  }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    throw invalid(path, [`not JSON (${describeError(error)})`])
  }
  return parseSigningConfig(json, path)
}

export function parseSigningConfig(json: unknown, source: string): SigningConfigDoc {
  const problems: string[] = []
  if (!isJsonObject(json)) throw invalid(source, ['not a JSON object'])
  if (json.mediaType !== SIGNING_CONFIG_MEDIA_TYPE)
    problems.push(
      `mediaType ${JSON.stringify(json.mediaType)} is not ${SIGNING_CONFIG_MEDIA_TYPE} ` +
        '(v0.1 signing configs are not read: they carry no API versions or validity)'
    )
  const doc: SigningConfigDoc = {
    caUrls: services(json, 'caUrls', problems),
    rekorTlogUrls: services(json, 'rekorTlogUrls', problems),
    rekorTlogConfig: configuration(json, 'rekorTlogConfig', problems),
    tsaUrls: services(json, 'tsaUrls', problems),
    tsaConfig: configuration(json, 'tsaConfig', problems)
  }
  if (doc.rekorTlogUrls.length > 0 && !doc.rekorTlogConfig)
    problems.push('rekorTlogUrls is set without rekorTlogConfig')
  if (doc.tsaUrls.length > 0 && !doc.tsaConfig) problems.push('tsaUrls is set without tsaConfig')
  if (problems.length > 0) throw invalid(source, problems)
  return doc
}

/**
 * Picks the services as the spec says: per kind, only services this client speaks (API
 * version), valid now (inclusive), of the highest such version, newest start first; Rekor
 * logs and TSAs then by their selector, at most one per operator. Fulcio: exactly one.
 */
export function pickServices(
  doc: SigningConfigDoc,
  source: string,
  now = new Date()
): SelectedServices {
  const ca = candidates(doc.caUrls, MAX_VERSION.ca, now)[0]
  const tlogs = pick(doc.rekorTlogUrls, doc.rekorTlogConfig, MAX_VERSION.tlog, now, 'Rekor', source)
  const tsas = pick(doc.tsaUrls, doc.tsaConfig, MAX_VERSION.tsa, now, 'timestamp', source)
  return {
    fulcioURL: ca?.url.replace(/\/+$/, ''),
    tlogs: tlogs.map(s => ({
      url: s.url.replace(/\/+$/, ''),
      majorApiVersion: s.majorApiVersion as 1 | 2
    })),
    tsaURLs: tsas.map(s => s.url)
  }
}

/** A config equal to explicit URLs (the fulcio-url / rekor-url / tsa-url inputs). */
export function signingConfigFromURLs(urls: {
  fulcioURL?: string
  rekorURL?: string
  rekorVersion?: 1 | 2
  tsaURL?: string
}): SigningConfigDoc {
  const service = (url: string, majorApiVersion: number): Service => ({
    url,
    majorApiVersion,
    validFor: { start: new Date(0) },
    operator: new URL(url).host
  })
  return {
    caUrls: urls.fulcioURL ? [service(urls.fulcioURL, 1)] : [],
    rekorTlogUrls: urls.rekorURL ? [service(urls.rekorURL, urls.rekorVersion ?? 1)] : [],
    rekorTlogConfig: urls.rekorURL ? { selector: 'ANY' } : undefined,
    tsaUrls: urls.tsaURL ? [service(urls.tsaURL, 1)] : [],
    tsaConfig: urls.tsaURL ? { selector: 'ANY' } : undefined
  }
}

/** Valid now, spoken by this client, of the highest such version, newest start first. */
function candidates(list: Service[], maxVersion: number, now: Date): Service[] {
  const usable = list.filter(
    s =>
      s.majorApiVersion >= 1 &&
      s.majorApiVersion <= maxVersion &&
      s.validFor.start <= now &&
      (!s.validFor.end || now <= s.validFor.end)
  )
  const top = Math.max(0, ...usable.map(s => s.majorApiVersion))
  return usable
    .filter(s => s.majorApiVersion === top)
    .sort((a, b) => b.validFor.start.getTime() - a.validFor.start.getTime())
}

function pick(
  list: Service[],
  config: ServiceConfiguration | undefined,
  maxVersion: number,
  now: Date,
  what: string,
  source: string
): Service[] {
  if (!config || list.length === 0) return []
  // At most one per operator, the newest: an operator's logs count once toward any threshold.
  const perOperator: Service[] = []
  for (const service of candidates(list, maxVersion, now))
    if (!perOperator.some(s => s.operator === service.operator)) perOperator.push(service)
  const wanted =
    config.selector === 'ANY' ? 1 : config.selector === 'EXACT' ? (config.count ?? 0) : undefined
  if (perOperator.length === 0 || (wanted !== undefined && perOperator.length < wanted))
    throw new ActionError(
      'INPUT_INVALID',
      `signing config ${source}: ${config.selector}${wanted && wanted > 1 ? ` ${wanted}` : ''} ` +
        `${what} service(s) requested, ${perOperator.length} usable (valid now, API version ` +
        `1–${maxVersion}, one per operator)`,
      { hint: 'Use a current signing config for the instance' }
    )
  return wanted === undefined ? perOperator : perOperator.slice(0, wanted)
}

function services(json: JsonObject, field: string, problems: string[]): Service[] {
  const value = json[field]
  if (value === undefined) return []
  if (!Array.isArray(value) || value.length > MAX_SERVICES) {
    problems.push(`${field} is not an array of at most ${MAX_SERVICES} services`)
    return []
  }
  const parsed: Service[] = []
  value.forEach((entry: unknown, i) => {
    const at = `${field}[${i}]`
    if (!isJsonObject(entry)) return void problems.push(`${at} is not an object`)
    const url = typeof entry.url === 'string' ? entry.url : ''
    if (!/^https?:\/\/[^/]/.test(url)) problems.push(`${at}.url is not an http(s) URL`)
    const version = entry.majorApiVersion
    if (typeof version !== 'number' || !Number.isInteger(version) || version < 0)
      problems.push(`${at}.majorApiVersion is missing or not a whole number`)
    const operator = typeof entry.operator === 'string' ? entry.operator : ''
    if (!operator) problems.push(`${at}.operator is missing`)
    const validFor = isJsonObject(entry.validFor) ? entry.validFor : {}
    const start = time(validFor.start)
    const end = validFor.end === undefined ? undefined : time(validFor.end)
    if (!start) problems.push(`${at}.validFor.start is missing or not an RFC 3339 time`)
    if (validFor.end !== undefined && !end) problems.push(`${at}.validFor.end is not a time`)
    if (start && end && end < start) problems.push(`${at}.validFor.end is before its start`)
    if (start)
      parsed.push({ url, majorApiVersion: Number(version), validFor: { start, end }, operator })
  })
  return parsed
}

function configuration(json: JsonObject, field: string, problems: string[]) {
  const value = json[field]
  if (value === undefined) return undefined
  if (!isJsonObject(value)) return void problems.push(`${field} is not an object`)
  const selector = value.selector
  if (selector !== 'ALL' && selector !== 'ANY' && selector !== 'EXACT')
    return void problems.push(`${field}.selector must be ALL, ANY or EXACT`)
  if (selector !== 'EXACT') return { selector } satisfies ServiceConfiguration
  const count = value.count
  if (typeof count !== 'number' || !Number.isInteger(count) || count < 1)
    return void problems.push(`${field}.count must be a whole number above 0 with EXACT`)
  return { selector, count } satisfies ServiceConfiguration
}

function time(value: unknown): Date | undefined {
  if (typeof value !== 'string') return undefined
  const parsed = Date.parse(value)
  return Number.isNaN(parsed) ? undefined : new Date(parsed)
}

function invalid(source: string, problems: string[]): ActionError {
  return new ActionError(
    'INPUT_INVALID',
    `signing config ${source} is invalid: ${problems.join('; ')}`,
    {
      hint: 'Give a Sigstore signing_config.json (v0.2), e.g. the instance\'s published one or one from "cosign signing-config create"'
    }
  )
}
