import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { JOBS, RunnerStates, type Job } from '@aksu/core';
import { createScheduleRunner } from '@aksu/functions/workers/schedule-runner';
import { runJobAt } from '../support/backbone.ts';

/** The dev runner's catch-up: a job whose last firing went unrun runs once at start, and only once. */
describe('the schedule runner of pnpm dev', () => {
  it('runs a missed job once at start and records it, so the next start leaves it alone', async () => {
    const name = `test-job-${randomUUID().slice(0, 8)}`;
    const runs: Date[] = [];
    // A test-only job beside the real ones, daily at 00:00 UTC: that firing is in the past and unrun.
    (JOBS as Record<string, Job>)[name] = async (at) => {
      runs.push(at);
      return { ran: runs.length };
    };
    const schedules = [{ name, cron: 'cron(0 0 * * ? *)', description: 'test' }];
    const log = () => undefined;

    const first = createScheduleRunner({ schedules, log });
    await first.start();
    await first.stop();
    expect(runs).toHaveLength(1);
    expect(await RunnerStates.read('schedule', name)).toBe(runs[0]!.toISOString());

    // Started again: its last run is now newer than its last firing.
    const second = createScheduleRunner({ schedules, log });
    await second.start();
    await second.stop();
    expect(runs).toHaveLength(1);
  });

  it('runs a job for a given moment the way pnpm job --at does', async () => {
    const name = `test-job-${randomUUID().slice(0, 8)}`;
    let pieces = 0;
    (JOBS as Record<string, Job>)[name] = async (at) => ({ at: at.toISOString(), done: ++pieces >= 3 });
    const summary = await runJobAt(name, '2026-07-01T09:30:00+08:00');
    // A job working in bounded pieces is invoked again until it is done.
    expect(summary).toMatchObject({ at: '2026-07-01T01:30:00.000Z', done: true, invocations: 3 });
  });
});
