import { writeFileAtomic } from '../files'
import type { PackageMatch, UndeterminedMatch } from './match'
import type { Query } from './query'

/**
 * `contains`: a package is in the range asked for; `may contain`: one has the name but its
 * version could not be compared; `no verified SBOM`: nothing could be said (see `reason`).
 */
export type FindStatus = 'contains' | 'may contain' | 'does not contain' | 'no verified SBOM'

/** Where the SBOM that was searched came from. */
export type SbomOrigin =
  | {
      kind: 'verified attestation'
      /** Where the attestation was found, e.g. "referrer sha256:…". */
      origin: string
      predicateType?: string
      signer?: string
      issuer?: string
      signedAt?: string
    }
  /** `--generate`: read from the image's layers here, not verified. */
  | { kind: 'generated' }

export interface PlatformResult {
  /** os/arch[/variant]; absent for a single-platform image. */
  platform?: string
  digest: string
  status: FindStatus
  sbom?: SbomOrigin
  /** Why there is no verified SBOM, or why one was not used. */
  reason?: string
  packages: number
  matches: PackageMatch[]
  undetermined: UndeterminedMatch[]
}

export interface ImageResult {
  image: string
  digest?: string
  platforms: PlatformResult[]
  /** Why the image could not be checked at all (resolution, policy, registry, deadline). */
  error?: string
}

export interface FindReport {
  query: Query & {
    /** How a name query is compared, said once in the report and the table. */
    note?: string
  }
  trustRoot: string
  checkedAt: string
  images: ImageResult[]
  counts: { contains: number; mayContain: number; doesNotContain: number; unchecked: number }
}

export const NAME_QUERY_NOTE =
  "a plain name is matched against package names in every ecosystem (and distro source packages), each version by its own ecosystem's rules"

/** Counts over every image and platform; an image that failed as a whole counts once as unchecked. */
export function countResults(images: readonly ImageResult[]): FindReport['counts'] {
  const counts = { contains: 0, mayContain: 0, doesNotContain: 0, unchecked: 0 }
  for (const image of images) {
    if (image.error) counts.unchecked++
    for (const p of image.platforms) {
      if (p.status === 'contains') counts.contains++
      else if (p.status === 'may contain') counts.mayContain++
      else if (p.status === 'does not contain') counts.doesNotContain++
      else counts.unchecked++
    }
  }
  return counts
}

export async function writeFindReport(
  path: string,
  report: FindReport,
  origin: string
): Promise<void> {
  await writeFileAtomic(path, `${JSON.stringify(report, null, 2)}\n`, origin)
}

interface Row {
  image: string
  platform: string
  result: string
  detail: string
}

function rows(report: FindReport): Row[] {
  const out: Row[] = []
  for (const image of report.images) {
    if (image.error)
      out.push({ image: image.image, platform: '', result: 'error', detail: image.error })
    for (const p of image.platforms)
      out.push({
        image: image.image,
        platform: p.platform ?? '',
        result: p.status + (p.sbom?.kind === 'generated' ? ' (generated SBOM, not verified)' : ''),
        detail: detail(p)
      })
  }
  return out
}

function detail(p: PlatformResult): string {
  if (p.status === 'no verified SBOM') return p.reason ?? ''
  const found = p.matches.map(describeMatch)
  const unsure = p.undetermined.map(u => `${u.name}${u.version ? ` ${u.version}` : ''}: ${u.why}`)
  return [...found, ...unsure].join('; ')
}

export function describeMatch(m: PackageMatch): string {
  const via = m.via === 'source' ? ` (source ${m.source})` : ''
  return `${m.name} ${m.version ?? '(no version)'}${via}${m.location ? ` at ${m.location}` : ''}`
}

function verdictLine(report: FindReport): string {
  const c = report.counts
  return (
    `${c.contains} contain, ${c.mayContain} may contain, ${c.doesNotContain} do not contain, ` +
    `${c.unchecked} could not be checked`
  )
}

/** The table the CLI prints: one row per image and platform. */
export function findTable(report: FindReport): string {
  const header: Row = { image: 'IMAGE', platform: 'PLATFORM', result: 'RESULT', detail: 'DETAIL' }
  const all = [header, ...rows(report)]
  const width = (key: keyof Row) => Math.max(...all.map(r => r[key].length))
  const [image, platform, result] = [width('image'), width('platform'), width('result')]
  const lines = all.map(r =>
    [r.image.padEnd(image), r.platform.padEnd(platform), r.result.padEnd(result), r.detail]
      .join('  ')
      .trimEnd()
  )
  return [
    `query: ${report.query.text}${report.query.note ? ` (${report.query.note})` : ''}`,
    ...lines,
    verdictLine(report),
    ''
  ].join('\n')
}

const escapeCell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ')

const MARK: Record<FindStatus, string> = {
  contains: '🔴 contains',
  'may contain': '🟠 may contain',
  'does not contain': '🟢 does not contain',
  'no verified SBOM': '⚪ no verified SBOM'
}

/** The job summary: the query, then one row per image and platform. */
export function findSummaryMarkdown(report: FindReport): string {
  const table = [
    '| Image | Platform | Result | Packages / reason |',
    '| --- | --- | --- | --- |',
    ...report.images.flatMap(image => [
      ...(image.error
        ? [`| ${escapeCell(image.image)} | | ❌ error | ${escapeCell(image.error)} |`]
        : []),
      ...image.platforms.map(
        p =>
          `| ${escapeCell(image.image)} | ${p.platform ?? ''} | ${MARK[p.status]}${p.sbom?.kind === 'generated' ? ' (generated SBOM, not verified)' : ''} | ${escapeCell(detail(p))} |`
      )
    ])
  ]
  return [
    '### Which images contain it?',
    '',
    `Query: \`${report.query.text}\`${report.query.note ? ` — ${report.query.note}` : ''}`,
    '',
    `${verdictLine(report)}.`,
    '',
    ...table,
    '',
    `Trust root: ${report.trustRoot}`,
    ''
  ].join('\n')
}
