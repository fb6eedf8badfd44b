import { readdirSync, readFileSync } from 'node:fs';

const TICKS_PER_SEC = 100; // USER_HZ; 100 on every Linux the project runs on

/**
 * CPU time of this process's child whose command line contains every one of `markers` (for
 * DynamoDB Local: the jar and its port), read from /proc. Null where /proc is absent (macOS).
 */
export function childCpuReader(markers: string[]): (() => number) | null {
  let pid: string | undefined;
  try {
    for (const task of readdirSync('/proc/self/task')) {
      const children = readFileSync(`/proc/self/task/${task}/children`, 'utf8').trim().split(/\s+/).filter(Boolean);
      pid ??= children.find((child) => {
        const cmdline = readFileSync(`/proc/${child}/cmdline`, 'utf8').split('\0');
        return markers.every((marker) => cmdline.some((arg) => arg === marker || arg.endsWith(`/${marker}`)));
      });
    }
  } catch (error) {
    // No /proc (not Linux) or the child left meanwhile: the numbers are diagnostics, not results.
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  if (!pid) return null;
  const stat = `/proc/${pid}/stat`;
  return () => {
    // Fields after the parenthesised command name; utime and stime are the 12th and 13th of those.
    const fields = readFileSync(stat, 'utf8').split(') ')[1]!.split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SEC;
  };
}
