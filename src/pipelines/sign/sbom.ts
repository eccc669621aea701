// SBOM: each subject's SBOM (generated, from BuildKit, or a file), the plan of what gets
// signed, and the SBOM files in the output directory.
import { join } from 'node:path'
import type { SignConfig } from '../../config'
import { ActionError } from '../../errors'
import { writeFileAtomic, type OutputDir } from '../../files'
import {
  RegistryClient,
  buildxAttestations,
  type Image,
  type Reference,
  type Target
} from '../../oci'
import { BUILDX_SBOM_HINT, buildxSbom, generateSbom, loadSbomFile, type Sbom } from '../../sbom'
import {
  PredicateJSON,
  imageStatement,
  provenanceStatement,
  serializeStatement,
  signatureStatement
} from '../../sign'
import { onIndex, type SignRun, type Subject, type Item } from './items'

/**
 * `sbom: buildx`: each platform's SBOM from the BuildKit attestation manifest beside it in
 * the index. Fails, naming the image and platform, when one has none.
 */
export async function buildxSboms(
  client: RegistryClient,
  ref: Reference,
  target: Target,
  subjects: Subject[],
  sign: SignConfig
): Promise<Map<string, Sbom>> {
  const image = `${ref.name}@${target.digest}`
  if (target.kind !== 'index')
    throw new ActionError(
      'SBOM_INVALID',
      `"sbom: buildx": ${image} is a single image manifest, without BuildKit attestations`,
      { hint: BUILDX_SBOM_HINT }
    )
  const attestations = await buildxAttestations(
    client,
    ref,
    target.index,
    subjects.map(s => s.digest)
  )
  const sboms = new Map<string, Sbom>()
  for (const subject of subjects.filter(s => s.image)) {
    const where = `${image} (${subject.platform})`
    const attestation = attestations.find(a => a.describes === subject.digest)
    if (!attestation)
      throw new ActionError(
        'SBOM_INVALID',
        `"sbom: buildx": ${where} has no BuildKit attestation manifest`,
        { hint: BUILDX_SBOM_HINT }
      )
    sboms.set(
      subject.digest,
      await buildxSbom(client, ref, attestation, where, sign.maxPredicateSize)
    )
  }
  return sboms
}

/** Signatures on every subject; an SBOM per image (per platform for an index); provenance on top. */
export async function planItems(
  config: SignRun,
  ref: Reference,
  subjects: Subject[],
  buildx?: Map<string, Sbom>
): Promise<Item[]> {
  const sign = config.sign
  const items: Item[] = []
  const images = subjects.filter(s => s.image)
  const fileSbom = sign.sbom.kind === 'file' ? await loadSbomFile(sign.sbom.path) : undefined
  // A given SBOM file describes what the user pointed at: the top-level manifest.
  const sbomSubjects = fileSbom
    ? [subjects[0] as Subject]
    : sign.sbom.kind === 'generate' || buildx
      ? images
      : []
  for (const subject of sbomSubjects) {
    const sbom =
      fileSbom ??
      buildx?.get(subject.digest) ??
      (await generateSbom(subject.image as Image, { format: sign.sbomFormat, imageName: ref.name }))
    if (sbom.bytes.length > sign.maxPredicateSize)
      throw new ActionError(
        'SBOM_INVALID',
        `the SBOM${subject.platform ? ` of ${subject.platform}` : ''} is ${sbom.bytes.length} bytes, ` +
          `over "max-predicate-size" (${sign.maxPredicateSize})`,
        {
          hint:
            'Transparency logs reject such entries. Raise "max-predicate-size" if your log ' +
            'accepts them (or with "sigstore: github", which has no log), or use "sbom: none"'
        }
      )
    const statement = imageStatement(
      ref.name,
      subject.digest,
      sbom.predicateType,
      new PredicateJSON(sbom.bytes)
    )
    // Serialised here, once, and the SBOM bytes become a view into the statement: the SBOM
    // is then held once, for the files, the scan and the signing alike.
    const payload = serializeStatement(statement)
    sbom.bytes = payload.subarray(payload.length - 1 - sbom.bytes.length, payload.length - 1)
    statement.predicate = new PredicateJSON(sbom.bytes)
    items.push({ kind: 'sbom', subject, sbom, statement, payload })
  }
  // Each platform's SBOM also on the index, for those who verify the digest they were given.
  const top = subjects[0] as Subject
  for (const item of items.filter(i => i.subject !== top && i.sbom)) {
    const { subject, sbom } = item as Item & { sbom: Sbom }
    items.push(
      onIndex('sbom', ref, top, subject, sbom.predicateType, new PredicateJSON(sbom.bytes))
    )
  }
  if (sign.provenance) {
    items.push({
      kind: 'provenance',
      subject: top,
      statement: provenanceStatement(ref.name, top.digest)
    })
  }
  // Children before the index, attestations before signatures: a failure part-way never
  // leaves a signed image whose SBOM is missing.
  for (const subject of [...subjects.slice(1), subjects[0] as Subject])
    items.push({ kind: 'signature', subject, statement: signatureStatement(subject.digest) })
  return items
}

/**
 * What the run writes to the output directory, roughly: each SBOM file, and per bundle its
 * statement base64-encoded (4/3 of the SBOM it carries) plus 16 KiB of certificate, log entry
 * and JSON around it.
 */
export function estimateOutputBytes(items: Item[]): number {
  let bytes = 0
  for (const item of items) {
    bytes += item.sbom?.bytes.length ?? 0
    const described = item.describes && items.find(i => i.subject === item.describes && i.sbom)
    const predicate = (item.sbom ?? described?.sbom)?.bytes.length ?? 0
    bytes += Math.ceil((predicate * 4) / 3) + 16 * 1024
  }
  return bytes
}

export async function writeSboms(dir: OutputDir, items: Item[]): Promise<string[]> {
  const paths: string[] = []
  for (const item of items) {
    if (!item.sbom) continue
    const suffix = item.subject.platform ? `-${item.subject.platform.replace(/\//g, '-')}` : ''
    const extension = item.sbom.format === 'spdx-json' ? 'spdx' : 'cdx'
    const path = join(dir.path, `sbom${suffix}.${extension}.json`)
    await writeFileAtomic(path, item.sbom.bytes, dir.origin)
    paths.push(path)
  }
  return paths
}
