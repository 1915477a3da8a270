/**
 * What the gateway serves from the client's build for partners and API users: the embeddable widget
 * at /widget.js (client/dist/widget.js) and GraphiQL for browsers opening GET /graphql
 * (client/dist/graphiql.html; its assets, under /graphiql-assets/, go with the client's static files).
 */
import type { RequestHandler } from 'express';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The widget's URL carries no version (partners paste it once), so it cannot be cached forever: a day
 * fresh, then a week served stale while revalidating, and an ETag so revalidation is a 304.
 */
export const WIDGET_CACHE_CONTROL = 'public, max-age=86400, stale-while-revalidate=604800';

/*
 * Plain handlers, not express Routers: a Router answers OPTIONS by itself for the paths of its routes,
 * which would take CORS preflights of /graphql away from the partner gate (partners/).
 */

export function widgetScript(clientDir: string): RequestHandler {
  const widget = join(clientDir, 'widget.js');
  return (req, res, next) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || (req.path !== '/widget.js' && req.path !== '/widget.js.map')) return next();
    const file = req.path === '/widget.js' ? widget : `${widget}.map`;
    if (!existsSync(file)) return next();
    res.sendFile(file, {
      etag: true,
      lastModified: true,
      cacheControl: false,
      headers: {
        'Cache-Control': WIDGET_CACHE_CONTROL,
        // Loaded by <script> from any partner site; CORS and CORP only matter to pages that opt into
        // them (crossorigin attribute, COEP), and they must not be refused either.
        'Access-Control-Allow-Origin': '*',
        'Cross-Origin-Resource-Policy': 'cross-origin',
        'X-Content-Type-Options': 'nosniff',
        ...(req.path === '/widget.js' ? { 'Content-Type': 'text/javascript; charset=utf-8' } : {}),
      },
    });
  };
}

/**
 * GET /graphql from a browser (HTML wanted, no `query` parameter) gets GraphiQL; API GETs go on.
 * Without a built client, a short text page says where the API is rather than a 404.
 */
export function graphiqlPage(clientDir: string): RequestHandler {
  const page = join(clientDir, 'graphiql.html');
  return (req, res, next) => {
    if (req.method !== 'GET' || req.path !== '/graphql') return next();
    if (req.query.query || req.accepts(['application/json', 'text/html']) !== 'text/html') return next();
    if (!existsSync(page)) {
      res.type('text').send('GraphiQL is not built (run `npm run build`). Send GraphQL queries with POST to /graphql; introspection is open.');
      return;
    }
    // Read each time: a rebuilt client changes the hashed asset names it points to.
    res.set('Cache-Control', 'no-cache').type('html').send(readFileSync(page, 'utf8'));
  };
}
