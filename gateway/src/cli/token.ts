/**
 * `npm run token -- --role editor [--territory departement:42 …] [--name "Alice Martin"] [--sub alice] [--expires 12h]`
 * Mints a bearer token signed with the product's secret, until accounts exist.
 */
import { ROLES, checkTerritoryGrants, mintToken, type Role } from '@ecosystem/common';
import { parseArgs } from 'node:util';
import { loadOrCreateSecret } from '../secret.js';

async function main() {
  const { values } = parseArgs({
    options: {
      role: { type: 'string', default: 'editor' },
      name: { type: 'string' },
      sub: { type: 'string' },
      expires: { type: 'string', default: '12h' },
      territory: { type: 'string', multiple: true },
    },
  });
  const role = values.role as Role;
  if (!ROLES.includes(role)) {
    console.error(`--role must be one of ${ROLES.join(', ')}`);
    process.exit(2);
  }
  // An editor edits only within these territories (region:<code>, departement:<code>; repeatable).
  const { grants: territories, problems } = checkTerritoryGrants((values.territory ?? []).flatMap((t) => t.split(',')).map((t) => t.trim()).filter(Boolean));
  if (problems.length) {
    console.error(problems.join('\n'));
    process.exit(2);
  }
  if (role === 'editor' && !territories.length) console.error('Note: an editor token without --territory cannot edit anything (e.g. --territory departement:42).');
  const sub = values.sub ?? `${role}-cli`;
  const token = await mintToken({ sub, role, name: values.name ?? sub, territories, expiresIn: values.expires }, loadOrCreateSecret('jwt'));
  console.log(token);
}

void main();
