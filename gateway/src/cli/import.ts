/**
 * Open-data imports from the command line (the code lives in subgraphs/actors/src/import/):
 *   npm run import -- mesr ../shared/data/mesr-etablissements-enseignement-superieur.csv
 *   npm run import -- rnsr ../shared/data/rnsr-structures-actives-2022.csv [--dry-run]
 *   npm run import -- csv partners.csv --mapping mapping.json
 * Works on DATABASE_URL, else on the embedded database, which it starts and stops itself (refused
 * while the product runs it: pass the DATABASE_URL the launcher printed instead).
 */
import { IMPORT_USAGE, runImportCli } from '@ecosystem/actors';
import { DatabaseBusyError, openProductDatabase } from '../product-database.js';

async function main(argv: string[]): Promise<number> {
  if (!argv.length || argv.includes('--help')) {
    console.error(IMPORT_USAGE);
    return argv.length ? 0 : 2;
  }
  let product;
  try {
    product = await openProductDatabase({ command: `npm run import -- ${argv.join(' ')}`, log: (line) => console.error(line) });
  } catch (error) {
    if (error instanceof DatabaseBusyError) {
      console.error(`Refused: ${error.message}`);
      return 1;
    }
    throw error;
  }
  try {
    return await runImportCli(argv, product.url);
  } finally {
    await product.stop();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`Failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
