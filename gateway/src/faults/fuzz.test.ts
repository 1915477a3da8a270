/**
 * Property-based fuzzing (fast-check) of every mutation input and every list filter, through the
 * gateway over HTTP with an editor token. The generators are derived from the live schema (read by
 * introspection at run time), so a new input field is fuzzed the day it appears. Values are mostly
 * of the right GraphQL type with odd contents (unicode edge cases, huge or negative numbers, bad
 * dates, unknown ids), sometimes of the wrong type. The property: no 5xx, and every error carries a
 * code from the documented set, never INTERNAL_SERVER_ERROR; and no unhandled rejection anywhere.
 * Reproduce a failure with FUZZ_SEED=<seed printed>; FUZZ_RUNS and FUZZ_BUDGET_MS (ms for all operations) go longer.
 */
import { stableId } from '@ecosystem/common';
import fc from 'fast-check';
import {
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputObjectType,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { startStack, type Stack } from '../testing/stack.js';
import { gql } from './harness.js';

const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 2_147_483_647);
const RUNS = Number(process.env.FUZZ_RUNS ?? 25);
/** For all operations together (shared equally), so that the file stays under a minute on a loaded 2-core machine. */
const BUDGET_MS = Number(process.env.FUZZ_BUDGET_MS ?? 40_000);

const ALLOWED = new Set([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'BAD_REQUEST',
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'PAYLOAD_TOO_LARGE',
  'MAX_COST_EXCEEDED',
  'MAX_TOKENS_EXCEEDED',
]);

let stack: Stack;
let schema: GraphQLSchema;
let token: string;
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => void unhandled.push(reason);

beforeAll(async () => {
  process.on('unhandledRejection', onUnhandled);
  stack = await startStack();
  const introspection = await stack.query(getIntrospectionQuery());
  schema = buildClientSchema(introspection.data);
  token = await stack.token('editor', 'fuzz-editor', ['departement:42']);
  console.log(`fuzz seed ${SEED} (FUZZ_SEED=${SEED} to replay), ${RUNS} runs per operation`);
});
afterAll(async () => {
  process.off('unhandledRejection', onUnhandled);
  await stack?.stop();
});

// Ids that exist (so that some updates reach validation), ids that do not, and junk.
const KNOWN_IDS = [stableId('commune:42218'), stableId('org:mines-saint-etienne'), stableId('departement:42'), stableId('region:84')];
/** Characters that break naive code: NUL, zero-width and bidi controls, a lone surrogate, combining marks, LIKE and SQL metacharacters. */
const SPECIALS = ['\u0000', '\u200b', '\u202e', '\ud800', '\ufeff', '\u0301', '👩‍🔬', '🇫🇷', '%', '_', '\\', "'", '"', '\n', '\r', '\t', 'ﬁ', 'ß', 'İ'];
const oddText = fc.oneof(
  { arbitrary: fc.string({ maxLength: 40 }), weight: 3 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }), weight: 2 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 40 }), weight: 2 }, // any code point, lone surrogates included
  { arbitrary: fc.tuple(fc.string({ maxLength: 20 }), fc.constantFrom(...SPECIALS), fc.string({ maxLength: 20 })).map(([a, b, c]) => a + b + c), weight: 3 },
  { arbitrary: fc.constantFrom('', ' ', 'Saint-Étienne', 'saint etienne', '\u202eénoc', 'a\u0301', "'; DROP TABLE actor; --", '<script>alert(1)</script>', '\r\n\t'), weight: 2 },
  { arbitrary: fc.string({ minLength: 2_000, maxLength: 6_000 }), weight: 1 },
);
const oddId = fc.oneof(fc.constantFrom(...KNOWN_IDS), fc.uuid(), oddText);
const oddInt = fc.oneof(fc.integer({ min: -5, max: 2_000 }), fc.integer(), fc.constantFrom(0, -1, 2 ** 31, -(2 ** 31) - 1, Number.MAX_SAFE_INTEGER));
const oddFloat = fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true, min: -200, max: 200 }), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom(0, -0, 1e308, -90.0001, 180.5));
const oddDate = fc.oneof(
  fc.date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  fc.constantFrom('2027-02-30', '2027-13-01', '0000-00-00', '2027-1-1', '31/12/2027', '2027-12-31T00:00:00Z', '+275760-09-13'),
  oddText,
);
const wrongType = fc.oneof(fc.constant(null), fc.boolean(), fc.integer(), fc.constant({}), fc.constant([]), oddText);

/** A value for `type`: right-typed most of the time (then the resolvers judge it), wrong-typed sometimes. */
function valueFor(type: GraphQLInputType, fieldName: string, depth = 0): fc.Arbitrary<unknown> {
  const right = rightValueFor(type, fieldName, depth);
  return fc.oneof({ arbitrary: right, weight: 20 }, { arbitrary: wrongType, weight: 1 });
}

function rightValueFor(type: GraphQLInputType, fieldName: string, depth: number): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return rightValueFor(type.ofType, fieldName, depth);
  if (isListType(type)) return fc.array(valueFor(type.ofType, fieldName, depth + 1), { maxLength: depth > 2 ? 2 : 5 });
  if (isEnumType(type)) return fc.oneof({ arbitrary: fc.constantFrom(...type.getValues().map((v) => v.name)), weight: 8 }, { arbitrary: oddText, weight: 1 });
  if (isInputObjectType(type)) {
    if (depth > 4) return fc.constant({});
    const fields = Object.values(type.getFields());
    const model: Record<string, fc.Arbitrary<unknown>> = {};
    for (const f of fields) model[f.name] = valueFor(f.type, f.name, depth + 1);
    const required = fields.filter((f) => isNonNullType(f.type) && f.defaultValue === undefined).map((f) => f.name);
    // Required keys present most of the time, so that runs get past GraphQL's own coercion.
    return fc.oneof({ arbitrary: fc.record(model, { requiredKeys: required }), weight: 6 }, { arbitrary: fc.record(model, { requiredKeys: [] }), weight: 1 });
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case 'ID':
        return oddId;
      case 'Int':
        return oddInt;
      case 'Float':
        return oddFloat;
      case 'Boolean':
        return fc.boolean();
      case 'Date':
        return oddDate;
      default:
        if (/url|website/i.test(fieldName)) return fc.oneof(fc.webUrl(), oddText);
        if (/email/i.test(fieldName)) return fc.oneof(fc.emailAddress(), oddText);
        return oddText;
    }
  }
  return wrongType;
}

const LOIRE = { communeCode: '42218' };
/**
 * Valid inputs to start from: a run changes one to three of their fields (any field of the type, as
 * the schema lists it) to fuzzed values, so that most runs get past the first refusal and reach
 * the resolvers, the stores and PostgreSQL. Types not listed start from {} (filters, updates).
 */
const BASES: Record<string, Record<string, unknown>> = {
  CreateActorInput: { kind: 'ASSOCIATION', name: 'Association fuzz', territory: LOIRE },
  CreateOpportunityInput: { kind: 'INTERNSHIP', title: 'Stage fuzz', description: 'Un stage.', hostId: KNOWN_IDS[0], territory: LOIRE },
  CreateContactInput: { displayName: 'Camille Fuzz', roles: ['FACILITATOR'], territory: LOIRE },
  AddPartnershipInput: { actorId: KNOWN_IDS[0], partnerId: KNOWN_IDS[1], toolSlug: 'cifre-recherche-action', intensity: 2 },
};

/** `base` (or {}) with one to three of the type's fields set to fuzzed values. */
function around(type: GraphQLInputObjectType): fc.Arbitrary<Record<string, unknown>> {
  const base = BASES[type.name] ?? {};
  const fields = Object.values(type.getFields());
  return fc
    .shuffledSubarray(fields, { minLength: 1, maxLength: Math.min(3, fields.length) })
    .chain((chosen) => fc.tuple(...chosen.map((f) => valueFor(f.type, f.name, 1))).map((values) => ({ ...base, ...Object.fromEntries(chosen.map((f, i) => [f.name, values[i]])) })));
}

/** An argument: input objects mostly near a valid value, ids mostly known ones, else anything of its type. */
function argumentFor(type: GraphQLInputType, name: string): fc.Arbitrary<unknown> {
  const named = getNamedType(type);
  if (isInputObjectType(named) && !isListType(isNonNullType(type) ? type.ofType : type)) {
    return fc.oneof({ arbitrary: around(named), weight: 5 }, { arbitrary: valueFor(type, name), weight: 1 });
  }
  // Pagination mostly sane, so that the filter beside it is what gets judged.
  if (name === 'first' || name === 'last') return fc.oneof({ arbitrary: fc.integer({ min: 0, max: 100 }), weight: 4 }, { arbitrary: oddInt, weight: 1 });
  if (name === 'after' || name === 'before') return fc.oneof({ arbitrary: fc.constant(null), weight: 4 }, { arbitrary: oddText, weight: 1 });
  if (named.name === 'ID') return fc.oneof({ arbitrary: fc.constantFrom(...KNOWN_IDS), weight: 2 }, { arbitrary: valueFor(type, name), weight: 1 });
  return valueFor(type, name);
}

/** An operation calling `field` with every argument as a variable, selecting just enough. */
function operationFor(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): string {
  const definitions = field.args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const args = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const named = getNamedType(field.type);
  const selection = isLeafType(named) ? '' : isObjectType(named) && 'totalCount' in named.getFields() ? '{ totalCount nodes { __typename } }' : '{ __typename }';
  return `${kind}${definitions ? `(${definitions})` : ''} { ${field.name}${args ? `(${args})` : ''} ${selection} }`;
}

function targets(): Array<{ kind: 'query' | 'mutation'; field: GraphQLField<unknown, unknown> }> {
  const mutations = Object.values(schema.getMutationType()!.getFields()).map((field) => ({ kind: 'mutation' as const, field }));
  // Every query that takes arguments: the filters (ActorFilter, OpportunityFilter, ContactFilter…), pagination, ids.
  const queries = Object.values(schema.getQueryType()!.getFields())
    .filter((f) => f.args.length > 0 && !f.name.startsWith('_'))
    .map((field) => ({ kind: 'query' as const, field }));
  return [...mutations, ...queries];
}

it('covers every mutation and the three list filters', () => {
  const names = targets().map((t) => t.field.name);
  expect(names).toEqual(expect.arrayContaining(['createActor', 'updateActor', 'archiveActor', 'addPartnership', 'removePartnership', 'createOpportunity', 'updateOpportunity', 'archiveOpportunity', 'createContact', 'updateContact', 'archiveContact', 'actors', 'opportunities', 'contacts']));
});

it('answers every fuzzed input with a documented code, never an internal error or a 5xx', async () => {
  const failures: string[] = [];
  const outcomes: Record<string, Record<string, number>> = {};
  const all = targets();
  const timeLimit = Math.max(1_500, Math.floor(BUDGET_MS / all.length));
  const starved: string[] = [];
  // Warm the stack first (first requests are slow: JIT, pools), so that the first operation's share is not spent on it.
  await gql(stack.url, '{ actors(first: 1) { nodes { id opportunities { id } contacts { id } } } }', {}, token, 20_000);
  for (const [index, { kind, field }] of all.entries()) {
    const seen: Record<string, number> = (outcomes[field.name] = {});
    const query = operationFor(kind, field);
    const required = field.args.filter((a) => isNonNullType(a.type)).map((a) => a.name);
    const variables = fc.oneof(
      { arbitrary: fc.record(Object.fromEntries(field.args.map((a) => [a.name, argumentFor(a.type, a.name)])), { requiredKeys: required }), weight: 6 },
      { arbitrary: fc.record(Object.fromEntries(field.args.map((a) => [a.name, valueFor(a.type, a.name)])), { requiredKeys: [] }), weight: 1 },
    );
    const result = await fc.check(
      fc.asyncProperty(variables, async (vars) => {
        const answer = await gql(stack.url, query, vars as Record<string, unknown>, token, 20_000);
        if (answer.status === 0 || answer.status >= 500 || !answer.body) throw new Error(`HTTP ${answer.status} ${answer.failure ?? answer.text.slice(0, 300)}`);
        const outcome = answer.body.errors ? String(answer.body.errors[0]?.extensions?.code) : 'data';
        seen[outcome] = (seen[outcome] ?? 0) + 1;
        const bad = (answer.body.errors ?? []).filter((e) => !ALLOWED.has(String(e.extensions?.code)));
        if (bad.length) throw new Error(`codes ${JSON.stringify(bad.map((e) => [e.extensions?.code, e.message]))}`);
        if (!answer.body.errors && answer.body.data?.[field.name] === undefined) throw new Error('neither data nor errors');
      }),
      { seed: SEED + index, numRuns: RUNS, interruptAfterTimeLimit: timeLimit, markInterruptAsFailure: false, endOnFailure: true },
    );
    // Failed without a counterexample: the time share ran out before a first run completed (a loaded
    // machine). Counted, not hidden: most operations must have run.
    if (result.failed && result.counterexample === null) starved.push(field.name);
    else if (result.failed) {
      failures.push(`${field.name} (FUZZ_SEED=${SEED}, seed ${SEED + index}): ${String((result.errorInstance as Error)?.message ?? result.errorInstance).slice(0, 500)}\n  variables: ${JSON.stringify(result.counterexample).slice(0, 500)}`);
    }
  }
  console.log(`fuzz outcomes (first error's code, or data):\n${Object.entries(outcomes).map(([name, seen]) => `  ${name}: ${JSON.stringify(seen)}`).join('\n')}`);
  expect(failures).toEqual([]);
  expect(unhandled).toEqual([]);
  if (starved.length) console.warn(`fuzz: no run completed in the time share for ${starved.join(', ')}`);
  expect(starved.length).toBeLessThan(all.length / 4);
}, 120_000);
