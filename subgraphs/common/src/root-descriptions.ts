/**
 * Descriptions of the root operation types, which type-graphql cannot describe. Every subgraph gives
 * the same text, so that composition keeps it as is (the schema test wants every type described).
 */
import type { GraphQLSchema } from 'graphql';

export const ROOT_TYPE_DESCRIPTIONS: Record<string, string> = {
  Query:
    'Reading the directory: actors, opportunities, contacts and the partnership toolbox. Public: contact e-mails and phones need a signed-in viewer, drafts an editor.',
  Mutation: 'Writing to the directory. Every mutation needs a bearer token with the editor or admin role, within the editor\'s territories.',
};

/** Sets the descriptions of Query and Mutation on a schema built by type-graphql, before it is printed. */
export function describeRootTypes(schema: GraphQLSchema): GraphQLSchema {
  for (const type of [schema.getQueryType(), schema.getMutationType()]) {
    if (type && !type.description) type.description = ROOT_TYPE_DESCRIPTIONS[type.name];
  }
  return schema;
}
