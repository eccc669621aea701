import { open, type FileHandle } from 'node:fs/promises'
import { ActionError, type Hint } from '../errors'
import { bufferWithRoom, collectGarbage, releaseGarbage } from '../heap'
import { sha256Digest } from '../oci/digest'
import { summarise } from './summary'
import {
  CYCLONEDX_PREDICATE,
  SPDX_PREDICATE,
  sbomOfBytes,
  type Sbom,
  type SbomFields
} from './types'

/** Larger documents cannot be attested anyway (attestation stores cap well below this). */
const MAX_FILE_SIZE = 512 * 1024 * 1024

const FILE_HINT =
  'Pass a CycloneDX (1.2 or later) or SPDX 2.x JSON document, e.g. from "docker buildx build --sbom=true" or syft'

/** `what` names the document: `file PATH`, or the attestation it came from. */
const invalid = (what: string, why: string, hint: Hint = FILE_HINT): ActionError =>
  new ActionError('SBOM_INVALID', `SBOM ${what} ${why}`, { hint })

/**
 * Room kept around a supplied SBOM's bytes for the in-toto statement they are signed in: its
 * JSON before the predicate (type, subject name and digest, predicate type) and the closing
 * brace after it. The statement is then written around the bytes in place, not copied.
 */
const STATEMENT_ROOM = { before: 4096, after: 1 }

/**
 * Reads a user-supplied SBOM, checks it is CycloneDX or SPDX JSON, and keeps its bytes as they
 * are. The file is read twice: once as text, parsed, checked and summarised, and again, once
 * the text and the parsed document are let go, as the bytes that get signed (which must be
 * what was checked). A large SBOM is so never held as bytes, text and document at once.
 */
export async function loadSbomFile(path: string): Promise<Sbom> {
  const { file, regular } = await openSbomFile(path)
  try {
    // A pipe (process substitution, /dev/stdin) cannot be read again: read once, held while checked.
    if (!regular) {
      const bytes = withoutByteOrderMark(await readSbomFile(path, () => file.readFile()))
      return sbomOfBytes(checkText(bytes.toString('utf8'), path), bytes)
    }
    const checked = await checkSbomFile(file, path)
    releaseGarbage()
    const whole = bufferWithRoom(checked.length, STATEMENT_ROOM.before, STATEMENT_ROOM.after)
    const same = await readSbomFile(path, () => readExactly(file, whole))
    if (!same || sha256Digest(whole) !== checked.digest)
      throw invalid(`file ${path}`, 'changed while it was read', {
        action: 'Write the SBOM file before this step runs, not while it runs',
        cli: 'Write the SBOM file before signing, not while it is being signed'
      })
    return sbomOfBytes(checked.fields, withoutByteOrderMark(whole))
  } finally {
    await file.close()
  }
}

async function openSbomFile(path: string): Promise<{ file: FileHandle; regular: boolean }> {
  return readSbomFile(path, async () => {
    const file = await open(path, 'r')
    try {
      const stats = await file.stat()
      if (stats.size > MAX_FILE_SIZE)
        throw invalid(`file ${path}`, `is larger than ${MAX_FILE_SIZE} bytes`)
      return { file, regular: stats.isFile() }
    } catch (error) {
      await file.close()
      throw error
    }
  })
}

/**
 * The checks and summary, the size and digest of the bytes they were made from. The bytes
 * are let go once decoded: the text and the parsed document are held at once, and neither
 * after (see detachedFields).
 */
async function checkSbomFile(
  file: FileHandle,
  path: string
): Promise<{ fields: SbomFields; length: number; digest: string }> {
  const { text, length, digest } = await readText(file, path)
  collectGarbage()
  return { fields: checkText(text, path), length, digest }
}

function checkText(text: string, path: string): SbomFields {
  return detachedFields(sbomFromDocument(parseFile(text, path), Buffer.alloc(0), `file ${path}`))
}

async function readText(file: FileHandle, path: string) {
  const bytes = await readSbomFile(path, () => file.readFile())
  // A byte order mark is no JSON: the bytes are signed as the predicate, inside the statement.
  const text = withoutByteOrderMark(bytes).toString('utf8')
  return { text, length: bytes.length, digest: sha256Digest(bytes) }
}

/** Fills `buffer` from the start of the file; false when the file is not that long exactly. */
async function readExactly(file: FileHandle, buffer: Buffer): Promise<boolean> {
  for (let at = 0; at < buffer.length;) {
    const { bytesRead } = await file.read(buffer, at, buffer.length - at, at)
    if (bytesRead === 0) return false
    at += bytesRead
  }
  const { bytesRead } = await file.read(Buffer.alloc(1), 0, 1, buffer.length)
  return bytesRead === 0
}

/** `read()`, its I/O errors reported as an unreadable SBOM file. */
async function readSbomFile<T>(path: string, read: () => Promise<T>): Promise<T> {
  try {
    return await read()
  } catch (error) {
    if (error instanceof ActionError) throw error
    throw new ActionError(
      'SBOM_INVALID',
      `cannot read SBOM file ${path}: ${(error as Error).message}`,
      {
        hint: {
          action: 'Check the "sbom" input points at a file the job created',
          cli: 'Check that --sbom names an existing file'
        }
      }
    )
  }
}

function withoutByteOrderMark(bytes: Buffer): Buffer {
  return bytes.subarray(0, 3).equals(UTF8_BOM) ? bytes.subarray(3) : bytes
}

/**
 * What an SBOM keeps besides its bytes, copied out of the parsed text: strings parsed from a
 * large text may be slices of it, and one kept name must not pin the whole text.
 */
function detachedFields(sbom: Sbom): SbomFields {
  const { format, specVersion, predicateType, summary } = sbom
  return JSON.parse(JSON.stringify({ format, specVersion, predicateType, summary })) as SbomFields
}

const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf])

function parseFile(text: string, path: string): unknown {
  try {
    return JSON.parse(text)
  } catch (error) {
    throw invalid(`file ${path}`, `is not JSON (${(error as Error).message})`)
  }
}

/**
 * The SBOM a verified attestation carries as its predicate. `what` names the attestation
 * in errors; the bytes are the predicate as it was signed, re-serialised.
 */
export function sbomFromPredicate(predicate: unknown, what: string): Sbom {
  return sbomFromDocument(
    predicate,
    Buffer.from(JSON.stringify(predicate)),
    what,
    'The attestation was signed over this document: ask its signer for a CycloneDX or SPDX 2.x JSON SBOM'
  )
}

function sbomFromDocument(document: unknown, bytes: Buffer, what: string, hint?: string): Sbom {
  if (!document || typeof document !== 'object' || Array.isArray(document))
    throw invalid(what, 'is not a JSON object', hint)
  const doc = document as Record<string, unknown>
  if (doc.bomFormat === 'CycloneDX') {
    checkCycloneDx(what, doc, hint)
    return {
      format: 'cyclonedx-json',
      specVersion: doc.specVersion as string,
      document: doc,
      bytes,
      predicateType: CYCLONEDX_PREDICATE,
      summary: summarise(doc)
    }
  }
  if (typeof doc.spdxVersion === 'string') {
    const version = checkSpdx(what, doc, hint)
    return {
      format: 'spdx-json',
      specVersion: version,
      document: doc,
      bytes,
      predicateType: SPDX_PREDICATE,
      summary: summarise(doc)
    }
  }
  throw invalid(
    what,
    'is neither CycloneDX (no "bomFormat": "CycloneDX") nor SPDX (no "spdxVersion")',
    hint
  )
}

function checkCycloneDx(what: string, doc: Record<string, unknown>, hint?: string): void {
  const version = doc.specVersion
  if (typeof version !== 'string' || !/^1\.[2-7]$/.test(version)) {
    throw invalid(what, `has unsupported CycloneDX specVersion ${JSON.stringify(version)}`, hint)
  }
  if (doc.components !== undefined && !Array.isArray(doc.components))
    throw invalid(what, 'has "components" that is not an array', hint)
  const components = (doc.components as unknown[] | undefined) ?? []
  components.forEach((c, i) => {
    const comp = c as Record<string, unknown> | null
    if (
      !comp ||
      typeof comp !== 'object' ||
      typeof comp.name !== 'string' ||
      typeof comp.type !== 'string'
    ) {
      throw invalid(what, `has components[${i}] without a string "type" and "name"`, hint)
    }
  })
  if (doc.metadata !== undefined && (typeof doc.metadata !== 'object' || doc.metadata === null)) {
    throw invalid(what, 'has "metadata" that is not an object', hint)
  }
}

function checkSpdx(what: string, doc: Record<string, unknown>, hint?: string): string {
  const match = /^SPDX-(2\.\d)$/.exec(doc.spdxVersion as string)
  if (!match)
    throw invalid(
      what,
      `has unsupported spdxVersion ${JSON.stringify(doc.spdxVersion)} (SPDX 2.x JSON is supported)`,
      hint
    )
  for (const field of ['SPDXID', 'name', 'dataLicense'] as const) {
    if (typeof doc[field] !== 'string') throw invalid(what, `lacks the SPDX field "${field}"`, hint)
  }
  if (doc.packages !== undefined && !Array.isArray(doc.packages))
    throw invalid(what, 'has "packages" that is not an array', hint)
  ;((doc.packages as unknown[] | undefined) ?? []).forEach((p, i) => {
    const pkg = p as Record<string, unknown> | null
    if (
      !pkg ||
      typeof pkg !== 'object' ||
      typeof pkg.SPDXID !== 'string' ||
      typeof pkg.name !== 'string'
    ) {
      throw invalid(what, `has packages[${i}] without "SPDXID" and "name"`, hint)
    }
  })
  return match[1] as string
}
