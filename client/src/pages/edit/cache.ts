/**
 * After a write, the lists that may now be wrong are dropped from Apollo's cache, so that every
 * page showing them (board, map, search, actor pages) asks the API again.
 */
import type { ApolloCache } from '@apollo/client';

export function evictFields(cache: ApolloCache, targets: Array<{ typename?: string; id?: string | null; fieldName: string }>): void {
  for (const target of targets) {
    if (target.typename && !target.id) continue;
    const id = target.typename ? cache.identify({ __typename: target.typename, id: target.id! }) : 'ROOT_QUERY';
    if (id) cache.evict({ id, fieldName: target.fieldName });
  }
  cache.gc();
}

export function evictOpportunityLists(cache: ApolloCache, actorIds: Array<string | null | undefined>): void {
  evictFields(cache, [
    { fieldName: 'opportunities' },
    ...actorIds.map((id) => ({ typename: 'Actor', id, fieldName: 'opportunities' })),
  ]);
  // Tools list their opportunities too.
  for (const key of Object.keys(cache.extract() as Record<string, unknown>)) {
    if (key.startsWith('PartnershipTool:')) cache.evict({ id: key, fieldName: 'opportunities' });
  }
  cache.gc();
}

export function evictActorLists(cache: ApolloCache, relatedIds: Array<string | null | undefined>): void {
  evictFields(cache, [
    { fieldName: 'actors' },
    ...relatedIds.flatMap((id) => [
      { typename: 'Actor', id, fieldName: 'children' },
      { typename: 'Actor', id, fieldName: 'partnerships' },
    ]),
  ]);
}

export function evictContactLists(cache: ApolloCache, organizationIds: Array<string | null | undefined>): void {
  evictFields(cache, [
    { fieldName: 'contacts' },
    ...organizationIds.map((id) => ({ typename: 'Actor', id, fieldName: 'contacts' })),
  ]);
}
