/**
 * docs/partners.md is true: each of its GraphQL blocks runs against the real stack without errors and
 * with data, each feed or export URL it shows answers with records, and the ids it quotes exist.
 */
import { stableId } from '@ecosystem/common';
import { startStack, type Stack } from '@ecosystem/gateway/testing';
import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const DOC = readFileSync(resolve(__dirname, '../../../docs/partners.md'), 'utf8');
const HOST = 'https://ecosysteme.example.fr';

function blocks(language: string): string[] {
  return [...DOC.matchAll(new RegExp('```' + language + '\\n([\\s\\S]*?)```', 'g'))].map((match) => match[1]!);
}

const QUERIES = blocks('graphql').map((source) => {
  const operation = parse(source).definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  return [operation?.name?.value ?? '(anonymous)', source] as const;
});
const URLS = [...new Set([...DOC.matchAll(/https:\/\/ecosysteme\.example\.fr(\/(?:feeds|exports)\/[^\s`'"<>)]+)/g)].map((match) => match[1]!))];

/** Lists (and `nodes` of connections) found anywhere in the answer, by path. */
function lists(value: unknown, path = 'data'): Array<[string, unknown[]]> {
  if (Array.isArray(value)) return [[path, value], ...value.flatMap((item, i) => lists(item, `${path}[${i}]`))];
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => lists(item, `${path}.${key}`));
  return [];
}

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
  // The seed's opportunities have no deadline: one with a deadline gives the calendar feed an event.
  const created = await stack.query(
    `mutation { createOpportunity(input: { kind: CIFRE, title: "Thèse CIFRE à la Ville de Paris", description: "Appel annuel.", hostId: "${stableId('commune:75056')}", territory: { communeCode: "75056" }, deadline: "2027-04-30" }) { id } }`,
    undefined,
    await stack.token('admin'),
  );
  expect(created.errors).toBeUndefined();
});
afterAll(() => stack?.stop());

it('has the three worked examples', () => {
  expect(QUERIES.map(([name]) => name)).toEqual(['ParisCifre', 'JobBoard', 'FacilitatorsInSeineSaintDenis', 'ContactsOfClunisois']);
  expect(URLS.length).toBeGreaterThanOrEqual(6);
});

it.each(QUERIES)('runs %s: no errors, every root field and its first list non-empty', async (_name, query) => {
  const { status, data, errors } = await stack.query(query);
  expect(errors).toBeUndefined();
  expect(status).toBe(200);
  for (const [field, value] of Object.entries(data ?? {})) {
    expect({ field, value }).toEqual({ field, value: expect.anything() });
    const [first] = lists(value, field);
    expect({ field, firstListLength: first?.[1].length ?? 0 }).toEqual({ field, firstListLength: expect.any(Number) });
    expect(first![1].length).toBeGreaterThan(0);
  }
});

it('gives no contact e-mail or phone to the anonymous examples', async () => {
  for (const [, query] of QUERIES) {
    const { data } = await stack.query(query);
    const json = JSON.stringify(data);
    expect(json).not.toMatch(/"(email|phone)":"/);
  }
});

it.each(URLS)('serves %s with records', async (path) => {
  const response = await fetch(`${stack.origin}${path}`);
  const body = await response.text();
  expect({ path, status: response.status }).toEqual({ path, status: 200 });
  const format = path.split('?')[0]!.split('.').pop();
  if (path.startsWith('/exports/')) expect(Number(response.headers.get('x-total-count'))).toBeGreaterThan(0);
  else if (format === 'atom') expect(body).toContain('<entry>');
  else if (format === 'rss') expect(body).toContain('<item>');
  else if (format === 'json') expect(JSON.parse(body).items.length).toBeGreaterThan(0);
  else if (format === 'ics') expect(body).toContain('BEGIN:VEVENT');
  else throw new Error(`No check for ${path}`);
});

it('quotes the real id of the Clunisois in the contacts widget', async () => {
  const { data } = await stack.query(`{ actors(filter: { search: "Clunisois", kinds: [COLLECTIVITY] }, first: 1) { nodes { id } } }`);
  const id = data.actors.nodes[0].id;
  expect(DOC).toContain(`<ecosystem-contacts actor="${id}"`);
  expect(DOC).toContain(`${HOST}/widget.js`);
});
