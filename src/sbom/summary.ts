import { purlType } from './purl'
import { PROPERTY_PREFIX } from './tool'

/** What the job summary shows about an SBOM; computed from the document, so it works for supplied files too. */
export interface SbomSummary {
  packages: number
  /** purl type → count; `other` without a purl. */
  byEcosystem: Record<string, number>
  /** Most common licenses first (at most 10). */
  topLicenses: { license: string; count: number }[]
  /** e.g. `debian 12.5`. */
  os?: string
  /** Every package, in document order. */
  list: { name: string; version: string; ecosystem: string; licenses: string[] }[]
  /** What the document says cataloging left out (skipped.ts); absent for a complete one. */
  skipped?: string[]
}

type Json = Record<string, unknown>

const asArray = (value: unknown): Json[] =>
  Array.isArray(value) ? (value.filter(v => v && typeof v === 'object') as Json[]) : []
const asString = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : undefined

export function summarise(document: Json): SbomSummary {
  const list: SbomSummary['list'] = []
  let os: string | undefined
  let skipped: string[] = []
  if (document.bomFormat === 'CycloneDX') {
    skipped = cycloneDxSkipped(document)
    const visit = (components: Json[]): void => {
      for (const c of components) {
        if (c.type === 'operating-system') {
          os ??= [asString(c.name), asString(c.version)].filter(Boolean).join(' ')
        } else {
          const licenses = asArray(c.licenses)
            .map(
              l =>
                asString(l.expression) ??
                asString((l.license as Json | undefined)?.id) ??
                asString((l.license as Json | undefined)?.name)
            )
            .filter((l): l is string => Boolean(l))
          list.push({
            name: [asString(c.group), asString(c.name)].filter(Boolean).join('/'),
            version: asString(c.version) ?? '',
            ecosystem: (asString(c.purl) && purlType(asString(c.purl) as string)) || 'other',
            licenses
          })
        }
        visit(asArray(c.components))
      }
    }
    visit(asArray(document.components))
  } else {
    const comment = asString((document.creationInfo as Json | undefined)?.comment)
    if (comment?.startsWith(INCOMPLETE_SPDX)) skipped = comment.split('\n').slice(1)
    const described = new Set(
      Array.isArray(document.documentDescribes) ? document.documentDescribes : []
    )
    for (const r of asArray(document.relationships)) {
      if (r.relationshipType === 'DESCRIBES' && r.spdxElementId === 'SPDXRef-DOCUMENT')
        described.add(r.relatedSpdxElement)
    }
    for (const p of asArray(document.packages)) {
      if (described.has(p.SPDXID)) continue
      if (p.primaryPackagePurpose === 'OPERATING-SYSTEM') {
        os ??= [asString(p.name), asString(p.versionInfo)].filter(Boolean).join(' ')
        continue
      }
      const ref = asArray(p.externalRefs).find(r => r.referenceType === 'purl')
      const declared = asString(p.licenseDeclared)
      list.push({
        name: asString(p.name) ?? '',
        version: asString(p.versionInfo) ?? '',
        ecosystem:
          (asString(ref?.referenceLocator) &&
            purlType(asString(ref?.referenceLocator) as string)) ||
          'other',
        licenses: declared && declared !== 'NOASSERTION' && declared !== 'NONE' ? [declared] : []
      })
    }
  }
  return summarisePackages(list, os, skipped)
}

/** The first line of an SPDX creator comment listing what cataloging left out. */
export const INCOMPLETE_SPDX = 'Incomplete: cataloging left out:'
/** The CycloneDX metadata property naming one thing cataloging left out. */
export const SKIPPED_PROPERTY = `${PROPERTY_PREFIX}:skipped`

/** What a CycloneDX document says was left out: its skipped properties, or its composition. */
function cycloneDxSkipped(document: Json): string[] {
  const metadata = (document.metadata ?? {}) as Json
  const named = asArray(metadata.properties)
    .filter(p => p.name === SKIPPED_PROPERTY)
    .map(p => asString(p.value) ?? '')
  if (named.length > 0) return named
  const image = asString(((metadata.component ?? {}) as Json)['bom-ref'])
  const incomplete = asArray(document.compositions).some(
    c => c.aggregate === 'incomplete' && Array.isArray(c.assemblies) && c.assemblies.includes(image)
  )
  return incomplete ? ['the document marks its list of components incomplete'] : []
}

/** Counts and top licenses of a package list (in document order). */
export function summarisePackages(
  list: SbomSummary['list'],
  os: string | undefined,
  skipped: string[] = []
): SbomSummary {
  const byEcosystem: Record<string, number> = {}
  const licenseCount = new Map<string, number>()
  for (const p of list) {
    byEcosystem[p.ecosystem] = (byEcosystem[p.ecosystem] ?? 0) + 1
    for (const l of new Set(p.licenses)) licenseCount.set(l, (licenseCount.get(l) ?? 0) + 1)
  }
  const topLicenses = [...licenseCount]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, 10)
    .map(([license, count]) => ({ license, count }))
  return {
    packages: list.length,
    byEcosystem,
    topLicenses,
    ...(os ? { os } : {}),
    list,
    ...(skipped.length > 0 ? { skipped } : {})
  }
}

/** Rows in the collapsible list; GitHub caps a step summary at 1 MiB. */
const MAX_ROWS = 3000

export function summaryMarkdown(summary: SbomSummary, format: string): string {
  const lines = [
    '### SBOM',
    '',
    `**${summary.packages} packages** (${format})${summary.os ? ` · OS: ${cell(summary.os)}` : ''}`,
    ''
  ]
  if (summary.skipped) {
    lines.push(
      `**Incomplete:** cataloging left parts of the image out, and the SBOM says so.`,
      '',
      `<details><summary>${summary.skipped.length} problem(s)</summary>`,
      '',
      ...summary.skipped.map(problem => `- ${cell(problem)}`),
      '',
      '</details>',
      ''
    )
  }
  const ecosystems = Object.entries(summary.byEcosystem).sort(
    (a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)
  )
  if (ecosystems.length > 0) {
    lines.push(
      '| Ecosystem | Packages |',
      '| --- | ---: |',
      ...ecosystems.map(([e, n]) => `| ${cell(e)} | ${n} |`),
      ''
    )
  }
  if (summary.topLicenses.length > 0) {
    lines.push(
      '| License | Packages |',
      '| --- | ---: |',
      ...summary.topLicenses.map(l => `| ${cell(l.license)} | ${l.count} |`),
      ''
    )
  }
  if (summary.list.length > 0) {
    lines.push(
      `<details><summary>All ${summary.packages} packages</summary>`,
      '',
      '| Package | Version | Ecosystem | Licenses |',
      '| --- | --- | --- | --- |'
    )
    for (const p of summary.list.slice(0, MAX_ROWS)) {
      lines.push(
        `| ${cell(p.name)} | ${cell(p.version)} | ${cell(p.ecosystem)} | ${cell(p.licenses.join(', '))} |`
      )
    }
    if (summary.list.length > MAX_ROWS)
      lines.push('', `… and ${summary.list.length - MAX_ROWS} more (see the SBOM file).`)
    lines.push('', '</details>')
  }
  return `${lines.join('\n')}\n`
}

/** Text as one markdown table cell: markdown and HTML characters escaped, on one line. */
export function cell(value: string): string {
  return value.replace(/[|\\`*_<>[\]]/g, c => `\\${c}`).replace(/\s+/g, ' ')
}
