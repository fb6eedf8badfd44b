/**
 * `pnpm bench`: runs every benchmark in tests/bench one after another, prints a table and writes
 * bench/results.json. Never part of `pnpm test`: timings depend on the machine and its load.
 * `pnpm bench <name> ...` runs only the named benchmarks; `--quick` runs every one smaller (about five
 * minutes in all on two cores), its numbers labelled quick.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { Benchmark, Row } from './bench/benchmark.ts';
import { watchOthers } from './bench/machine-noise.ts';
import { QUICK } from './bench/quick.ts';
import { formatTable } from './bench/report.ts';
import { round } from './bench/stats.ts';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
// Benchmarks write registrations and interns, whose personal data is encrypted; a fresh clone has no
// key in its env, and these tables live only in a local DynamoDB that is gone when the run ends.
process.env.PII_KEY ??= 'bench-pii-key-not-for-production';

/**
 * Each module exports `benchmark`. Loaded one at a time when its turn comes, so a module that does
 * not compile (say, mid-edit elsewhere in the workspace) fails its own row and not the whole run.
 * Order matters only for noise: the load test goes first, before builds heat the machine. The
 * dashboard goes last: a full run's 20,000 interns move through the funnel one transaction at a time,
 * the longest seed of all, and a run cut short during it has already written every other row.
 */
const BENCHMARKS: Array<{ name: string; load: () => Promise<{ benchmark: Benchmark }> }> = [
  { name: 'api-writes', load: () => import('../tests/bench/api-writes.ts') },
  { name: 'lambda-bundle', load: () => import('../tests/bench/lambda-bundle.ts') },
  { name: 'web-build', load: () => import('../tests/bench/web-build.ts') },
  { name: 'bulk-import', load: () => import('../tests/bench/bulk-import.ts') },
  { name: 'attendance', load: () => import('../tests/bench/attendance.ts') },
  { name: 'outbox', load: () => import('../tests/bench/outbox.ts') },
  { name: 'absentees', load: () => import('../tests/bench/absentees.ts') },
  { name: 'bursts', load: () => import('../tests/bench/bursts.ts') },
  { name: 'dashboard-reads', load: () => import('../tests/bench/dashboard-reads.ts') },
];

const root = fileURLToPath(new URL('..', import.meta.url));
const only = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
const selected = only.length ? BENCHMARKS.filter((b) => only.includes(b.name)) : BENCHMARKS;
if (selected.length === 0) {
  console.error(`No benchmark named ${only.join(', ')}; known: ${BENCHMARKS.map((b) => b.name).join(', ')}`);
  process.exit(2);
}

if (QUICK) {
  // Child processes and modules that size themselves from the env see the same choice.
  process.env.BENCH_QUICK = '1';
  const smaller: Record<string, string> = {
    // The check-in warm-up and stretches keep their full length; at about 100 check-ins a second
    // they use 2,200 interns, each checking in once (seeding 1,000 takes about 3 s).
    ATTENDANCE_BENCH_INTERNS: '4000',
    ATTENDANCE_BENCH_SIZES: '200,2000',
    // The dashboard's seed moves each intern through the funnel one transaction at a time. Its
    // target compares the item ceiling at two sizes, which needs every university (26) in both.
    DASHBOARD_BENCH_SIZES: '30,90',
    ABSENTEE_BENCH_INTERNS: '1000',
    ABSENTEE_BENCH_BUDGET: '250',
    IMPORT_BENCH_ROWS: '200',
    OUTBOX_BENCH_CHECKINS: '200',
  };
  for (const [name, value] of Object.entries(smaller)) process.env[name] ??= value;
}

// Ctrl-C or a kill: leave through 'exit', whose hooks stop DynamoDB Local; the API child exits
// when its IPC channel to this process closes.
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(130));

const machine: Record<string, unknown> = {
  cpus: cpus().length,
  cpuModel: cpus()[0]?.model ?? 'unknown',
  node: process.version,
  totalMemGB: round(totalmem() / 1024 ** 3, 1),
};
// Other work on the machine moves every number here.
const others = watchOthers();
const results: Record<string, unknown> = {
  generatedAt: new Date().toISOString(),
  // A quick run writes the same file: its mode says so at the top, so nobody takes it for the full run.
  mode: QUICK ? 'quick' : 'full',
  ...(QUICK
    ? { quick: 'smaller sizes and fewer rounds: every row filled, numbers not comparable with a full run' }
    : {}),
  machine,
  units: 'Key suffixes name the unit: Ms milliseconds, Sec seconds, Bytes, KB/MB (1024-based), PerSec per second.',
};
const sections: Array<{ name: string; rows: Row[] }> = [];
const failures: Record<string, string> = {};
// Wall time per benchmark, to see which one a slow run spent its time in.
const seconds: Record<string, number> = {};
const started = performance.now();

/**
 * Writes bench/results.json as it stands: after each benchmark too, so a run stopped part-way (a
 * long full run cut short) still leaves the rows it filled, marked as not finished.
 */
async function writeResults(finished: boolean): Promise<void> {
  results.finished = finished;
  results.ran = selected.map((b) => b.name);
  if (Object.keys(failures).length) results.failures = failures;
  // The printed table as data: every row with its target and whether it was met, so the file alone
  // answers "is every row filled, is every target met" for this run.
  results.rows = sections.flatMap(({ name, rows }) => rows.map((row) => ({ benchmark: name, ...row })));
  const targets = sections.flatMap(({ rows }) => rows).filter((row) => row.met !== undefined);
  results.targets = { total: targets.length, met: targets.filter((row) => row.met).length };
  results.benchmarkSec = seconds;
  results.totalSec = round((performance.now() - started) / 1000, 1);
  await mkdir(`${root}bench`, { recursive: true });
  await writeFile(`${root}bench/results.json`, `${JSON.stringify(results, null, 2)}\n`);
}

for (const entry of selected) {
  console.log(`> ${entry.name}`);
  const t0 = performance.now();
  try {
    const { benchmark } = await entry.load();
    if (benchmark.name !== entry.name) throw new Error(`module names itself ${benchmark.name}`);
    const output = await benchmark.run();
    Object.assign(results, output.json);
    sections.push({ name: QUICK ? `${benchmark.name} (quick)` : benchmark.name, rows: output.rows });
  } catch (error) {
    // One broken benchmark (say, the web build mid-edit) must not cost the others' numbers.
    const message = error instanceof Error ? error.message : String(error);
    failures[entry.name] = message;
    sections.push({
      name: entry.name,
      rows: [{ metric: 'FAILED', value: message.split('\n')[0]!.slice(0, 100), unit: '' }],
    });
    console.error(`  ${entry.name} failed: ${message}`);
  }
  seconds[entry.name] = round((performance.now() - t0) / 1000, 1);
  console.log(`  ${seconds[entry.name]} s`);
  await writeResults(false);
}

Object.assign(machine, others());
if (machine.noisy) console.warn('\nOther processes used the CPU during the run: treat the timings as noisy.');
await writeResults(true);
console.log(`\n${formatTable(sections)}\n\nWrote bench/results.json in ${results.totalSec} s`);
process.exit(Object.keys(failures).length ? 1 : 0);
