/**
 * Load generation with autocannon, in a process of its own pinned (taskset) to the core the servers
 * do not use. `runCannon` spawns this file; run directly, it reads its job from BENCH_CANNON and
 * prints autocannon's result as JSON on the last line.
 */
import { signInternalRequest } from '@ecosystem/common';
import { spawn } from 'node:child_process';

export interface CannonJob {
  url: string;
  body: string;
  connections: number;
  seconds: number;
  /** Sign each request as the gateway does (direct calls to a subgraph). */
  signWith?: string;
  /** Every answer must be these bytes, else it counts as a mismatch (a wrong or failed answer). */
  expectBody?: string;
}

export interface CannonResult {
  perSecond: number;
  requests: number;
  p50: number;
  p90: number;
  p97_5: number;
  p99: number;
  /** Connection errors, timeouts, non-2xx answers and answers other than the expected bytes. */
  errors: number;
}

/** Runs `job` in a child process, on `cpus` (a taskset list such as "1") when given. */
export function runCannon(job: CannonJob, cpus?: string): Promise<CannonResult> {
  const args = [__filename];
  const command = cpus ? 'taskset' : process.execPath;
  const argv = cpus ? ['-c', cpus, process.execPath, ...args] : args;
  return new Promise((resolve, reject) => {
    const child = spawn(command, argv, { env: { ...process.env, BENCH_CANNON: JSON.stringify(job) }, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.once('error', reject);
    child.once('exit', (code) => {
      const last = out.trim().split('\n').pop() ?? '';
      if (code !== 0) return reject(new Error(`autocannon exited with ${code}: ${out.slice(-500)}`));
      resolve(JSON.parse(last) as CannonResult);
    });
  });
}

async function main() {
  const job = JSON.parse(process.env.BENCH_CANNON!) as CannonJob;
  // autocannon ships CommonJS without types.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const autocannon = require('autocannon') as (options: Record<string, unknown>) => Promise<any>;
  // The signature covers the timestamp and the body, which is the same for every request of a run:
  // signed once here, it stays valid for the subgraph's 60 s window (a run is shorter), and the
  // subgraph still verifies it on every request, as it does the gateway's.
  if (job.signWith && job.seconds > 50) throw new Error('A signed run must be shorter than the 60 s signature window.');
  const signature = job.signWith ? signInternalRequest(job.signWith, job.body) : {};
  const result = await autocannon({
    url: job.url,
    method: 'POST',
    headers: { 'content-type': 'application/json', ...signature },
    body: job.body,
    connections: job.connections,
    duration: job.seconds,
    ...(job.expectBody !== undefined ? { expectBody: job.expectBody } : {}),
  });
  // Only right answers count: 2xx with the expected bytes.
  const ok = Math.max(0, (result['2xx'] ?? 0) - (result.mismatches ?? 0));
  const summary: CannonResult = {
    perSecond: ok / (result.duration || job.seconds),
    requests: ok,
    p50: result.latency.p50,
    p90: result.latency.p90,
    p97_5: result.latency.p97_5,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx + (result.mismatches ?? 0),
  };
  console.log(JSON.stringify(summary));
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
