/**
 * The product's secrets: each from its environment variable when set, else generated on first start
 * and kept in the data folder (mode 600), so restarts keep them.
 * - `jwt`: JWT_SECRET, signs the bearer tokens (`.data/jwt-secret`);
 * - `internal`: INTERNAL_SECRET, signs the gateway's requests to the subgraphs (`.data/internal-secret`).
 */
import { envOptional } from '@ecosystem/common';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const DEFAULT_DATA_DIR = resolve(__dirname, '../../.data');

export const SECRETS = {
  jwt: { env: 'JWT_SECRET', file: 'jwt-secret' },
  internal: { env: 'INTERNAL_SECRET', file: 'internal-secret' },
} as const;

export type SecretKind = keyof typeof SECRETS;

export function dataDir(): string {
  return envOptional('DATA_DIR') ?? DEFAULT_DATA_DIR;
}

export function loadOrCreateSecret(kind: SecretKind, dir = dataDir()): string {
  const { env, file: name } = SECRETS[kind];
  const fromEnv = envOptional(env);
  if (fromEnv) return fromEnv;
  const file = join(dir, name);
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dir, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}
