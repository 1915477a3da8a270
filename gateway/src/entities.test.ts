/** Each subgraph's `_entities`, called directly over HTTP the way the gateway calls it (signed, as the gateway signs). */
import { stableId } from '@ecosystem/common';
import { postGraphQL, startStack, type Stack } from './testing/stack.js';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack.stop());

const ENTITIES = `query($representations: [_Any!]!) { _entities(representations: $representations) { __typename ...F } }`;

it('actors resolves Actor references, in order, with null for unknown ids', async () => {
  const ids = [stableId('commune:42218'), '00000000-0000-4000-8000-000000000000', stableId('org:anrt')];
  const { data, errors } = await postGraphQL<any>(
    stack.subgraphs.actors.service.url,
    ENTITIES.replace('...F', '... on Actor { id name }'),
    { representations: ids.map((id) => ({ __typename: 'Actor', id })) },
    undefined,
    { signed: true },
  );
  expect(errors).toBeUndefined();
  expect(data._entities).toEqual([
    { __typename: 'Actor', id: ids[0], name: 'Saint-Étienne' },
    null,
    { __typename: 'Actor', id: ids[2], name: expect.stringMatching(/ANRT|Association nationale de la recherche/i) },
  ]);
});

it('opportunities resolves Opportunity, PartnershipTool and Actor.opportunities', async () => {
  const url = stack.subgraphs.opportunities.service.url;
  const tools = await postGraphQL<any>(url, ENTITIES.replace('...F', '... on PartnershipTool { slug title family }'), {
    representations: [{ __typename: 'PartnershipTool', slug: 'chaires' }, { __typename: 'PartnershipTool', slug: 'unknown' }],
  }, undefined, { signed: true });
  expect(tools.data._entities).toEqual([{ __typename: 'PartnershipTool', slug: 'chaires', title: 'Les chaires', family: 'UNIVERSITY_TO_TERRITORY' }, null]);

  const actor = await postGraphQL<any>(url, ENTITIES.replace('...F', '... on Actor { id opportunities(statuses: [OPEN, CLOSED, FILLED]) { id kind } }'), {
    representations: [{ __typename: 'Actor', id: stableId('commune:75056') }],
  }, undefined, { signed: true });
  const cifre = actor.data._entities[0].opportunities.find((o: any) => o.kind === 'CIFRE');
  expect(cifre).toBeDefined();

  const opportunity = await postGraphQL<any>(url, ENTITIES.replace('...F', '... on Opportunity { id kind host { id } }'), {
    representations: [{ __typename: 'Opportunity', id: cifre.id }],
  }, undefined, { signed: true });
  expect(opportunity.data._entities[0]).toEqual({ __typename: 'Opportunity', id: cifre.id, kind: 'CIFRE', host: { id: stableId('commune:75056') } });
});

it('contacts resolves Contact and Actor.contacts', async () => {
  const url = stack.subgraphs.contacts.service.url;
  const actor = await postGraphQL<any>(url, ENTITIES.replace('...F', '... on Actor { id contacts { id displayName } }'), {
    representations: [{ __typename: 'Actor', id: stableId('org:msh-paris-nord') }],
  }, undefined, { signed: true });
  const [contact] = actor.data._entities[0].contacts;
  expect(contact.displayName).toMatch(/Jaisson/i);
  const direct = await postGraphQL<any>(url, ENTITIES.replace('...F', '... on Contact { id displayName organization { id } }'), {
    representations: [{ __typename: 'Contact', id: contact.id }],
  }, undefined, { signed: true });
  expect(direct.data._entities[0]).toEqual({ __typename: 'Contact', id: contact.id, displayName: contact.displayName, organization: { id: stableId('org:msh-paris-nord') } });
});
