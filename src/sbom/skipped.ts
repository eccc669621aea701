import type { Catalog } from './catalog'

/** Problems recorded in a document at most; the rest are counted (the log has more). */
export const MAX_RECORDED_PROBLEMS = 100

/**
 * What cataloging left out (files skipped, budgets met, packages without a purl), for the
 * document to say it is incomplete and why: a consumer of the SBOM never sees the log.
 * Empty when nothing was left out.
 */
export function skippedParts(catalog: Catalog): string[] {
  const recorded = catalog.warnings.slice(0, MAX_RECORDED_PROBLEMS)
  const more = catalog.problems - recorded.length
  return more > 0 ? [...recorded, `and ${more} more problem(s): see the log of the run`] : recorded
}
