export { checkRoom, prepareOutputDir } from './preflight'
export { fileError, writeFileAtomic, type FileContent, type OutputDir } from './write'
