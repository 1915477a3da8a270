/**
 * Feeds and exports read the public API itself: every page is a GraphQL operation executed by the
 * gateway's own ApolloServer with the caller's Authorization header, so privacy (contact e-mails and
 * phones), drafts, validation and every other rule of the API apply unchanged.
 */
import type { ApolloServer } from '@apollo/server';
import { ANONYMOUS, viewerFromAuthorization } from '@ecosystem/common';
import type { Request, Response } from 'express';
import { GraphQLError } from 'graphql';
import { bypassResponseCache } from '../cache/index.js';
import type { GatewayContext } from '../gateway.js';

/** A failure to answer with `{ error: { code, message } }` (the same shape as /auth's). */
export class PublishError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export function badInput(message: string): PublishError {
  return new PublishError(400, 'BAD_USER_INPUT', message);
}

const STATUS_BY_CODE: Record<string, number> = {
  BAD_USER_INPUT: 400,
  GRAPHQL_VALIDATION_FAILED: 400,
  GRAPHQL_PARSE_FAILED: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
};

export function sendError(res: Response, error: unknown): void {
  const known = error instanceof PublishError ? error : new PublishError(500, 'INTERNAL_SERVER_ERROR', 'The export failed.');
  if (res.headersSent) {
    // Too late for a status: cut the transfer so that the client sees an incomplete file, never a short one.
    res.destroy();
    return;
  }
  res.status(known.status).set('cache-control', 'no-store').json({ error: { code: known.code, message: known.message } });
}

/** Runs operations through the gateway on behalf of one request's caller. */
export class Api {
  private constructor(
    private readonly apollo: ApolloServer<GatewayContext>,
    private readonly context: GatewayContext,
  ) {}

  static async forRequest(apollo: ApolloServer<GatewayContext>, jwtSecret: string, req: Request): Promise<Api> {
    const authorization = req.headers.authorization;
    try {
      const viewer = await viewerFromAuthorization(authorization, jwtSecret);
      return new Api(apollo, { viewer, authorization });
    } catch (error) {
      if (error instanceof GraphQLError) throw new PublishError(401, String(error.extensions.code ?? 'UNAUTHENTICATED'), error.message);
      throw error;
    }
  }

  /** An anonymous caller, for the gateway's own background work (alerts/): it never sees private data. */
  static anonymous(apollo: ApolloServer<GatewayContext>): Api {
    return new Api(apollo, { viewer: ANONYMOUS });
  }

  /**
   * Keeps this caller's operations out of the gateway's shared response cache. Exports read
   * thousands of rows a page: stored, one whole-country export would push every useful entry out
   * of the cache for answers nobody asks twice. (A signed-in caller never touches it anyway.)
   */
  withoutSharedCache(): this {
    bypassResponseCache(this.context);
    return this;
  }

  get signedIn(): boolean {
    return this.context.viewer.role !== 'anonymous';
  }

  async query<T>(query: string, variables: Record<string, unknown>): Promise<T> {
    const response = await this.apollo.executeOperation<T>({ query, variables }, { contextValue: this.context });
    if (response.body.kind !== 'single') throw new PublishError(500, 'INTERNAL_SERVER_ERROR', 'Unexpected incremental response.');
    const { data, errors } = response.body.singleResult;
    if (errors?.length) {
      const code = String(errors[0]!.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
      const mapped = code === 'GRAPHQL_VALIDATION_FAILED' || code === 'GRAPHQL_PARSE_FAILED' ? 'BAD_USER_INPUT' : code;
      throw new PublishError(STATUS_BY_CODE[code] ?? 500, mapped, errors.map((e) => e.message).join(' '));
    }
    if (!data) throw new PublishError(500, 'INTERNAL_SERVER_ERROR', 'The API returned no data.');
    return data;
  }
}

export interface Connection<T> {
  totalCount?: number;
  nodes: T[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/**
 * Reads a connection page after page (`first` at most 1000). The query takes `$first`, `$after`,
 * `$filter` and `$withCount` (for `totalCount @include(if: $withCount)`, asked on the first page only)
 * and returns the connection under `field`. Only one page is held at a time.
 */
export async function* pages<T>(
  api: Api,
  query: string,
  field: string,
  filter: Record<string, unknown>,
  pageSize = 1000,
): AsyncGenerator<Connection<T>> {
  let after: string | null = null;
  let first = true;
  for (;;) {
    const data: Record<string, Connection<T>> = await api.query(query, { filter, first: pageSize, after, withCount: first });
    const page = data[field]!;
    yield page;
    first = false;
    if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor || page.nodes.length === 0) return;
    after = page.pageInfo.endCursor;
  }
}

/** The request's origin, for links to the client's pages. */
export function originOf(req: Request): string {
  return `${req.protocol}://${req.get('host') ?? 'localhost'}`;
}

export function selfUrl(req: Request): string {
  return `${originOf(req)}${req.originalUrl}`;
}
