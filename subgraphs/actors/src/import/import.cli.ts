/**
 * The import command, `npm run import -- <source> <file-or-url> [options]` (wrapped by
 * gateway/src/cli/import.ts, which also starts the embedded database), or, with DATABASE_URL set,
 * `node subgraphs/actors/dist/import/import.cli.js …` where only the actors package is installed.
 */
import { openDatabase, seedDatabase } from '@ecosystem/common';
import { parseArgs } from 'node:util';
import { actorsSubgraph } from '../index.js';
import { streamProgress } from './import.progress.js';
import { runImport, type ImportReport } from './import.runner.js';
import { MESR_SOURCE, RNSR_SOURCE, genericSource, readMapping, type ImportSource } from './import.sources.js';

export const IMPORT_USAGE = `Usage:
  npm run import -- rnsr <file-or-url> [options]     RNSR research structures (labs, tutelles, domains, ERC panels, parent links)
  npm run import -- mesr <file-or-url> [options]     MESR principal higher-education establishments (UAI, SIREN, ROR, location)
  npm run import -- csv|json <file-or-url> --mapping mapping.json [options]
Options:
  --dry-run              report what would change (created, updated, unchanged, matched, rejected, possible duplicates); write nothing
  --mapping <file>       csv/json: the column mapping, { "source": {…}, "key": "siren", "kind": "…", "fields": { "<our field>": "<their column>" } }
  --batch-size <n>       records per transaction (default 500)
  --extract-date <date>  date of the extract, YYYY-MM-DD (default: the URL's Last-Modified, else the file's date)
  --json                 print the full report as JSON on stdout
Import the MESR establishments before the RNSR structures: labs are linked to the establishments already in the directory.
Progress goes to stderr. An interrupted import resumes where it stopped when run again on the same content.`;

export interface ImportCliIo {
  out(line: string): void;
  err(line: string): void;
}

class UsageError extends Error {}

export async function runImportCli(argv: string[], databaseUrl: string, io: ImportCliIo = { out: (l) => console.log(l), err: (l) => console.error(l) }): Promise<number> {
  let source: ImportSource;
  let values: { 'dry-run'?: boolean; mapping?: string; 'batch-size'?: string; 'extract-date'?: string; json?: boolean };
  let location: string;
  try {
    const parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        'dry-run': { type: 'boolean' }, mapping: { type: 'string' }, 'batch-size': { type: 'string' }, 'extract-date': { type: 'string' }, json: { type: 'boolean' },
      },
    });
    values = parsed.values;
    const [name, input, ...extra] = parsed.positionals;
    if (!name || !input || extra.length) throw new UsageError('Give a source and one file or URL.');
    location = input;
    if (name === 'rnsr') source = RNSR_SOURCE;
    else if (name === 'mesr') source = MESR_SOURCE;
    else if (name === 'csv' || name === 'json') {
      if (!values.mapping) throw new UsageError(`${name} needs --mapping <file>.`);
      source = genericSource(readMapping(values.mapping), name);
    } else throw new UsageError(`Unknown source "${name}": rnsr, mesr, csv or json.`);
    if (values['batch-size'] !== undefined && !/^[1-9]\d*$/.test(values['batch-size'])) throw new UsageError('--batch-size must be a positive integer.');
    if (values['extract-date'] !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values['extract-date'])) throw new UsageError('--extract-date must be YYYY-MM-DD.');
  } catch (error) {
    io.err(error instanceof Error ? error.message : String(error));
    io.err(IMPORT_USAGE);
    return 2;
  }
  const database = await openDatabase(actorsSubgraph, databaseUrl, 2);
  try {
    // A database the product never started has no communes yet to place records in: seed them as the product would.
    await seedDatabase(actorsSubgraph, database.dataSource, 'auto', io.err);
    const report = await runImport(database.dataSource, {
      source,
      input: location,
      dryRun: values['dry-run'],
      batchSize: values['batch-size'] ? Number(values['batch-size']) : undefined,
      extractDate: values['extract-date'],
      progress: streamProgress(process.stderr),
    });
    if (values.json) io.out(JSON.stringify(report, null, 2));
    else for (const line of summary(report)) io.out(line);
    return 0;
  } catch (error) {
    io.err(`Import failed: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  } finally {
    await database.dataSource.destroy();
  }
}

export function summary(report: ImportReport, examples = 15): string[] {
  const lines = [
    `${report.dryRun ? 'Dry run (nothing written)' : 'Imported'}: ${report.source} ${report.input}`,
    `  source: ${report.dataset.name} — ${report.dataset.url ?? 'no URL'} — ${report.dataset.license} — extract of ${report.dataset.retrievedOn}`,
    `  ${report.rows} rows: ${report.created} created, ${report.updated} updated, ${report.unchanged} unchanged, ` +
      `${report.matched} matched (already in the directory from another source, left as they are), ${report.rejected.length} rejected`,
    `  links: ${report.links.parents} parents, ${report.links.affiliations} affiliations; ${report.links.organisationsNotFound} tutelles not in the directory`,
    `  placed: ${report.placement.fromFile} at the file's coordinates, ${report.placement.commune} at their commune's centre, ${report.placement.fromParent} at their host unit's`,
    `  ${report.possibleDuplicates.length} possible duplicates, ${report.warnings.length} warnings; ${report.batches} batches` +
      (report.resumedAfterBatch !== null ? ` (resumed after batch ${report.resumedAfterBatch + 1})` : '') + `; ${report.seconds.toFixed(1)} s`,
  ];
  if (report.rejected.length) {
    lines.push(`Rejected${report.rejected.length > examples ? ` (first ${examples}; --json for all)` : ''}:`);
    for (const r of report.rejected.slice(0, examples)) lines.push(`  row ${r.row} ${r.name ? `"${r.name}"` : ''}: ${r.reasons.join('; ')}`);
  }
  if (report.possibleDuplicates.length) {
    lines.push(`Possible duplicates${report.possibleDuplicates.length > examples ? ` (first ${examples}; --json for all)` : ''}:`);
    for (const d of report.possibleDuplicates.slice(0, examples)) {
      const candidates = d.candidates.map((c) => `"${c.name}" ${c.actorId} (${c.reason === 'IDENTIFIER' ? `same ${c.identifier?.toUpperCase()}` : `name ${c.score}`})`);
      lines.push(`  row ${d.row} "${d.name}" ↔ ${candidates.join(', ')}`);
    }
  }
  return lines;
}

if (require.main === module) {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error('Set DATABASE_URL (or use `npm run import`, which also starts the embedded database).');
    process.exit(2);
  }
  runImportCli(process.argv.slice(2), url).then((code) => process.exit(code));
}
