/**
 * The N+1 guard: a query crossing the three subgraphs sends the same number of SQL statements for
 * 10 actors as for 200 — one per entity type per depth level.
 */
import { stableId } from '@ecosystem/common';
import { startStack, type Stack } from './testing/stack.js';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
  // Make sure the first page already reaches every depth level (a level with no rows sends no SQL),
  // so that 10 and 200 actors traverse the same levels and only the number of rows differs.
  const editor = await stack.token('editor', undefined, ['region:11']);
  const first = (await stack.query(`{ actors(filter: { regionCode: "11" }, first: 1) { nodes { id } } }`)).data.actors.nodes[0].id;
  const paris = stableId('commune:75056');
  const writes = [
    stack.query(`mutation($a: ID!, $b: ID!) { addPartnership(input: { actorId: $a, partnerId: $b, toolSlug: "connaissance-mutuelle", intensity: 1 }) { id } }`, { a: first, b: paris }, editor),
    stack.query(`mutation($a: ID!, $b: ID!) { createOpportunity(input: { kind: EVENT, title: "Rencontre", description: "Séminaire", hostId: $a, partnerIds: [$b], toolSlug: "connaissance-mutuelle", territory: { regionCode: "11" } }) { id } }`, { a: first, b: paris }, editor),
    stack.query(`mutation($a: ID!) { createContact(input: { displayName: "Agent de test", roles: [AGENT], organizationId: $a, organizationKind: COLLECTIVITY, territory: { regionCode: "11" } }) { id } }`, { a: first }, editor),
  ];
  for (const response of await Promise.all(writes)) expect(response.errors).toBeUndefined();
});
afterAll(() => stack.stop());

const TERRITORY_QUERY = `query($first: Int!) {
  actors(filter: { regionCode: "11" }, first: $first) {
    nodes {
      id name
      parent { name parent { name } }
      children(first: 5) { name }
      partnerships { intensity partner { name } tool { title } }
      opportunities(statuses: [OPEN, CLOSED, FILLED]) { title tool { title } partners { name } }
      contacts { displayName organization { name } }
    }
  }
}`;

async function statementsFor(first: number): Promise<Record<string, number>> {
  stack.resetStatements();
  const { data, errors } = await stack.query(TERRITORY_QUERY, { first });
  expect(errors).toBeUndefined();
  expect(data.actors.nodes).toHaveLength(first);
  return stack.statements();
}

it('sends as many SQL statements for 200 actors as for 10', async () => {
  await statementsFor(10); // warm-up: nothing cached, but the first request pays connection set-up
  const small = await statementsFor(10);
  const large = await statementsFor(200);
  expect(large).toEqual(small);
  // And few in absolute terms, one per entity type per depth level. Actors: the page, parents,
  // grandparents, children, partnerships, partners, and the two _entities fetches the gateway makes
  // for opportunity partners and contact organisations.
  expect(small.actors).toBeLessThanOrEqual(8);
  expect(small.opportunities).toBeLessThanOrEqual(3);
  expect(small.contacts).toBeLessThanOrEqual(2);
});

it('resolves contacts and their organisations across subgraphs', async () => {
  const { data } = await stack.query(`{ contacts(filter: { search: "Jaisson" }) { nodes { displayName organization { name kind } } } }`);
  expect(data.contacts.nodes[0]).toMatchObject({ displayName: expect.stringMatching(/Jaisson/i), organization: { kind: 'LAB' } });
});
