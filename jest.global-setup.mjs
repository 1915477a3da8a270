// Starts the PostgreSQL the tests use (embedded, unless DATABASE_URL names a server), then builds
// the migrated and seeded template database that every test file clones. Runs the compiled code:
// `npm test` builds first.
import { mkdtemp } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const require = createRequire(import.meta.url);

export default async function globalSetup() {
  const started = Date.now();
  const common = require('./subgraphs/common/dist/index.js');
  const { buildTemplate } = require('./gateway/dist/testing/template.js');
  let serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const dir = await mkdtemp(join(tmpdir(), 'ecosystem-test-pg-'));
    const port = 20000 + Math.floor(Math.random() * 20000);
    const postgres = await common.startEmbeddedPostgres({ dataDir: join(dir, 'data'), port, database: 'postgres', ephemeral: true });
    globalThis.__ECOSYSTEM_TEST_PG__ = { postgres, dir };
    serverUrl = postgres.url;
  }
  const template = await buildTemplate(serverUrl, `eco_template_${process.pid}`);
  process.env.ECOSYSTEM_TEST_TEMPLATE_URL = template;
  globalThis.__ECOSYSTEM_TEST_TEMPLATE__ = template;
  console.log(`\n[test setup] PostgreSQL ready and template seeded in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
