/**
 * Feeds and exports for partner sites, built on the public API (see api.ts):
 *   GET /feeds/opportunities.atom|.rss|.json|.ics   newest opportunities of a filter
 *   GET /exports/actors.csv|.geojson|.jsonld
 *   GET /exports/opportunities.csv|.jsonld
 *   GET /exports/contacts.csv|.jsonld               streamed, whatever the size
 * Filters come as query parameters mirroring ActorFilter / OpportunityFilter / ContactFilter.
 */
import type { ApolloServer } from '@apollo/server';
import { Router, type Request, type Response } from 'express';
import type { GatewayContext } from '../gateway.js';
import { Api, originOf, sendError } from './api.js';
import { actorColumns, actorsGeoJson, contactColumns, csvFormat, jsonLdFormat, opportunityColumns, streamExport, type Format } from './exports.js';
import { FEED_DEFAULT_LIMIT, FEED_MAX_LIMIT, FEEDS, feedContext, newestOpportunities } from './feeds.js';
import { FILTERS, parseFilter, parseLimit } from './filters.js';
import { ACTORS_QUERY, CONTACTS_QUERY, OPPORTUNITIES_QUERY, type ActorRecord, type ContactRecord, type OpportunityRecord } from './records.js';
import { actorNode, contactNode, opportunityNode } from './schema-org.js';

export interface PublishOptions {
  apollo: ApolloServer<GatewayContext>;
  jwtSecret: string;
}

export function publishRouter({ apollo, jwtSecret }: PublishOptions): Router {
  const router = Router();

  for (const [extension, render] of Object.entries(FEEDS)) {
    router.get(`/feeds/opportunities.${extension}`, async (req: Request, res: Response) => {
      try {
        const filter = parseFilter(req, FILTERS.opportunities, ['limit']);
        const limit = parseLimit(req, FEED_DEFAULT_LIMIT, FEED_MAX_LIMIT);
        const api = await Api.forRequest(apollo, jwtSecret, req);
        const feed = render(feedContext(req, await newestOpportunities(api, filter, limit)));
        res.set({
          'content-type': feed.contentType,
          // A signed-in caller may see drafts: its feed is never stored by a shared cache.
          'cache-control': api.signedIn ? 'private, max-age=300' : 'public, max-age=300',
          vary: 'Authorization',
          'x-content-type-options': 'nosniff',
        });
        res.send(feed.body);
      } catch (error) {
        sendError(res, error);
      }
    });
  }

  const exportRoute = <T>(
    resource: keyof typeof FILTERS,
    query: string,
    formats: (origin: string) => Array<Format<T>>,
  ) => {
    for (const extension of formats('').map((f) => f.extension)) {
      router.get(`/exports/${resource}.${extension}`, async (req: Request, res: Response) => {
        try {
          const filter = parseFilter(req, FILTERS[resource]);
          const api = (await Api.forRequest(apollo, jwtSecret, req)).withoutSharedCache();
          const format = formats(originOf(req)).find((f) => f.extension === extension)!;
          await streamExport<T>(res, api, { query, field: resource, filter, name: resource }, format);
        } catch (error) {
          sendError(res, error);
        }
      });
    }
  };

  exportRoute<ActorRecord>('actors', ACTORS_QUERY, (origin) => [
    csvFormat(actorColumns(origin)),
    actorsGeoJson,
    jsonLdFormat((a) => actorNode(origin, a)),
  ]);
  exportRoute<OpportunityRecord>('opportunities', OPPORTUNITIES_QUERY, (origin) => [
    csvFormat(opportunityColumns(origin)),
    jsonLdFormat((o) => opportunityNode(origin, o)),
  ]);
  exportRoute<ContactRecord>('contacts', CONTACTS_QUERY, (origin) => [csvFormat(contactColumns()), jsonLdFormat((c) => contactNode(origin, c))]);

  return router;
}
