import { rm } from 'node:fs/promises';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export default async function globalTeardown() {
  const template = globalThis.__ECOSYSTEM_TEST_TEMPLATE__;
  const embedded = globalThis.__ECOSYSTEM_TEST_PG__;
  if (template && !embedded) {
    // On a shared server, leave nothing behind.
    const { Client } = require('pg');
    const admin = new URL(template);
    const name = admin.pathname.slice(1);
    admin.pathname = '/postgres';
    const client = new Client({ connectionString: admin.toString() });
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    const { rows } = await client.query(`SELECT datname FROM pg_database WHERE datname LIKE 'eco_test_%'`);
    for (const row of rows) await client.query(`DROP DATABASE IF EXISTS ${row.datname} WITH (FORCE)`);
    await client.end();
  }
  if (embedded) {
    await embedded.postgres.stop();
    await rm(embedded.dir, { recursive: true, force: true });
  }
}
