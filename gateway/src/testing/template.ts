/**
 * Builds the seeded template database the tests clone. Called by the jest global setup (from the
 * compiled code), before any test runs.
 */
import { actorsSubgraph } from '@ecosystem/actors';
import { ensureDatabase, openDatabase, seedDatabase, type BaseContext, type SubgraphDefinition } from '@ecosystem/common';
import { contactsSubgraph } from '@ecosystem/contacts';
import { opportunitiesSubgraph } from '@ecosystem/opportunities';
import { Client } from 'pg';
import { openAccountsDatabase } from '../auth/database.js';

export const SUBGRAPH_DEFINITIONS = [actorsSubgraph, opportunitiesSubgraph, contactsSubgraph] as unknown as Array<SubgraphDefinition<BaseContext>>;

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
  for (const definition of SUBGRAPH_DEFINITIONS) {
    const database = await openDatabase(definition, url.toString(), 2);
    try {
      await seedDatabase(definition, database.dataSource, 'always');
    } finally {
      await database.dataSource.destroy();
    }
  }
  // The gateway's own schema: local accounts (empty; tests add users through Stack.createUser).
  const accounts = await openAccountsDatabase(url.toString(), 2);
  await accounts.dataSource.destroy();
  return url.toString();
}
