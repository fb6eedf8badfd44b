import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { round } from './stats.ts';

const TICKS_PER_SEC = 100; // USER_HZ, as in child-cpu.ts
/** Others may use this share of one core (kernel threads always do a little) before timings count as noisy. */
const QUIET_SHARE = 0.1;

/**
 * Busy ticks of the whole machine (steal included: a busy host is noise too) and of this process with its finished
 * children.
 */
function ticks(): { machine: number; own: number } | null {
  try {
    const [user, nice, system, , , irq, softirq, steal] = readFileSync('/proc/stat', 'utf8')
      .split('\n')[0]!
      .trim()
      .split(/\s+/)
      .slice(1)
      .map(Number);
    // utime, stime, cutime, cstime: the 12th to 15th fields after the parenthesised command name.
    const self = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ').slice(11, 15).map(Number);
    return { machine: user! + nice! + system! + irq! + softirq! + steal!, own: self.reduce((a, b) => a + b, 0) };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/**
 * Watches how much CPU everything but the benchmarks used while they ran. The load average cannot
 * tell: the benchmarks' own Node and DynamoDB Local keep two cores busy. Read once every child has
 * exited, since a child's time joins this process's only then. Falls back to the load average where
 * /proc is absent (macOS).
 */
export function watchOthers() {
  const start = ticks();
  const loadAtStart = round(loadavg()[0]!, 2);
  const t0 = performance.now();
  return () => {
    const end = ticks();
    const wallSec = (performance.now() - t0) / 1000;
    if (!start || !end) {
      const loadAtEnd = round(loadavg()[0]!, 2);
      return {
        loadAvg1mAtStart: loadAtStart,
        loadAvg1mAtEnd: loadAtEnd,
        noisy: Math.max(loadAtStart, loadAtEnd) > cpus().length,
      };
    }
    const othersCpuSec = Math.max(0, end.machine - start.machine - (end.own - start.own)) / TICKS_PER_SEC;
    return {
      loadAvg1mAtStart: loadAtStart,
      othersCpuSec: round(othersCpuSec, 1),
      noisy: othersCpuSec > QUIET_SHARE * wallSec,
    };
  };
}
