/** Contacts: e-mails and phones reach signed-in viewers only, on every path; writes are validated. */
import { stableId } from '@ecosystem/common';
import { postGraphQL, startStack, type Stack } from './testing/stack.js';

let stack: Stack;
let editor: string;
let contactId: string;
const ORG = stableId('org:msh-paris-nord');

beforeAll(async () => {
  stack = await startStack();
  editor = await stack.token('editor', undefined, ['departement:93']);
  const { data, errors } = await stack.query(
    `mutation($org: ID!) { createContact(input: {
       displayName: "Jeanne Passerelle", jobTitle: "Chargée de partenariats", roles: [FACILITATOR],
       organizationId: $org, organizationKind: LAB, themes: ["Recherche partenariale"],
       territory: { communeCode: "93066" }, email: "jeanne.passerelle@example.fr", phone: "+33 1 23 45 67 89"
     }) { id email phone territory { departmentCode communeName } themes } }`,
    { org: ORG },
    editor,
  );
  expect(errors).toBeUndefined();
  expect(data.createContact).toMatchObject({ email: 'jeanne.passerelle@example.fr', territory: { departmentCode: '93' }, themes: ['recherche partenariale'] });
  contactId = data.createContact.id;
});
afterAll(() => stack.stop());

const PATHS = `query($id: ID!, $org: ID!) {
  contact(id: $id) { email phone }
  contacts(filter: { search: "Passerelle" }) { nodes { email phone } }
  actor(id: $org) { contacts { email phone } }
}`;

function personalData(data: any): Array<string | null> {
  return [data.contact, ...data.contacts.nodes, ...data.actor.contacts].flatMap((c: any) => [c.email, c.phone]);
}

it('shows no e-mail or phone to anonymous viewers, on any path', async () => {
  const { data, errors } = await stack.query(PATHS, { id: contactId, org: ORG });
  expect(errors).toBeUndefined();
  expect(data.contacts.nodes.length).toBeGreaterThan(0);
  expect(personalData(data).every((v) => v === null)).toBe(true);

  const entities = await postGraphQL<any>(
    stack.subgraphs.contacts.service.url,
    `query($r: [_Any!]!) { _entities(representations: $r) { ... on Contact { email phone } ... on Actor { contacts { email phone } } } }`,
    { r: [{ __typename: 'Contact', id: contactId }, { __typename: 'Actor', id: ORG }] },
    undefined,
    { signed: true },
  );
  expect(JSON.stringify(entities.data)).not.toMatch(/passerelle@|23 45/);

  // The revision paths (history, journal) hold e-mails and phones in their states and diffs.
  const history = await stack.query(
    `query($id: ID!, $org: ID!) {
      contact(id: $id) { history { before after changes { field before after } } }
      actor(id: $org) { contacts { history { before after changes { before after } } } }
    }`,
    { id: contactId, org: ORG },
  );
  expect(history.data.contact.history).toBeNull();
  expect(history.errors?.length).toBeGreaterThan(0);
  expect(history.errors!.every((e) => e.extensions?.code === 'UNAUTHENTICATED')).toBe(true);
  const journal = await stack.query(`{ contactsJournal { nodes { before after changes { before after } } } }`);
  expect(journal.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  const directHistory = await postGraphQL<any>(
    stack.subgraphs.contacts.service.url,
    `query($r: [_Any!]!) { _entities(representations: $r) { ... on Contact { history { after changes { after } } } } }`,
    { r: [{ __typename: 'Contact', id: contactId }] },
    undefined,
    { signed: true },
  );
  expect(directHistory.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  for (const response of [history, journal, directHistory]) expect(JSON.stringify(response)).not.toMatch(/passerelle@|23 45/);
});

it('shows contact revisions, e-mails included, to editors only', async () => {
  const asMember = await stack.query(`query($id: ID!) { contact(id: $id) { history { after } } }`, { id: contactId }, await stack.token('member'));
  expect(asMember.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  expect(JSON.stringify(asMember)).not.toMatch(/passerelle@|23 45/);
  const asEditor = await stack.query(`query($id: ID!) { contact(id: $id) { history { action after } } }`, { id: contactId }, editor);
  expect(asEditor.data.contact.history.at(-1)).toMatchObject({ action: 'CREATE', after: { email: 'jeanne.passerelle@example.fr' } });
});

it('shows them to signed-in members', async () => {
  const { data } = await stack.query(PATHS, { id: contactId, org: ORG }, await stack.token('member'));
  expect(data.contact).toEqual({ email: 'jeanne.passerelle@example.fr', phone: '+33 1 23 45 67 89' });
  expect(personalData(data)).toContain('jeanne.passerelle@example.fr');
});

it('does not let anonymous search probe e-mails', async () => {
  const { data } = await stack.query(`{ contacts(filter: { search: "example.fr" }) { totalCount } }`);
  expect(data.contacts.totalCount).toBe(0);
});

it('finds a contact by the start of the name, by its words, and misspelt', async () => {
  for (const search of ['jeanne pass', 'Passerelle', 'Jeanne Paserelle']) {
    const { data } = await stack.query(`query($s: String) { contacts(filter: { search: $s }, first: 5) { totalCount nodes { id } } }`, { s: search });
    expect([search, data.contacts.nodes[0]?.id]).toEqual([search, contactId]);
  }
});

it('validates writes and names the fields', async () => {
  const { errors } = await stack.query(
    `mutation { createContact(input: { displayName: " ", roles: [], email: "not-an-email", phone: "call me", territory: { departmentCode: "00" } }) { id } }`,
    undefined,
    editor,
  );
  expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  const fields = errors![0]!.extensions!.fields.map((f: any) => f.field);
  expect(fields).toEqual(expect.arrayContaining(['input.displayName', 'input.roles', 'input.email', 'input.phone', 'input.territory.departmentCode']));
});

it('updates, filters by organisation kind and archives', async () => {
  const update = await stack.query(`mutation($id: ID!) { updateContact(id: $id, input: { jobTitle: "Directrice des partenariats", phone: null }) { jobTitle phone email } }`, { id: contactId }, editor);
  expect(update.data.updateContact).toEqual({ jobTitle: 'Directrice des partenariats', phone: null, email: 'jeanne.passerelle@example.fr' });

  const labs = await stack.query(`{ contacts(filter: { organizationKinds: [LAB], departmentCode: "93" }) { nodes { id } } }`);
  expect(labs.data.contacts.nodes.map((n: any) => n.id)).toContain(contactId);

  await stack.query(`mutation($id: ID!) { archiveContact(id: $id) { archivedAt } }`, { id: contactId }, editor);
  const after = await stack.query(`{ contacts(filter: { search: "Passerelle" }) { totalCount } }`);
  expect(after.data.contacts.totalCount).toBe(0);
});
