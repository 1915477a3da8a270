/**
 * One server under test, in its own process (so `taskset` can pin it and its event loop is its
 * own): `node serve.js <ours|hive|bare>` with its settings as JSON in BENCH_SERVE. Prints
 * `READY <url>` once it listens; SIGTERM stops it.
 *
 * - ours: the product's gateway (startGateway), optionally with the response cache and a fetcher;
 * - hive: Hive Gateway (@graphql-hive/gateway-runtime) on the same committed supergraph, pointed at
 *   the same subgraphs, signing every upstream request with our internal HMAC in an onFetch hook
 *   (the signature covers the exact body, so it is computed per upstream request);
 * - bare: a bare node:http server answering every request with the same bytes (a Node process's ceiling).
 */
import { signInternalRequest } from '@ecosystem/common';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startGateway } from '../gateway.js';
import type { SubgraphFetcherKind } from '../subgraph-fetcher.js';

export interface ServeSettings {
  supergraphPath: string;
  clientDir: string;
  databaseUrl: string;
  jwtSecret: string;
  internalSecret: string;
  subgraphUrls: Record<string, string>;
  /** ours: the response cache in memory. */
  cache?: boolean;
  /** ours: how it calls the subgraphs. */
  fetcher?: SubgraphFetcherKind;
  /** hive: its deduplication of identical in-flight upstream queries (on by default in Hive Gateway). */
  dedupe?: boolean;
  /** bare: the file whose bytes every answer carries. */
  bodyFile?: string;
}

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
}

async function main() {
  const kind = process.argv[2];
  const settings = JSON.parse(process.env.BENCH_SERVE ?? '{}') as ServeSettings;
  let stop: () => Promise<void>;
  let url: string;
  if (kind === 'ours') {
    const gateway = await startGateway({
      port: 0,
      host: '127.0.0.1',
      jwtSecret: settings.jwtSecret,
      internalSecret: settings.internalSecret,
      databaseUrl: settings.databaseUrl,
      supergraphPath: settings.supergraphPath,
      clientDir: settings.clientDir,
      subgraphUrls: settings.subgraphUrls,
      responseCache: settings.cache ? { mode: 'memory' } : { mode: 'off' },
      // One loopback client sends thousands of requests per second: no per-IP rate limit.
      partners: { anonymousPerMinute: 100_000_000, sitePerMinute: 100_000_000 },
      ...(settings.fetcher ? { subgraphFetcher: settings.fetcher } : {}),
    });
    url = gateway.url.replace('localhost', '127.0.0.1');
    stop = () => gateway.stop();
  } else if (kind === 'hive') {
    // Loaded here only: the product itself never depends on Hive Gateway.
    const { createGatewayRuntime } = await import('@graphql-hive/gateway');
    let supergraph = readFileSync(settings.supergraphPath, 'utf8');
    for (const [name, target] of Object.entries(settings.subgraphUrls)) {
      supergraph = supergraph.replace(new RegExp(`(@join__graph\\(name: "${name}", url: ")[^"]*(")`), `$1${target}$2`);
    }
    const secret = settings.internalSecret;
    const runtime = createGatewayRuntime({
      supergraph,
      ...(settings.dedupe === false
        ? { transportEntries: Object.fromEntries(Object.keys(settings.subgraphUrls).map((name) => [name, { options: { deduplicateInflightRequests: false } }])) }
        : {}),
      logging: false,
      graphiql: false,
      landingPage: false,
      plugins: () => [
        {
          onFetch({ options, setOptions }) {
            const body = typeof options.body === 'string' ? options.body : options.body instanceof Uint8Array ? options.body : undefined;
            if (body === undefined && options.body !== undefined && options.body !== null) throw new Error('Hive Gateway sent a body the benchmark cannot sign.');
            setOptions({ ...options, headers: { ...(options.headers as Record<string, string>), ...signInternalRequest(secret, body) } });
          },
        },
      ],
    });
    const server = createServer(runtime);
    url = await listen(server);
    stop = async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await runtime.dispose();
    };
  } else if (kind === 'bare') {
    const body = readFileSync(settings.bodyFile!);
    const server = createServer((req, res) => {
      req.resume();
      req.once('end', () => {
        res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': body.length });
        res.end(body);
      });
    });
    url = await listen(server);
    stop = () => new Promise<void>((resolve) => server.close(() => resolve()));
  } else {
    throw new Error(`Unknown server kind: ${kind}`);
  }
  process.once('SIGTERM', () => {
    stop().finally(() => process.exit(0));
    setTimeout(() => process.exit(0), 5000).unref();
  });
  console.log(`READY ${url}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
