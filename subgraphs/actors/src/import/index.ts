/** Open-data imports (RNSR, MESR, any CSV/JSON with a column mapping) into the actors schema. */
export { runImport, type ImportOptions, type ImportReport } from './import.runner.js';
export { runImportCli, IMPORT_USAGE, summary } from './import.cli.js';
export { RNSR_SOURCE, MESR_SOURCE, genericSource, checkMapping, readMapping, type Mapping, type ImportSource } from './import.sources.js';
export { streamProgress, SILENT_PROGRESS, type Progress } from './import.progress.js';
