export { packagesOf } from './packages'
export type { VulnerabilitySource } from './source'
export { osvApi, OSV_API_URL, type OsvApiOptions } from './api'
export { osvDatabase, DEFAULT_DATABASE_BUDGETS, type DatabaseBudgets } from './database'
