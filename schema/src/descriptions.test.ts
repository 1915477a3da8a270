/**
 * Every type, field, argument, enum value and input field of the public API (schema/api.graphql)
 * and of each subgraph's published SDL has a description: partners read the API through GraphiQL's
 * docs and introspection, so an undocumented name is a hole in the contract.
 */
import { readFileSync } from 'node:fs';
import { Kind, parse, type DefinitionNode } from 'graphql';
import { API_SCHEMA_PATH, subgraphSources } from './compose.js';

/** The names without a description, as `Type`, `Type.field`, `Type.field(arg)` or `Enum.VALUE`. */
export function undescribed(sdl: string): string[] {
  const missing: string[] = [];
  for (const definition of parse(sdl).definitions as DefinitionNode[]) {
    if (!('name' in definition) || !definition.name || definition.kind === Kind.DIRECTIVE_DEFINITION) continue;
    const type = definition.name.value;
    const isExtension = definition.kind.endsWith('Extension');
    if (!isExtension && !('description' in definition && definition.description?.value.trim())) missing.push(type);
    if ('fields' in definition) {
      for (const field of definition.fields ?? []) {
        if (!field.description?.value.trim()) missing.push(`${type}.${field.name.value}`);
        for (const argument of ('arguments' in field ? field.arguments : undefined) ?? []) {
          if (!argument.description?.value.trim()) missing.push(`${type}.${field.name.value}(${argument.name.value})`);
        }
      }
    }
    if ('values' in definition) {
      for (const value of definition.values ?? []) if (!value.description?.value.trim()) missing.push(`${type}.${value.name.value}`);
    }
  }
  return missing;
}

const FILES = [API_SCHEMA_PATH, ...subgraphSources().map((source) => source.file)];

it.each(FILES)('%s describes every type, field, argument, enum value and input field', (path) => {
  expect({ path, undescribed: undescribed(readFileSync(path, 'utf8')) }).toEqual({ path, undescribed: [] });
});

it('names each undescribed element', () => {
  const sdl = `
    """Described."""
    type Query { a(x: Int): Int """ok""" b: String }
    input Filter { """ok""" kept: Int lost: Int }
    """Kinds."""
    enum Kind { """ok""" A B }
    extend type Query { c: Int }`;
  expect(undescribed(sdl)).toEqual(['Query.a', 'Query.a(x)', 'Filter', 'Filter.lost', 'Kind.B', 'Query.c']);
});
