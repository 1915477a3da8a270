/** Latency figures of the benchmark: percentiles, and sequential timings of one or several measures. */
import { performance } from 'node:perf_hooks';

export interface LoadResult {
  requests: number;
  errors: number;
  seconds: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
}

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export function summarise(latencies: number[], errors: number, seconds: number): LoadResult {
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    requests: latencies.length,
    errors,
    seconds,
    perSecond: latencies.length / seconds,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
  };
}

/** Latency of `run` repeated `times` (sequential), in ms. */
export async function timed(times: number, run: (i: number) => Promise<unknown>): Promise<LoadResult> {
  const latencies: number[] = [];
  const started = performance.now();
  for (let i = 0; i < times; i++) {
    const t0 = performance.now();
    await run(i);
    latencies.push(performance.now() - t0);
  }
  return summarise(latencies, 0, (performance.now() - started) / 1000);
}

/**
 * Sequential latencies of several measures, interleaved: `rounds` rounds, each running every measure
 * `warmup` times (not kept) then `perRound` times. A passing disturbance (a GC, another process)
 * then spreads over every measure instead of landing on one, which matters for a p95 of
 * sub-millisecond statements. `run(i)` gets the measure's own running count.
 */
export async function interleaved<K extends string>(
  measures: Record<K, (i: number) => Promise<unknown>>,
  options: { rounds: number; perRound: number; warmup: number },
): Promise<Record<K, LoadResult>> {
  const names = Object.keys(measures) as K[];
  const latencies = new Map<K, number[]>(names.map((name) => [name, []]));
  const counts = new Map<K, number>(names.map((name) => [name, 0]));
  const spent = new Map<K, number>(names.map((name) => [name, 0]));
  for (let round = 0; round < options.rounds; round++) {
    for (const name of names) {
      const run = measures[name];
      const next = () => {
        const i = counts.get(name)!;
        counts.set(name, i + 1);
        return run(i);
      };
      for (let w = 0; w < options.warmup; w++) await next();
      for (let k = 0; k < options.perRound; k++) {
        const t0 = performance.now();
        await next();
        const ms = performance.now() - t0;
        latencies.get(name)!.push(ms);
        spent.set(name, spent.get(name)! + ms);
      }
    }
  }
  return Object.fromEntries(names.map((name) => [name, summarise(latencies.get(name)!, 0, spent.get(name)! / 1000)])) as Record<K, LoadResult>;
}
