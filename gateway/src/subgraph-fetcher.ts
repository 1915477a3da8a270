/**
 * How the gateway sends its requests to the subgraphs. @apollo/gateway's RemoteGraphQLDataSource
 * defaults to make-fetch-happen (an npm-registry HTTP client: a cache layer, minipass streams and a
 * node-fetch Request built for every call); `npm run bench` measures it against two leaner ones:
 *
 * - `http`: node:http with one keep-alive Agent per gateway (what this module builds below), identical
 *   queries in flight sharing one exchange; `http-no-dedupe` the same without that sharing;
 * - `fetch`: Node's global fetch (undici, keep-alive by default);
 * - `make-fetch-happen`: Apollo's default, kept for comparison.
 *
 * The gateway uses `http` unless told otherwise (see bench/results for the figures behind it).
 */
import type { RemoteGraphQLDataSource } from '@apollo/gateway';
import { INTERNAL_SIGNATURE_HEADER, INTERNAL_TIMESTAMP_HEADER } from '@ecosystem/common';
import { Agent, request, type IncomingHttpHeaders } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';

export type SubgraphFetcherKind = 'http' | 'http-no-dedupe' | 'fetch' | 'make-fetch-happen';
export const SUBGRAPH_FETCHER_KINDS: readonly SubgraphFetcherKind[] = ['http', 'http-no-dedupe', 'fetch', 'make-fetch-happen'];
export const DEFAULT_SUBGRAPH_FETCHER: SubgraphFetcherKind = 'http';

type Fetcher = RemoteGraphQLDataSource['fetcher'];
type FetcherInit = NonNullable<Parameters<Fetcher>[1]>;
type FetcherResponse = Awaited<ReturnType<Fetcher>>;

/** The fetcher for `kind`; `undefined` leaves RemoteGraphQLDataSource's own (make-fetch-happen). */
export function subgraphFetcher(kind: SubgraphFetcherKind = DEFAULT_SUBGRAPH_FETCHER): Fetcher | undefined {
  if (kind === 'make-fetch-happen') return undefined;
  if (kind === 'fetch') return ((url: string, init?: FetcherInit) => fetch(url, init as RequestInit)) as unknown as Fetcher;
  return keepAliveHttpFetcher({ dedupe: kind === 'http' });
}

function toHeaders(raw: IncomingHttpHeaders): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(raw)) {
    if (value === undefined) continue;
    for (const one of Array.isArray(value) ? value : [value]) headers.append(name, one);
  }
  return headers;
}

interface RawAnswer {
  status: number;
  statusText: string;
  headers: IncomingHttpHeaders;
  text: string;
}

const toResponse = (url: string, raw: RawAnswer): FetcherResponse =>
  ({
    ok: raw.status >= 200 && raw.status < 300,
    status: raw.status,
    statusText: raw.statusText,
    url,
    redirected: false,
    headers: toHeaders(raw.headers),
    text: async () => raw.text,
    json: async () => JSON.parse(raw.text),
  }) as unknown as FetcherResponse;

/** Headers that differ between two otherwise identical requests without changing the answer. */
const SIGNATURE_HEADERS = new Set([INTERNAL_TIMESTAMP_HEADER, INTERNAL_SIGNATURE_HEADER, 'content-length']);

/**
 * The key under which identical in-flight requests share one exchange, or null when they must not:
 * only POSTed GraphQL queries (never a mutation, nor anything we cannot read as a plain query), and
 * the key holds every header but the signature (the caller's bearer token above all), so two
 * viewers never share an answer.
 */
export function dedupeKey(url: string, method: string, headers: Record<string, string>, body: string | undefined): string | null {
  if (method !== 'POST' || body === undefined || !body.startsWith('{"query":"')) return null;
  const operation = /^\{"query":"\s*([a-z]*)/.exec(body)?.[1] ?? '';
  if (operation !== '' && operation !== 'query') return null;
  const kept = Object.entries(headers)
    .map(([name, value]) => [name.toLowerCase(), value] as const)
    .filter(([name]) => !SIGNATURE_HEADERS.has(name))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `${url}\n${JSON.stringify(kept)}\n${body}`;
}

/**
 * A minimal fetcher over node:http with keep-alive sockets (no cache, no redirects: a subgraph
 * answers in place). It honours `signal` (withSubgraphTimeout's AbortSignal.timeout, which rejects
 * with the signal's TimeoutError) and keeps node's error codes (ECONNREFUSED, ECONNRESET…), which
 * protection.ts turns into SUBGRAPH_UNAVAILABLE.
 *
 * With `dedupe` (the default), identical queries in flight at the same time share one exchange
 * (see dedupeKey), as Hive Gateway does by default: a burst of the same public query costs the
 * subgraphs one answer. Each caller still gets its own response object and its own timeout.
 */
export function keepAliveHttpFetcher(options: { maxSockets?: number; keepAliveMsecs?: number; dedupe?: boolean } = {}): Fetcher {
  const agentOptions = { keepAlive: true, keepAliveMsecs: options.keepAliveMsecs ?? 1000, maxSockets: options.maxSockets ?? 64, scheduling: 'lifo' as const };
  const agent = new Agent(agentOptions);
  const httpsAgent = new HttpsAgent(agentOptions);
  const inFlight = new Map<string, Promise<RawAnswer>>();
  const exchange = (url: string, method: string, headers: Record<string, string>, body: string | Buffer | undefined, signal: AbortSignal | undefined): Promise<RawAnswer> =>
    new Promise((resolve, reject) => {
      const target = new URL(url);
      const secure = target.protocol === 'https:';
      if (body !== undefined) headers['content-length'] = String(Buffer.byteLength(body));
      if (signal?.aborted) return reject(signal.reason);
      const req = (secure ? httpsRequest : request)(target, { method, headers, agent: secure ? httpsAgent : agent });
      const onAbort = () => {
        req.destroy();
        reject(signal!.reason);
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      req.once('error', (error) => {
        signal?.removeEventListener('abort', onAbort);
        reject(error);
      });
      req.once('response', (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.once('error', (error) => {
          signal?.removeEventListener('abort', onAbort);
          reject(error);
        });
        res.once('end', () => {
          signal?.removeEventListener('abort', onAbort);
          resolve({ status: res.statusCode ?? 0, statusText: res.statusMessage ?? '', headers: res.headers, text: Buffer.concat(chunks).toString('utf8') });
        });
      });
      req.end(body);
    });
  const fetcher = async (url: string, init: FetcherInit = {}): Promise<FetcherResponse> => {
    const method = init.method ?? 'GET';
    const body = init.body === undefined || init.body === null ? undefined : typeof init.body === 'string' ? init.body : Buffer.from(init.body as Uint8Array);
    const headers: Record<string, string> = { ...(init.headers as Record<string, string> | undefined) };
    const signal = init.signal as AbortSignal | undefined;
    const key = options.dedupe === false || typeof body !== 'string' ? null : dedupeKey(url, method, headers, body);
    if (key === null) return toResponse(url, await exchange(url, method, headers, body, signal));
    let shared = inFlight.get(key);
    if (!shared) {
      // The first caller's exchange, under its own timeout; the others wait for it under theirs.
      shared = exchange(url, method, headers, body, signal).finally(() => inFlight.delete(key));
      inFlight.set(key, shared);
      return toResponse(url, await shared);
    }
    if (!signal) return toResponse(url, await shared);
    if (signal.aborted) throw signal.reason;
    let onAbort: () => void = () => undefined;
    const aborted = new Promise<never>((_, reject) => {
      onAbort = () => reject(signal.reason);
      signal.addEventListener('abort', onAbort, { once: true });
    });
    try {
      return toResponse(url, await Promise.race([shared, aborted]));
    } finally {
      signal.removeEventListener('abort', onAbort);
    }
  };
  return fetcher as unknown as Fetcher;
}
