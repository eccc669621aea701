// Outputs: the action's outputs and the job summary.
import { legacyTag } from '../../attach'
import type { Reference } from '../../oci'
import { sbomSummaryMarkdown, type Sbom } from '../../sbom'
import type { SignerIdentity, SigningKey, SigstoreServices } from '../../sign'
import { type Subject, type Item, LABEL } from './items'

function logEntry(item: Item | undefined, services: SigstoreServices) {
  const bundle = item?.signed ?? item?.legacySigned
  const entry = bundle?.bundle.verificationMaterial.tlogEntries?.[0]
  if (!entry) return undefined
  const log = services.tlogs[0]
  // Rekor v2 serves no entry API (its log is read as tiles); its entry is in the bundle.
  const url =
    log?.url === 'https://rekor.sigstore.dev'
      ? `https://search.sigstore.dev/?logIndex=${entry.logIndex}`
      : log?.majorApiVersion === 1
        ? `${log.url}/api/v1/log/entries?logIndex=${entry.logIndex}`
        : undefined
  return { index: entry.logIndex, url }
}

export function outputs(
  top: Subject,
  items: Item[],
  sbomPaths: string[],
  services: SigstoreServices
): Record<string, string> {
  const signature = items.find(i => i.kind === 'signature' && i.subject === top)
  const sbom = items.find(i => i.kind === 'sbom')
  const provenance = items.find(i => i.kind === 'provenance')
  const vuln = items.find(i => i.kind === 'vuln')
  const stored = [sbom, provenance, signature].find(i => i?.github)?.github
  const entry = logEntry(signature, services)
  const values: Record<string, string | undefined> = {
    digest: top.digest,
    'sbom-path': sbomPaths[0],
    'signature-bundle-path': signature?.bundlePath,
    'sbom-attestation-bundle-path': sbom?.bundlePath,
    'provenance-bundle-path': provenance?.bundlePath,
    'vulnerability-attestation-bundle-path': vuln?.bundlePath,
    'vulnerability-attestation-ref': vuln?.ref,
    'signature-ref': signature?.ref,
    'attestation-ref': sbom?.ref,
    'rekor-log-index': entry?.index,
    'rekor-entry-url': entry?.url,
    'attestation-id': stored?.id,
    'attestation-url': stored?.url
  }
  return Object.fromEntries(
    Object.entries(values).filter((e): e is [string, string] => e[1] !== undefined)
  )
}

export function summary(
  ref: Reference,
  items: Item[],
  identity: SignerIdentity | undefined,
  key: SigningKey | undefined,
  services: SigstoreServices,
  elapsed: number
): string {
  const signer = key
    ? `key \`${key.hint}\``
    : `\`${identity?.subjectAlternativeName}\` (${identity?.issuer})`
  const rows = items.map(item => {
    const subject = `\`${item.subject.digest.slice(0, 19)}…\`${item.subject.platform ? ` (${item.subject.platform})` : ''}`
    const where = [
      item.existingRef ? `already attached: \`${item.existingRef}\`` : undefined,
      !item.existingRef && item.ref && item.ref !== item.legacyRef
        ? `referrer \`${item.ref}\``
        : undefined,
      item.legacyRef
        ? `\`${legacyTag(item.subject.digest, item.kind === 'signature' ? 'sig' : 'att')}\` \`${item.legacyRef}\``
        : undefined,
      item.github ? `[GitHub attestation ${item.github.id}](${item.github.url})` : undefined
    ]
      .filter(Boolean)
      .join('<br>')
    const entry = logEntry(item, services)
    const logCell = entry ? (entry.url ? `[${entry.index}](${entry.url})` : entry.index) : '—'
    const label = `${LABEL[item.kind]}${item.describes ? ` of ${item.describes.platform}` : ''}`
    return `| ${label[0]?.toUpperCase()}${label.slice(1)} | ${subject} | ${where} | ${logCell} |`
  })
  const sboms = items
    .filter(i => i.sbom)
    .map(
      i =>
        `${i.subject.platform ? `**${i.subject.platform}**\n\n` : ''}${sbomSummaryMarkdown(i.sbom as Sbom)}`
    )
  return [
    `### Signed \`${ref.name}@${ref.digest}\``,
    '',
    `Signer: ${signer}. Sigstore: ${services.name}.`,
    '',
    '| What | Subject | Attached | Log |',
    '| --- | --- | --- | --- |',
    ...rows,
    '',
    items.every(i => i.existingRef)
      ? 'Nothing new was signed: all of it was attached already (`force: true` signs again).'
      : `Signed and attached in ${(elapsed / 1000).toFixed(1)} s.`,
    ...sboms.flatMap(sbom => ['', sbom])
  ].join('\n')
}
