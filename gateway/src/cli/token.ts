/**
 * `npm run token -- --role editor [--name "Alice Martin"] [--sub alice] [--expires 12h]`
 * Mints a bearer token signed with the product's secret, until accounts exist.
 */
import { ROLES, mintToken, type Role } from '@ecosystem/common';
import { parseArgs } from 'node:util';
import { loadOrCreateSecret } from '../secret.js';

async function main() {
  const { values } = parseArgs({
    options: {
      role: { type: 'string', default: 'editor' },
      name: { type: 'string' },
      sub: { type: 'string' },
      expires: { type: 'string', default: '12h' },
    },
  });
  const role = values.role as Role;
  if (!ROLES.includes(role)) {
    console.error(`--role must be one of ${ROLES.join(', ')}`);
    process.exit(2);
  }
  const sub = values.sub ?? `${role}-cli`;
  const token = await mintToken({ sub, role, name: values.name ?? sub, expiresIn: values.expires }, loadOrCreateSecret());
  console.log(token);
}

void main();
