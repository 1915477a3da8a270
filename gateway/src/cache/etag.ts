/**
 * Strong ETags on GET /graphql answers, so that a partner or a CDN can revalidate with
 * If-None-Match and get a 304 without the body. The tag is a hash of the exact bytes sent; express's
 * res.send then answers 304 itself when the request's If-None-Match matches (req.fresh).
 * Express's own ETag is weak (W/"…") and app-wide; this one is scoped to the API.
 */
import type { RequestHandler } from 'express';
import { createHash } from 'node:crypto';

export function strongEtag(): RequestHandler {
  return (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const send = res.send.bind(res);
    res.send = (body?: unknown) => {
      if (res.statusCode === 200 && (typeof body === 'string' || Buffer.isBuffer(body)) && !res.get('ETag')) {
        res.set('ETag', `"${createHash('sha256').update(body).digest('base64url')}"`);
      }
      return send(body);
    };
    next();
  };
}
