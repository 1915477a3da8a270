/** What a mutation touches, read from the committed supergraph: no stack needed. */
import { buildASTSchema, parse, type OperationDefinitionNode } from 'graphql';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { mutationTouches, supergraphEntities } from './tags.js';

const supergraphSdl = readFileSync(resolve(__dirname, '../../../schema/supergraph.graphql'), 'utf8');
const api = buildASTSchema(parse(readFileSync(resolve(__dirname, '../../../schema/api.graphql'), 'utf8')));
const supergraph = supergraphEntities(supergraphSdl);

function touches(source: string, data: Record<string, unknown>): string[] {
  const operation = parse(source).definitions[0] as OperationDefinitionNode;
  return [...mutationTouches(api, supergraph, operation, data)].sort();
}

it('an entity-returning mutation touches its type, not the entities its answer reads', () => {
  const touched = touches(`mutation { updateActor(id: "a", input: {}) { id opportunities { id } } }`, { updateActor: { id: 'a', opportunities: [] } });
  expect(touched).toContain('Actor');
  expect(touched).not.toContain('Opportunity');
});

it("a payload's follow-ups in other subgraphs touch what those subgraphs own (mergeActors)", () => {
  const touched = touches(
    `mutation { mergeActors(input: { survivorId: "a", mergedId: "b" }) { survivor { id } merge { opportunities { opportunitiesMoved } contacts { contactsMoved } } } }`,
    { mergeActors: { survivor: { id: 'a' }, merge: { opportunities: { opportunitiesMoved: 1 }, contacts: { contactsMoved: 1 } } } },
  );
  expect(touched).toEqual(expect.arrayContaining(['Actor', 'Opportunity', 'Contact']));
});

it('a refused mutation touches nothing', () => {
  expect(touches(`mutation { updateActor(id: "a", input: {}) { id } }`, { updateActor: null })).toEqual([]);
});
