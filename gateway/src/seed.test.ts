/** Seeding twice changes nothing: no duplicate, no rewritten row. */
import { openDatabase, seedDatabase } from '@ecosystem/common';
import { createTestDatabase } from '@ecosystem/common/testing';
import { SUBGRAPH_DEFINITIONS } from './testing/template.js';

it.each(SUBGRAPH_DEFINITIONS.map((d) => [d.name, d] as const))('re-seeding %s is idempotent', async (_name, definition) => {
  const test = await createTestDatabase();
  const database = await openDatabase(definition, test.url, 2);
  try {
    const snapshot = async () => {
      const tables: Array<{ table_name: string }> = await database.dataSource.query(
        `SELECT table_name FROM information_schema.tables WHERE table_schema = $1 AND table_name NOT IN ('migrations', 'seed_runs') ORDER BY 1`,
        [definition.schemaName],
      );
      const result: Record<string, unknown> = {};
      for (const { table_name } of tables) {
        const [row] = await database.dataSource.query(`SELECT count(*)::int AS n, md5(string_agg(t::text, '|' ORDER BY t::text)) AS digest FROM ${definition.schemaName}.${table_name} t`);
        result[table_name] = row;
      }
      return result;
    };
    const before = await snapshot();
    expect(Object.values(before).some((t: any) => t.n > 0)).toBe(true);
    // The template was seeded with this very version: auto mode skips, always mode re-runs.
    expect(await seedDatabase(definition, database.dataSource, 'auto')).toBeNull();
    const report = await seedDatabase(definition, database.dataSource, 'always');
    expect(report).not.toBeNull();
    expect(await snapshot()).toEqual(before);
  } finally {
    await database.dataSource.destroy();
    await test.drop();
  }
});
