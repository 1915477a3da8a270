/**
 * The gateway's own database schema, `accounts`, migrated through the same helper as the subgraphs'.
 */
import { createDatabase, migrate, type SubgraphDatabase } from '@ecosystem/common';
import { Accounts1767225600000 } from './migrations/1767225600000-accounts.js';
import { AccountTerritories1767312000000 } from './migrations/1767312000000-account-territories.js';
import { OidcIdentities1767500000000 } from './migrations/1767500000000-oidc-identities.js';
import { PartnerKeys1767400000000 } from './migrations/1767400000000-partner-keys.js';
import { Alerts1768100000000 } from '../alerts/migrations/1768100000000-alerts.js';

export const ACCOUNTS_SCHEMA = 'accounts';

/**
 * Opens (and migrates) the `accounts` schema of the database at `url`. At least two connections:
 * migrate() holds one for its advisory lock while the migrations run on another.
 */
export async function openAccountsDatabase(url: string, poolSize = 5): Promise<SubgraphDatabase> {
  poolSize = Math.max(2, poolSize);
  const database = createDatabase({
    url,
    schema: ACCOUNTS_SCHEMA,
    entities: [],
    migrations: [Accounts1767225600000, AccountTerritories1767312000000, PartnerKeys1767400000000, OidcIdentities1767500000000, Alerts1768100000000],
    application: 'ecosystem-gateway',
    poolSize,
  });
  await database.dataSource.initialize();
  try {
    await migrate(database.dataSource, ACCOUNTS_SCHEMA);
  } catch (error) {
    await database.dataSource.destroy();
    throw error;
  }
  return database;
}
