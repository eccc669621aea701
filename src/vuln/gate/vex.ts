import { readFile, stat } from 'node:fs/promises'
import { PackageURL } from 'packageurl-js'
import { ActionError } from '../../errors'
import { isJsonObject } from '../../json'

/**
 * OpenVEX 0.2.0 documents (https://github.com/openvex/spec): statements that a vulnerability
 * does or does not affect a product, which the gate uses to set findings aside. The file is the
 * user's, but it may be generated or fetched: it is bounded and checked before anything in it
 * counts, and a document that breaks the specification is an error, never half-read.
 */

export const VEX_CONTEXT = 'https://openvex.dev/ns/v0.2.0'
export const MAX_VEX_BYTES = 8 * 1024 * 1024
export const MAX_VEX_STATEMENTS = 10_000
/** Products and subcomponents over all statements. */
export const MAX_VEX_PRODUCTS = 100_000

export const VEX_STATUSES = ['not_affected', 'affected', 'fixed', 'under_investigation'] as const
export type VexStatus = (typeof VEX_STATUSES)[number]

/** OpenVEX 0.2.0 §Status Justifications. */
const JUSTIFICATIONS = new Set([
  'component_not_present',
  'vulnerable_code_not_present',
  'vulnerable_code_not_in_execute_path',
  'vulnerable_code_cannot_be_controlled_by_adversary',
  'inline_mitigations_already_exist'
])

/** A product or subcomponent as the gate matches it. */
export interface VexProduct {
  /** `@id` as written (or `identifiers.purl` when there is no `@id`). */
  id: string
  /** Parsed when the identifier is a purl (other than `pkg:oci`). */
  purl?: PurlKey
  /** The image digest when the identifier names an image by digest (`pkg:oci/…@sha256:…`, `repo@sha256:…`). */
  digest?: string
  subcomponents: VexProduct[]
}

export interface VexStatement {
  /** `vulnerability.name` and its aliases, lower-cased. */
  vulnerabilities: string[]
  products: VexProduct[]
  status: VexStatus
  justification?: string
  impactStatement?: string
  /** When the statement was made (its own timestamp, else the document's), in ms since the epoch. */
  timestamp: number
  /** Position in the document: among statements of one time, the later one wins. */
  index: number
}

export interface VexDocument {
  path: string
  statements: VexStatement[]
}

/** The parts of a purl that identify a package version; qualifiers and subpath do not. */
export interface PurlKey {
  type: string
  namespace?: string
  name: string
  version?: string
}

/** A purl's identifying parts in the normal form of its type, or undefined when it is not a purl. */
export function purlKey(text: string): PurlKey | undefined {
  try {
    return keyOf(PackageURL.fromString(text))
  } catch {
    return undefined
  }
}

function keyOf(purl: PackageURL): PurlKey {
  return {
    type: purl.type,
    ...(purl.namespace ? { namespace: purl.namespace } : {}),
    name: purl.name,
    ...(purl.version ? { version: purl.version } : {})
  }
}

/**
 * Whether a product's purl names a package: same type, namespace and name, and the same version
 * unless the product gives none (then it speaks of every version, as OpenVEX specifies).
 */
export function purlMatches(product: PurlKey, pkg: PurlKey): boolean {
  return (
    product.type === pkg.type &&
    product.namespace === pkg.namespace &&
    product.name === pkg.name &&
    (product.version === undefined || product.version === pkg.version)
  )
}

const DIGEST = /^sha(256:[a-f0-9]{64}|384:[a-f0-9]{96}|512:[a-f0-9]{128})$/

/** The image digest an identifier names: `pkg:oci/name@sha256:…`, `registry/repo@sha256:…` or a bare digest. */
function imageDigest(id: string, purl: PackageURL | undefined): string | undefined {
  if (purl)
    return purl.type === 'oci' && purl.version && DIGEST.test(purl.version)
      ? purl.version
      : undefined
  const digest = id.includes('@') ? id.slice(id.lastIndexOf('@') + 1) : id
  return DIGEST.test(digest) ? digest : undefined
}

/** Reads and checks an OpenVEX 0.2.0 document. Errors name the file and what is wrong with it. */
export async function loadVex(path: string): Promise<VexDocument> {
  const invalid = (what: string) =>
    new ActionError('INPUT_INVALID', `VEX document ${path}: ${what}`, {
      hint: `Give an OpenVEX ${VEX_CONTEXT.slice(VEX_CONTEXT.lastIndexOf('/') + 1)} JSON document (https://github.com/openvex/spec)`
    })
  let size: number
  try {
    const info = await stat(path)
    if (!info.isFile()) throw new Error('not a file')
    size = info.size
  } catch (error) {
    throw new ActionError(
      'INPUT_INVALID',
      `VEX document ${path} cannot be read: ${(error as Error).message}`,
      {
        cause: error
      }
    )
  }
  if (size > MAX_VEX_BYTES) throw invalid(`${size} bytes is more than the ${MAX_VEX_BYTES} allowed`)
  let document: unknown
  try {
    document = JSON.parse(await readFile(path, 'utf8'))
  } catch (error) {
    throw invalid(`not JSON (${(error as Error).message})`)
  }
  return { path, statements: parseVex(document, invalid) }
}

type Invalid = (what: string) => ActionError

const optionalString = (value: unknown): string | undefined =>
  typeof value === 'string' && value !== '' ? value : undefined

function parseVex(document: unknown, invalid: Invalid): VexStatement[] {
  if (!isJsonObject(document)) throw invalid('not a JSON object')
  if (document['@context'] !== VEX_CONTEXT)
    throw invalid(
      `"@context" is ${JSON.stringify(document['@context'])?.slice(0, 100)}, not "${VEX_CONTEXT}"`
    )
  const documentTime = timestampOf(document.timestamp, 'the document', invalid)
  const statements = document.statements
  if (!Array.isArray(statements)) throw invalid('"statements" is not a list')
  if (statements.length > MAX_VEX_STATEMENTS)
    throw invalid(`${statements.length} statements is more than the ${MAX_VEX_STATEMENTS} allowed`)
  const budget = { products: MAX_VEX_PRODUCTS }
  return statements.map((statement, index) =>
    parseStatement(statement, index, documentTime, budget, invalid)
  )
}

function timestampOf(value: unknown, where: string, invalid: Invalid): number | undefined {
  if (value === undefined) return undefined
  const time = typeof value === 'string' ? Date.parse(value) : NaN
  if (Number.isNaN(time))
    throw invalid(`${where} has a timestamp that is not a date: ${String(value).slice(0, 60)}`)
  return time
}

function parseStatement(
  statement: unknown,
  index: number,
  documentTime: number | undefined,
  budget: { products: number },
  invalid: Invalid
): VexStatement {
  const where = `statement ${index + 1}`
  if (!isJsonObject(statement)) throw invalid(`${where} is not an object`)
  const vulnerability = statement.vulnerability
  const name = isJsonObject(vulnerability) ? optionalString(vulnerability.name) : undefined
  if (!name || !isJsonObject(vulnerability)) throw invalid(`${where} has no vulnerability.name`)
  const aliases = vulnerability.aliases ?? []
  if (!Array.isArray(aliases) || aliases.length > 100 || !aliases.every(a => typeof a === 'string'))
    throw invalid(`${where}: vulnerability.aliases is not a list of at most 100 IDs`)
  const status = statement.status
  if (!VEX_STATUSES.includes(status as VexStatus))
    throw invalid(
      `${where} has status ${JSON.stringify(status)?.slice(0, 60)}, not one of ${VEX_STATUSES.join(', ')}`
    )
  const justification = optionalString(statement.justification)
  if (justification !== undefined && !JUSTIFICATIONS.has(justification))
    throw invalid(
      `${where} has justification "${justification.slice(0, 80)}", not one of ${[...JUSTIFICATIONS].join(', ')}`
    )
  const impactStatement = optionalString(statement.impact_statement)
  if (status === 'not_affected' && !justification && !impactStatement)
    throw invalid(`${where} says not_affected without a justification or impact_statement`)
  const timestamp = timestampOf(statement.timestamp, where, invalid) ?? documentTime
  if (timestamp === undefined)
    throw invalid(`${where} has no timestamp, and neither has the document`)
  if (!Array.isArray(statement.products) || statement.products.length === 0)
    throw invalid(`${where} names no products`)
  const products = statement.products.map(p => parseProduct(p, where, budget, invalid, true))
  return {
    vulnerabilities: [name, ...(aliases as string[])].map(id => id.toLowerCase()),
    products,
    status: status as VexStatus,
    ...(justification ? { justification } : {}),
    ...(impactStatement ? { impactStatement } : {}),
    timestamp,
    index
  }
}

function parseProduct(
  product: unknown,
  where: string,
  budget: { products: number },
  invalid: Invalid,
  top: boolean
): VexProduct {
  if (--budget.products < 0)
    throw invalid(`more than ${MAX_VEX_PRODUCTS} products and subcomponents`)
  if (!isJsonObject(product)) throw invalid(`${where} has a product that is not an object`)
  const identifiers = isJsonObject(product.identifiers) ? product.identifiers : {}
  const id = optionalString(product['@id']) ?? optionalString(identifiers.purl)
  if (!id) throw invalid(`${where} has a product without "@id" or identifiers.purl`)
  let parsed: PackageURL | undefined
  try {
    parsed = id.startsWith('pkg:') ? PackageURL.fromString(id) : undefined
  } catch {
    throw invalid(`${where}: product "${id.slice(0, 200)}" is not a valid purl`)
  }
  const digest = imageDigest(id, parsed)
  const subcomponents = product.subcomponents ?? []
  if (!Array.isArray(subcomponents))
    throw invalid(`${where}: subcomponents of "${id.slice(0, 200)}" is not a list`)
  if (!top && subcomponents.length > 0) throw invalid(`${where}: a subcomponent has subcomponents`)
  return {
    id,
    ...(parsed && !digest ? { purl: keyOf(parsed) } : {}),
    ...(digest ? { digest } : {}),
    subcomponents: subcomponents.map(s => parseProduct(s, where, budget, invalid, false))
  }
}
