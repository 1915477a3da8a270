/** The only place that knows the Federation version and the directives our subgraphs import. */
import { buildSubgraphSchema, printSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/index.js';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import type { GraphQLSchema } from 'graphql';
import { buildSchema, createResolversMap, type BuildSchemaOptions } from 'type-graphql';
import { CACHE_CONTROL_LINK, CACHE_CONTROL_SDL, withInheritedCacheHints } from './cache-control.js';
import { DateScalar, DateTimeScalar } from './scalars.js';
import { describeRootTypes } from './root-descriptions.js';

export const FEDERATION_LINK = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@composeDirective", "@external", "@requires"]) ${CACHE_CONTROL_LINK}`;

type ReferenceResolvers = Record<string, { __resolveReference: (reference: any, context: any, info: any) => unknown }>;

export async function buildFederatedSchema(
  options: Omit<BuildSchemaOptions, 'skipCheck' | 'scalarsMap'>,
  referenceResolvers: ReferenceResolvers = {},
): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    ...options,
    // Subgraphs may have no Query type of their own; composition checks the whole graph.
    skipCheck: true,
    scalarsMap: [
      { type: Date, scalar: DateTimeScalar },
    ],
    validate: false,
  });
  const resolvers = createResolversMap(schema) as GraphQLResolverMap<unknown>;
  for (const [typeName, reference] of Object.entries(referenceResolvers)) {
    resolvers[typeName] = { ...(resolvers[typeName] as object), ...reference } as never;
  }
  return buildSubgraphSchema({
    // Value types inherit the cache hints of what returns them (cache-control.ts).
    typeDefs: withInheritedCacheHints(`${FEDERATION_LINK}
${CACHE_CONTROL_SDL}
${printSchemaWithDirectives(describeRootTypes(schema))}`),
    resolvers,
  });
}

/** The SDL a subgraph publishes for composition (what `schema.graphql` holds). */
export function subgraphSdl(schema: GraphQLSchema): string {
  return `${printSubgraphSchema(schema).trim()}\n`;
}

export { DateScalar, DateTimeScalar };
