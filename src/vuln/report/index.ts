export { toSarif, SARIF_SCHEMA, MAX_SARIF_RESULTS } from './sarif'
export { summaryMarkdown, MAX_SUMMARY_ROWS, type IncompleteSbom } from './markdown'
export { toJson, JSON_REPORT_FORMAT, JSON_REPORT_VERSION } from './json'
