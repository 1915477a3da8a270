/** The JWT signing secret: JWT_SECRET when set, else one generated on first start and kept in the data folder. */
import { envOptional } from '@ecosystem/common';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const DEFAULT_DATA_DIR = resolve(__dirname, '../../.data');

export function dataDir(): string {
  return envOptional('DATA_DIR') ?? DEFAULT_DATA_DIR;
}

export function loadOrCreateSecret(dir = dataDir()): string {
  const fromEnv = envOptional('JWT_SECRET');
  if (fromEnv) return fromEnv;
  const file = join(dir, 'jwt-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dir, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}
