import { describe, expect, it } from 'vitest';
import { JOBS } from './index.ts';
import { SCHEDULES } from './schedules.ts';

describe('the schedule list', () => {
  // The stacks make one rule per entry, named after it, and the dev runner one timer: a name listed
  // twice would run the job twice in pnpm dev and stop the stack from synthesizing.
  it('names each job once', () => {
    const names = SCHEDULES.map((s) => s.name);
    expect(names.filter((name, i) => names.indexOf(name) !== i)).toEqual([]);
  });

  it('has a job for every schedule and a schedule for every job', () => {
    expect(SCHEDULES.map((s) => s.name).sort()).toEqual(Object.keys(JOBS).sort());
  });
});
