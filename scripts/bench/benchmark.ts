/** One line of the printed table. `met` is present only for rows that carry a target. */
export interface Row {
  metric: string;
  value: number | string;
  unit: string;
  target?: string;
  met?: boolean;
}

export interface BenchOutput {
  rows: Row[];
  /** Merged into the top level of bench/results.json, so each benchmark owns its keys. */
  json: Record<string, unknown>;
}

/**
 * A benchmark is a module exporting one of these. `scripts/bench.ts` runs them one after another,
 * never in parallel: on a two-core machine two benchmarks would measure each other.
 */
export interface Benchmark {
  name: string;
  run(): Promise<BenchOutput>;
}
