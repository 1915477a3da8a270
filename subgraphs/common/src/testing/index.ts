/**
 * Test databases: the jest global setup builds one migrated and seeded template database; each
 * test file works on its own copy, made in a second with CREATE DATABASE … TEMPLATE.
 */
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

export const TEST_JWT_SECRET = 'test-secret-for-jest-only-0123456789abcdef';
/** Signs the gateway's requests to the subgraphs in tests (and the tests' own direct calls). */
export const TEST_INTERNAL_SECRET = 'test-internal-secret-for-jest-only-fedcba9876543210';

/** Where the global setup put the template: a connection URL to its database. */
export function templateUrl(): string {
  const url = process.env.ECOSYSTEM_TEST_TEMPLATE_URL;
  if (!url) throw new Error('ECOSYSTEM_TEST_TEMPLATE_URL is not set: run the tests through jest (npm test), whose global setup sets it.');
  return url;
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

export interface TestDatabase {
  url: string;
  name: string;
  drop(): Promise<void>;
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const template = templateUrl();
  const templateName = new URL(template).pathname.slice(1);
  const name = `eco_test_${randomBytes(6).toString('hex')}`;
  const admin = new Client({ connectionString: withDatabase(template, 'postgres') });
  await admin.connect();
  try {
    // Two workers cloning at once can collide on the template: retry briefly.
    for (let attempt = 0; ; attempt++) {
      try {
        await admin.query(`CREATE DATABASE ${name} TEMPLATE ${templateName}`);
        break;
      } catch (error) {
        if (attempt >= 20 || !/being accessed by other users/.test(String(error))) throw error;
        await new Promise((r) => setTimeout(r, 100 + Math.random() * 200));
      }
    }
  } finally {
    await admin.end();
  }
  return {
    url: withDatabase(template, name),
    name,
    drop: async () => {
      const client = new Client({ connectionString: withDatabase(template, 'postgres') });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}
