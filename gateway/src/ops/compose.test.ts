/**
 * docker-compose.yml and the Dockerfile against the code: there is no Docker engine here, so this
 * checks what `docker compose up` would rely on. Each service's environment is fed to the very
 * configuration reader its process runs (readGatewayConfig, readSubgraphOptions) through a recording
 * process.env, so a variable the code requires and compose forgets, or a variable compose sets and
 * no code reads (a typo), fails here without any list to keep in sync. The health checks' commands
 * are run against the real services in health.test.ts.
 */
import { readSubgraphOptions } from '@ecosystem/common';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { readGatewayConfig } from '../config.js';

const ROOT = resolve(__dirname, '../../..');
const SUBGRAPHS = { actors: 4001, opportunities: 4002, contacts: 4003 } as const;
type SubgraphName = keyof typeof SUBGRAPHS;
const SUBGRAPH_NAMES = Object.keys(SUBGRAPHS) as SubgraphName[];

/** What an operator's .env would hold (the `${VAR:?…}` that compose refuses to start without). */
const DOT_ENV: Record<string, string> = {
  POSTGRES_PASSWORD: 'a-strong-database-password',
  JWT_SECRET: 'j'.repeat(48),
  INTERNAL_SECRET: 'i'.repeat(48),
};

/** The optional settings an operator may add to that .env. */
const OPTIONAL_ENV: Record<string, string> = {
  PUBLIC_URL: 'https://ecosysteme.example.fr',
  TRUST_PROXY: '1',
  SMTP_URL: 'smtp://mail.example.fr:587',
  ALERTS_FROM: 'alertes@ecosysteme.example.fr',
  OIDC_ISSUER: 'https://auth.example.fr',
  OIDC_CLIENT_ID: 'ecosysteme',
  OIDC_CLIENT_SECRET: 's'.repeat(32),
  OIDC_REDIRECT_URI: 'https://ecosysteme.example.fr/auth/oidc/callback',
  OIDC_POST_LOGOUT_REDIRECT_URI: 'https://ecosysteme.example.fr/',
  OIDC_LABEL: 'ProConnect',
};

interface ComposeService {
  image?: string;
  build?: { context: string; dockerfile?: string; target?: string };
  command?: string[];
  restart?: string;
  stop_grace_period?: string;
  depends_on?: Record<string, { condition: string }>;
  environment?: Record<string, string>;
  ports?: string[];
  volumes?: string[];
  healthcheck?: { test: string[]; interval?: string; timeout?: string; retries?: number };
}

const compose = parse(readFileSync(join(ROOT, 'docker-compose.yml'), 'utf8'), { merge: true }) as {
  services: Record<string, ComposeService>;
  volumes?: Record<string, unknown>;
};
const services = compose.services;

/** Compose's interpolation: ${VAR}, ${VAR:-default}, ${VAR:?error}; an unset :? variable is an error as in compose. */
function interpolate(value: string, env: Record<string, string>): string {
  return value.replace(/\$\{([A-Z0-9_]+)(?:(:\?|:-)([^}]*))?\}/g, (_all, name: string, op: string | undefined, arg: string) => {
    if (env[name]) return env[name];
    if (op === ':-') return arg;
    if (op === ':?') throw new Error(`compose would refuse to start: ${name} is not set (${arg})`);
    return '';
  });
}

interface Stage {
  name: string;
  base: string;
  env: Record<string, string>;
  cmd?: string[];
  copies: string[];
}

/** The Dockerfile's stages, with the ENV they inherit from their base stage. */
function dockerStages(path: string): Map<string, Stage> {
  const stages = new Map<string, Stage>();
  let current: Stage | null = null;
  for (const raw of readFileSync(path, 'utf8').split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const from = /^FROM\s+(\S+)(?:\s+AS\s+(\S+))?$/i.exec(line);
    if (from) {
      const parent = stages.get(from[1]);
      current = { name: from[2] ?? `#${stages.size}`, base: from[1], env: { ...parent?.env }, cmd: parent?.cmd, copies: [] };
      stages.set(current.name, current);
      continue;
    }
    if (!current) throw new Error(`Dockerfile instruction before FROM: ${line}`);
    const env = /^ENV\s+(.+)$/i.exec(line);
    if (env) for (const pair of env[1].split(/\s+/)) current.env[pair.split('=')[0]] = pair.slice(pair.indexOf('=') + 1);
    const cmd = /^CMD\s+(\[.+\])$/i.exec(line);
    if (cmd) current.cmd = JSON.parse(cmd[1]) as string[];
    const copy = /^COPY\s+(?!--from)(.+)$/i.exec(line);
    if (copy) current.copies.push(...copy[1].split(/\s+/).slice(0, -1));
  }
  return stages;
}

/** Runs `read` on exactly `env` as process.env and returns its result and every variable it looked at. */
function withEnv<T>(env: Record<string, string>, read: () => T): { result: T; read: Set<string> } {
  const names = new Set<string>();
  const saved = process.env;
  process.env = new Proxy({ ...env }, {
    get: (target, key) => {
      if (typeof key === 'string') names.add(key);
      return Reflect.get(target, key);
    },
  });
  try {
    return { result: read(), read: names };
  } finally {
    process.env = saved;
  }
}

/** The environment a service's process sees: its image target's ENV, then compose's `environment`. */
function processEnv(name: string, dotEnv: Record<string, string> = DOT_ENV): Record<string, string> {
  const service = services[name];
  const stage = service.build?.target ? dockerStages(join(ROOT, service.build.context, service.build.dockerfile ?? 'Dockerfile')).get(service.build.target) : undefined;
  const fromCompose = Object.fromEntries(Object.entries(service.environment ?? {}).map(([key, value]) => [key, interpolate(String(value), dotEnv)]));
  return { ...stage?.env, ...fromCompose };
}

/** The port and path a health check's command asks for, from its `fetch('http://127.0.0.1:PORT/PATH')`. */
function healthTarget(service: ComposeService): { port: number; path: string } {
  const command = service.healthcheck?.test.join(' ') ?? '';
  const match = /http:\/\/(?:127\.0\.0\.1|localhost):(\d+)(\/[a-z]+)/.exec(command);
  if (!match) throw new Error(`no HTTP health check in: ${command}`);
  return { port: Number(match[1]), path: match[2] };
}

/** NODE_ENV (set by the runtime stage) is read by express and the libraries, not by our readers. */
const LIBRARY_VARIABLES = new Set(['NODE_ENV']);
const ownVariables = (env: Record<string, string>) => Object.keys(env).filter((name) => !LIBRARY_VARIABLES.has(name));

function requiredVariables(env: Record<string, string>, read: () => unknown): string[] {
  // Each variable whose absence makes the reader refuse to start.
  return Object.keys(env).filter((name) => {
    const without = { ...env };
    delete without[name];
    try {
      withEnv(without, read);
      return false;
    } catch {
      return true;
    }
  });
}

describe('docker-compose.yml', () => {
  it('runs PostgreSQL, Redis, the three subgraphs and the gateway, each restarted by Docker', () => {
    expect(Object.keys(services).sort()).toEqual(['actors', 'contacts', 'gateway', 'opportunities', 'postgres', 'redis']);
    for (const [name, service] of Object.entries(services)) {
      expect([name, service.restart]).toEqual([name, expect.stringMatching(/^(always|unless-stopped)$/)]);
      expect([name, service.healthcheck?.test[0]]).toEqual([name, expect.stringMatching(/^CMD(-SHELL)?$/)]);
    }
  });

  it("bounds Redis's memory, evicting the least used keys (what the response cache expects)", () => {
    const command = services.redis.command ?? [];
    expect(command[command.indexOf('--maxmemory-policy') + 1]).toBe('allkeys-lru');
    expect(command[command.indexOf('--maxmemory') + 1]).toMatch(/^\d+(mb|gb)$/);
  });

  it('keeps data in declared named volumes', () => {
    const declared = Object.keys(compose.volumes ?? {});
    const used = Object.values(services).flatMap((s) => (s.volumes ?? []).map((v) => v.split(':')[0]));
    expect(used.sort()).toEqual(['pgdata', 'redisdata']);
    for (const volume of used) expect(declared).toContain(volume);
    expect(services.postgres.volumes).toContain('pgdata:/var/lib/postgresql/data');
    expect(services.redis.volumes).toContain('redisdata:/data');
  });

  it('publishes the gateway only: the subgraphs stay on the internal network', () => {
    const published = Object.entries(services).filter(([, s]) => s.ports?.length).map(([name]) => name);
    expect(published).toEqual(['gateway']);
  });

  it('starts a service only after what it needs is healthy', () => {
    for (const [name, service] of Object.entries(services)) {
      for (const [dependency, { condition }] of Object.entries(service.depends_on ?? {})) {
        expect([name, dependency, condition]).toEqual([name, dependency, 'service_healthy']);
        expect(services[dependency]?.healthcheck).toBeDefined();
      }
    }
    expect(Object.keys(services.gateway.depends_on ?? {}).sort()).toEqual(['actors', 'contacts', 'opportunities', 'postgres', 'redis']);
    for (const name of SUBGRAPH_NAMES) expect(Object.keys(services[name].depends_on ?? {})).toEqual(['postgres']);
  });

  it('gives the Node services more time to stop than they take to drain (else Docker kills requests in flight)', () => {
    // Apollo Server's drain (ApolloServerPluginDrainHttpServer) waits up to 10 s for requests in flight.
    const DRAIN_MS = 10_000;
    for (const name of ['gateway', ...SUBGRAPH_NAMES]) {
      const grace = /^(\d+)s$/.exec(services[name].stop_grace_period ?? '10s');
      expect([name, Number(grace?.[1]) * 1000 > DRAIN_MS]).toEqual([name, true]);
    }
  });

  it('refuses to start without the secrets (no default password or secret)', () => {
    expect(() => processEnv('gateway')).not.toThrow();
    for (const secret of Object.keys(DOT_ENV)) {
      const saved = DOT_ENV[secret];
      delete DOT_ENV[secret];
      try {
        expect(() => ['postgres', 'gateway', ...SUBGRAPH_NAMES].forEach((name) => processEnv(name))).toThrow(secret);
      } finally {
        DOT_ENV[secret] = saved;
      }
    }
  });
});

describe('the gateway service', () => {
  const env = processEnv('gateway');
  const { result: config, read } = withEnv(env, readGatewayConfig);

  it('gives readGatewayConfig every variable it requires, and only variables it reads', () => {
    const required = requiredVariables(env, readGatewayConfig);
    expect(required.sort()).toEqual(['DATABASE_URL', 'INTERNAL_SECRET', 'JWT_SECRET']);
    // The optional ones are read once they are set (OIDC_CLIENT_ID only with OIDC_ISSUER…).
    const full = processEnv('gateway', { ...DOT_ENV, ...OPTIONAL_ENV });
    const everything = withEnv(full, readGatewayConfig);
    for (const name of ownVariables(full)) expect([name, everything.read.has(name)]).toEqual([name, true]);
  });

  it('passes the optional settings through, and leaves them off when the .env does not set them', () => {
    expect([config.oidc, config.alerts?.smtpUrl, config.trustProxy]).toEqual([undefined, undefined, false]);
    const { result } = withEnv(processEnv('gateway', { ...DOT_ENV, ...OPTIONAL_ENV }), readGatewayConfig);
    expect(result.oidc).toMatchObject({ issuer: OPTIONAL_ENV.OIDC_ISSUER, clientId: OPTIONAL_ENV.OIDC_CLIENT_ID, label: OPTIONAL_ENV.OIDC_LABEL });
    expect(result.alerts).toMatchObject({ smtpUrl: OPTIONAL_ENV.SMTP_URL, from: OPTIONAL_ENV.ALERTS_FROM, publicUrl: OPTIONAL_ENV.PUBLIC_URL });
    expect(result.trustProxy).toBe(1);
  });

  it('listens on all interfaces, on the port that compose publishes and checks', () => {
    expect(config.host).toBe('0.0.0.0');
    const published = services.gateway.ports!.map((p) => interpolate(p, DOT_ENV).split(':'));
    expect(published).toEqual([['4000', String(config.port)]]);
    expect(healthTarget(services.gateway)).toEqual({ port: config.port, path: '/ready' });
  });

  it('reaches each subgraph by its service name and the port that subgraph listens on', () => {
    expect(Object.keys(config.subgraphUrls).sort()).toEqual([...SUBGRAPH_NAMES].sort());
    for (const name of SUBGRAPH_NAMES) {
      const url = new URL(config.subgraphUrls[name]);
      const subgraph = withEnv(processEnv(name), () => readSubgraphOptions({ defaultPort: SUBGRAPHS[name] })).result;
      expect([name, url.hostname, Number(url.port), url.pathname]).toEqual([name, name, subgraph.port, '/graphql']);
    }
  });

  it('shares the database, Redis and the secrets with the services that hold them', () => {
    const database = new URL(config.databaseUrl);
    const postgres = processEnv('postgres');
    expect([database.hostname, database.port, database.username, database.password, database.pathname]).toEqual([
      'postgres', '5432', postgres.POSTGRES_USER, postgres.POSTGRES_PASSWORD, `/${postgres.POSTGRES_DB}`,
    ]);
    expect(config.redisUrl).toBeDefined();
    const redis = new URL(config.redisUrl!);
    expect([redis.protocol, redis.hostname, redis.port]).toEqual(['redis:', 'redis', '6379']);
    for (const name of SUBGRAPH_NAMES) {
      const subgraph = withEnv(processEnv(name), () => readSubgraphOptions({ defaultPort: SUBGRAPHS[name] })).result;
      expect([name, subgraph.jwtSecret, subgraph.internalSecret, subgraph.databaseUrl]).toEqual([name, config.jwtSecret, config.internalSecret, config.databaseUrl]);
    }
  });
});

describe.each(SUBGRAPH_NAMES)('the %s service', (name) => {
  const env = processEnv(name);
  const read = () => readSubgraphOptions({ defaultPort: SUBGRAPHS[name] });
  const { result: options, read: names } = withEnv(env, read);

  it('gives readSubgraphOptions every variable it requires, and only variables it reads', () => {
    expect(requiredVariables(env, read).sort()).toEqual(['DATABASE_URL', 'INTERNAL_SECRET', 'JWT_SECRET']);
    for (const variable of ownVariables(env)) expect([variable, names.has(variable)]).toEqual([variable, true]);
  });

  it('listens on all interfaces (the gateway is another container), on the port its health check asks', () => {
    expect(options.host).toBe('0.0.0.0');
    expect(healthTarget(services[name])).toEqual({ port: options.port, path: '/ready' });
  });
});

describe('the Dockerfile', () => {
  const appServices = ['gateway', ...SUBGRAPH_NAMES];

  it.each(appServices)('builds %s from a target whose command starts that workspace', (name) => {
    const build = services[name].build!;
    const dockerfile = join(ROOT, build.context, build.dockerfile ?? 'Dockerfile');
    expect(existsSync(dockerfile)).toBe(true);
    const stages = dockerStages(dockerfile);
    const stage = stages.get(build.target ?? '');
    expect(stage).toBeDefined();
    const command = services[name].command ?? stage!.cmd;
    const workspace = name === 'gateway' ? 'gateway' : `subgraphs/${name}`;
    expect(command).toEqual(['node', `${workspace}/dist/main.js`]);
    // The file exists once built: its source is there, and the build stage copies and builds it.
    expect(existsSync(join(ROOT, workspace, 'src/main.ts'))).toBe(true);
    const buildStage = [...stages.values()].find((s) => s.copies.some((c) => workspace.startsWith(c.replace(/^\.\//, '').replace(/\/$/, ''))));
    expect(buildStage?.name).toBe('build');
    // Every image of the product derives from the runtime stage, which takes the build stage's output.
    const chain: string[] = [];
    for (let s: Stage | undefined = stage; s; s = stages.get(s.base)) chain.push(s.name);
    expect(chain).toContain('runtime');
    expect(readFileSync(dockerfile, 'utf8')).toMatch(/FROM \S+ AS runtime[\s\S]*COPY --from=build /);
  });

  it('copies every workspace the root package declares into the build stage', () => {
    const { workspaces } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { workspaces: string[] };
    const build = dockerStages(join(ROOT, 'Dockerfile')).get('build')!;
    const copied = build.copies.map((c) => c.replace(/^\.\//, '').replace(/\/$/, ''));
    for (const workspace of workspaces) expect([workspace, copied.some((c) => workspace === c || workspace.startsWith(`${c}/`))]).toEqual([workspace, true]);
  });
});
