import { RunnerStates } from '@aksu/core/runner/runner-states';
import { cronMatches, parseCron, previousFire } from '@aksu/core/schedules/cron';
import { STARTUP_CHECKS } from '@aksu/core/schedules/jobs';
import { runJob } from '@aksu/core/schedules/run';
import { SCHEDULES, type Schedule } from '@aksu/core/schedules/schedules';
import { log as appLog } from '../observability/logger.ts';

/**
 * The schedules of `pnpm dev`: the same list and the same job code as the Jobs stack, run when the
 * cron says. Every minute it runs the jobs due that minute; at start it runs once each job whose
 * last firing was missed while nothing ran (its last run, kept in the table, is older than that
 * firing) or whose start-up check asks for it. Jobs run one after another, never two at once.
 */
export interface ScheduleRunnerOptions {
  schedules?: Schedule[];
  log?: (entry: Record<string, unknown>) => void;
}

export interface ScheduleRunner {
  /** Starts the minute ticks and the catch-up; resolves once the catch-up has run. */
  start(): Promise<void>;
  /** Stops ticking and waits for the job in hand. */
  stop(): Promise<void>;
}

const SCOPE = 'schedule';

// Through the app's one logger, which honours LOG_LEVEL (silent in tests).
const defaultLog = ({ msg, level, ...fields }: Record<string, unknown>) => {
  const message = typeof msg === 'string' ? msg : 'schedule runner';
  if (level === 'error') appLog.error(message, fields);
  else if (level === 'warn') appLog.warn(message, fields);
  else appLog.info(message, fields);
};

export function createScheduleRunner(options: ScheduleRunnerOptions = {}): ScheduleRunner {
  const { log = defaultLog } = options;
  const schedules = (options.schedules ?? SCHEDULES).map((s) => ({ ...s, spec: parseCron(s.cron) }));
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  // One chain: a job due while another runs waits its turn.
  let queue: Promise<void> = Promise.resolve();

  const run = (name: string, at: Date, reason: string) => {
    queue = queue.then(async () => {
      if (stopped) return;
      const started = Date.now();
      try {
        const summary = await runJob(name, at, { untilDone: true });
        await RunnerStates.write(SCOPE, name, at.toISOString());
        log({
          level: 'info',
          msg: 'job ran',
          job: name,
          reason,
          at: at.toISOString(),
          ms: Date.now() - started,
          summary: brief(summary),
        });
      } catch (error) {
        log({
          level: 'error',
          msg: 'job failed',
          job: name,
          reason,
          at: at.toISOString(),
          error: error instanceof Error ? error.message : String(error),
        });
      }
    });
    return queue;
  };

  const tick = () => {
    const minute = new Date(Math.floor(Date.now() / 60_000) * 60_000);
    for (const s of schedules) if (cronMatches(s.spec, minute)) void run(s.name, minute, 'schedule');
    schedule();
  };
  // To the start of the next minute (plus a little), so each minute is looked at once.
  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(tick, 60_000 - (Date.now() % 60_000) + 50);
  };

  return {
    async start() {
      stopped = false;
      const now = new Date();
      const lastRuns = await RunnerStates.list(SCOPE);
      for (const s of schedules) {
        const due = previousFire(s.spec, now);
        const last = lastRuns[s.name];
        const check = (STARTUP_CHECKS as Record<string, ((at: Date) => Promise<boolean>) | undefined>)[s.name];
        if (due && (!last || last < due.toISOString())) void run(s.name, now, `missed ${due.toISOString()}`);
        else if (check && (await check(now))) void run(s.name, now, 'start-up check');
      }
      schedule();
      await queue;
    },
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await queue;
    },
  };
}

/** A job's summary for the log line: its counts, not its lists. */
function brief(summary: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(summary).filter(([, v]) => typeof v !== 'object' || v === null));
}
