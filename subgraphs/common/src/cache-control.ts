/**
 * Cache hints of the subgraphs (Apollo's `@cacheControl`): the directive's definition, the maxAges
 * we give our data, the rule that value types inherit them, and the rule that an answer to a
 * signed-in viewer is private. Each subgraph's Apollo Server turns the hints of an operation into
 * a `Cache-Control` header; the gateway restricts its overall policy by every subgraph's header
 * (RemoteGraphQLDataSource.honorSubgraphCacheControlHeader) and caches and answers accordingly.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, parse, print, type ConstDirectiveNode, type DocumentNode } from 'graphql';

/**
 * The directive's own specification, imported with @link and kept in the supergraph through
 * @composeDirective: the composed schema still says how long each type may be cached, for any
 * router or reader of the supergraph. The URL only names the feature; nothing fetches it.
 */
export const CACHE_CONTROL_LINK = `@link(url: "https://specs.ecosystem-graph.fr/cacheControl/v1.0", import: ["@cacheControl"]) @composeDirective(name: "@cacheControl")`;

/** Apollo Server's definition (it reads the hints by name from the SDL). */
export const CACHE_CONTROL_SDL = `
"""How long a shared or private cache may keep what this type or field returns (Apollo cache control)."""
directive @cacheControl(maxAge: Int, scope: CacheControlScope, inheritMaxAge: Boolean) on FIELD_DEFINITION | OBJECT | INTERFACE | UNION

"""Who may cache an answer: any cache (PUBLIC) or only the viewer's own (PRIVATE)."""
enum CacheControlScope {
  """Any cache, a CDN included."""
  PUBLIC
  """Only the viewer's own cache (a browser); never a shared one."""
  PRIVATE
}
`;

/**
 * The maxAges, in seconds. The toolbox is a published document that changes a few times a year;
 * actors, opportunities and contacts are edited every day, and the gateway's own cache is emptied
 * by the mutations that touch them, so a few minutes only bounds what a CDN or browser may show
 * after an edit. Contact e-mails and phones depend on the viewer: PRIVATE, never in a shared cache.
 */
export const CACHE_MAX_AGE = { toolbox: 86_400, records: 300 } as const;

/** `@Directive(...)` arguments, so that every maxAge comes from CACHE_MAX_AGE. */
export const cacheHint = {
  toolbox: `@cacheControl(maxAge: ${CACHE_MAX_AGE.toolbox})`,
  records: `@cacheControl(maxAge: ${CACHE_MAX_AGE.records})`,
  viewerDependent: '@cacheControl(scope: PRIVATE)',
} as const;

const ROOT_TYPES = new Set(['Query', 'Mutation', 'Subscription']);

/**
 * Gives `@cacheControl(inheritMaxAge: true)` to every object type that is not an entity (no @key),
 * not a root type and has no hint of its own: a connection, a page info, a provenance or a
 * territory is as fresh as the record or root field that returns it. Without this, Apollo counts
 * any object field without a hint as maxAge 0 and nothing would ever be cacheable; done here once
 * rather than on each value type so that a new value type cannot silently make everything
 * uncacheable.
 */
export function inheritCacheHints(typeDefs: DocumentNode): DocumentNode {
  const inherit: ConstDirectiveNode = {
    kind: Kind.DIRECTIVE,
    name: { kind: Kind.NAME, value: 'cacheControl' },
    arguments: [{ kind: Kind.ARGUMENT, name: { kind: Kind.NAME, value: 'inheritMaxAge' }, value: { kind: Kind.BOOLEAN, value: true } }],
  };
  return {
    ...typeDefs,
    definitions: typeDefs.definitions.map((definition) => {
      if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION || ROOT_TYPES.has(definition.name.value)) return definition;
      const directives = definition.directives ?? [];
      if (directives.some((d) => d.name.value === 'key' || d.name.value === 'cacheControl')) return definition;
      return { ...definition, directives: [...directives, inherit] };
    }),
  };
}

/** The SDL with inherited hints, for buildSubgraphSchema. */
export function withInheritedCacheHints(sdl: string): DocumentNode {
  return parse(print(inheritCacheHints(parse(sdl))));
}

/**
 * An answer to a signed-in viewer may hold what only they may see (drafts, e-mails, phones): its
 * policy is PRIVATE whatever the types say, so that no shared cache (the gateway's, a CDN) keeps it.
 */
export function viewerCachePolicyPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart({ request }) {
      return {
        // In willSendResponse, not executionDidStart: a policy restricted before execution makes
        // Apollo's cache-control plugin ignore the field hints (it takes it for a cached answer).
        // User plugins run before that plugin, whose willSendResponse then writes the header.
        async willSendResponse({ overallCachePolicy }) {
          if (request.http?.headers.get('authorization')) overallCachePolicy.restrict({ scope: 'PRIVATE' });
        },
      };
    },
  };
}
