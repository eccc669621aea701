import pkg from '../../package.json' with { type: 'json' }

/** This tool, as SBOMs name their creator. */
export const TOOL = { vendor: 'sbom-sign-action', name: pkg.name, version: pkg.version }

/** Prefix of the CycloneDX property names this tool writes. */
export const PROPERTY_PREFIX = 'sbom-sign-action'
