import autocannon from 'autocannon';
import { percentile, round } from './stats.ts';

export interface LoadShape {
  concurrency: number;
  durationSec: number;
}

/** One timed stretch of load: raw latencies so several stretches merge into exact percentiles. */
export interface LoadSample {
  latenciesMs: number[];
  failed: number;
  /** Completed after the window closed: not counted in the rate, but the work was done. */
  lateOps: number;
  elapsedSec: number;
  /** CPU this (the load-generating) process spent during the stretch. */
  generatorCpuMs: number;
  concurrency: number;
}

export interface LoadSummary {
  opsPerSec: number;
  p50Ms: number;
  p99Ms: number;
  ok: number;
  failed: number;
  durationSec: number;
  concurrency: number;
  /** Per operation the generator (and server) did work for, including late ones. */
  generatorCpuMsPerOp: number;
  lateOps: number;
  /** Each stretch's own rate: their spread shows how steady the machine was. */
  stretchOpsPerSec: number[];
}

export function summarize(samples: LoadSample[]): LoadSummary {
  const latencies = samples.flatMap((s) => s.latenciesMs).sort((a, b) => a - b);
  const elapsedSec = samples.reduce((sum, s) => sum + s.elapsedSec, 0);
  const cpuMs = samples.reduce((sum, s) => sum + s.generatorCpuMs, 0);
  const lateOps = samples.reduce((sum, s) => sum + s.lateOps, 0);
  return {
    opsPerSec: round(latencies.length / elapsedSec, 1),
    p50Ms: round(percentile(latencies, 50), 2),
    p99Ms: round(percentile(latencies, 99), 2),
    ok: latencies.length,
    failed: samples.reduce((sum, s) => sum + s.failed, 0),
    durationSec: round(elapsedSec, 2),
    concurrency: samples[0]?.concurrency ?? 0,
    generatorCpuMsPerOp: round(cpuMs / Math.max(1, latencies.length + lateOps), 2),
    lateOps,
    stretchOpsPerSec: samples.map((s) => round(s.latenciesMs.length / s.elapsedSec, 1)),
  };
}

const cpuMsSince = (start: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
};

export interface HttpRequestSpec {
  path: string;
  headers: Record<string, string>;
  body: () => unknown;
}

/** POSTs through autocannon; `body()` is called per request so every write can differ. */
export async function httpLoad(url: string, spec: HttpRequestSpec, shape: LoadShape): Promise<LoadSample> {
  const latenciesMs: number[] = [];
  let failed = 0;
  const cpu = process.cpuUsage();
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        connections: shape.concurrency,
        duration: shape.durationSec,
        requests: [
          {
            method: 'POST',
            path: spec.path,
            headers: { 'content-type': 'application/json', ...spec.headers },
            setupRequest: (request) => ({ ...request, body: JSON.stringify(spec.body()) }),
          },
        ],
      },
      (error, done) => (error ? reject(error) : resolve(done)),
    );
    instance.on('response', (_client, status, _bytes, ms) => {
      if (status >= 200 && status < 300) latenciesMs.push(ms);
      else failed += 1;
    });
  });
  return {
    latenciesMs,
    failed: failed + result.errors,
    lateOps: 0,
    // autocannon's own window: it counts responses until its deadline and drops those still in flight.
    elapsedSec: result.duration,
    generatorCpuMs: cpuMsSince(cpu),
    concurrency: shape.concurrency,
  };
}

/**
 * `concurrency` loops, each awaiting one operation at a time until the deadline: the same in-flight
 * count autocannon keeps with that many connections. Bounded by time and by `maxOps` per loop. Like
 * autocannon, it counts only operations completed within the window, so both sides' rates cover
 * the same kind of interval.
 */
export async function loopLoad(
  operation: () => Promise<unknown>,
  shape: LoadShape,
  maxOps = 1_000_000,
): Promise<LoadSample> {
  const latenciesMs: number[] = [];
  let failed = 0;
  let lateOps = 0;
  let firstError: unknown;
  const cpu = process.cpuUsage();
  const started = performance.now();
  const deadline = started + shape.durationSec * 1000;
  const loop = async () => {
    for (let i = 0; i < maxOps && performance.now() < deadline; i++) {
      const t0 = performance.now();
      try {
        await operation();
        const t1 = performance.now();
        if (t1 <= deadline) latenciesMs.push(t1 - t0);
        else lateOps += 1;
      } catch (error) {
        failed += 1;
        firstError ??= error;
      }
    }
  };
  await Promise.all(Array.from({ length: shape.concurrency }, loop));
  if (failed > 0) console.warn(`  ${failed} operations failed; first: ${(firstError as Error)?.message ?? firstError}`);
  return {
    latenciesMs,
    failed,
    lateOps,
    elapsedSec: (deadline - started) / 1000,
    generatorCpuMs: cpuMsSince(cpu),
    concurrency: shape.concurrency,
  };
}
