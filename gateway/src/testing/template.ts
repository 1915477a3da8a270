/**
 * Builds the seeded template database the tests clone. Called by the jest global setup (from the
 * compiled code), before any test runs.
 */
import { ensureDatabase, seedDatabase } from '@ecosystem/common';
import { Client } from 'pg';
import { migrateProductSchemas } from '../product-database.js';

export { SUBGRAPH_DEFINITIONS } from '../product-database.js';

export async function buildTemplate(serverUrl: string, name: string): Promise<string> {
  const admin = new URL(serverUrl);
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  } finally {
    await client.end();
  }
  await ensureDatabase(admin.toString(), name);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  // The gateway's accounts schema stays empty: tests add users through Stack.createUser.
  await migrateProductSchemas(url.toString(), (definition, dataSource) => seedDatabase(definition, dataSource, 'always'));
  return url.toString();
}
