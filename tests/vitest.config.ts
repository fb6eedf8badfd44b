import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * The files that take longest, longest first, as measured on two cores. A fresh clone (CI) has no
 * durations cached, and vitest then starts the largest files first; these are small files that
 * drive long runs (a sweep of every screen, the fuzzing, the seed), and starting one of them last
 * left it running alone while the other workers sat idle at the end of its group.
 */
const LONGEST_FIRST = [
  // e2e
  'tests/e2e/layout-desktop.test.ts',
  'tests/e2e/layout-phone.test.ts',
  'tests/e2e/service-requests.test.ts',
  'tests/e2e/talent-care.test.ts',
  'tests/e2e/layout-english.test.ts',
  'tests/e2e/cohort-import.test.ts',
  'tests/e2e/organiser.test.ts',
  'tests/e2e/cohort-hub-links.test.ts',
  'tests/e2e/positions-apply.test.ts',
  'tests/e2e/positions-screening.test.ts',
  'tests/e2e/lists-admin.test.ts',
  'tests/e2e/offline.test.ts',
  // integration and stacks
  'tests/integration/fuzz.test.ts',
  'tests/integration/seed.test.ts',
  'tests/integration/authorization-matrix.test.ts',
  'tests/integration/dynamodb-local.test.ts',
  'tests/integration/check-ins.test.ts',
  'tests/integration/applications.test.ts',
  'tests/integration/import-worker.test.ts',
  'tests/stacks/stacks.test.ts',
];
// A renamed file would silently drop back to the default order: say so instead.
for (const path of LONGEST_FIRST) {
  if (!existsSync(`${root}${path}`))
    throw new Error(`tests/vitest.config.ts names ${path} in LONGEST_FIRST, which does not exist`);
}

/** Vitest's order (by group, then the longest known file first, else the largest) with LONGEST_FIRST at the head of each group. */
class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = (await super.sort(files)).map((file, index) => ({ file, index }));
    const group = (file: TestSpecification) => file.project.config.sequence.groupOrder;
    const rank = (file: TestSpecification) => {
      const at = LONGEST_FIRST.findIndex((path) => file.moduleId.endsWith(`/${path}`));
      return at === -1 ? LONGEST_FIRST.length : at;
    };
    sorted.sort((a, b) => group(a.file) - group(b.file) || rank(a.file) - rank(b.file) || a.index - b.index);
    return sorted.map(({ file }) => file);
  }
}

/**
 * Unit tests that set the process's environment before the modules under test read it (the Lambda
 * wrapper's logger and tracer): they run in a fresh module graph each, never after a file that
 * loaded those modules with the test run's environment.
 */
const PROCESS_STATE_TESTS = [
  'packages/functions/src/observability/**/*.test.ts',
  // Sets the bound secrets in the environment, as Lambda does.
  'packages/functions/src/lambda.test.ts',
];

/**
 * One config for the whole run. DynamoDB Local starts once in the root globalSetup (a globalSetup in
 * a project config would start a second JVM); each test file that touches the database gets a fresh
 * table from the per-file setup, so files never see each other's data.
 */
export default defineConfig({
  root,
  test: {
    globalSetup: ['tests/support/global-setup.ts'],
    reporters: ['default', './tests/support/summary-reporter.ts'],
    // Three files at a time on two cores: vitest would otherwise run one (cores - 1), while most of a
    // file's time is spent waiting on the JVM, the API or the browser (even with three at a time a
    // third of the CPU stayed idle through the integration files). Each file has its own table and
    // its servers on free ports, so files never see each other; every wait is bounded far above
    // what a loaded machine needs, and the whole suite passed with three files at a time while other
    // work kept the machine's load near nine.
    maxWorkers: 3,
    sequence: { sequencer: LongestFirst },
    env: {
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
      LOG_LEVEL: 'silent',
      NODE_ENV: 'test',
    },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['packages/*/src/**/*.test.ts'],
          exclude: [...PROCESS_STATE_TESTS, '**/node_modules/**'],
          // The unit tests are pure functions over the same modules: each worker imports the domain
          // once instead of once per file, which was two thirds of the project's time (import 129 s
          // of 175 s summed over the workers; 134 s → 43 s for the project on two cores).
          isolate: false,
          // Bounds against a hang only. A unit test that builds a workbook or loads a module takes
          // seconds on two busy cores, so vitest's 5 s default would fail it for the machine's load.
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: { name: 'unit-process', include: PROCESS_STATE_TESTS, testTimeout: 60_000 },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          setupFiles: ['tests/support/table-per-file.ts'],
          // One process per worker, each file with fresh project modules and environment (see the
          // setup file): a process per file was two fifths of the project's time.
          isolate: false,
          // Bounds against a hung test only, far above what a quiet machine needs (the slowest test
          // takes about a minute there): a test that waits for the thing itself must not fail
          // because the two cores were busy. The seed test keeps a longer bound of its own.
          testTimeout: 300_000,
          hookTimeout: 300_000,
        },
      },
      {
        extends: true,
        test: { name: 'stacks', include: ['tests/stacks/**/*.test.ts'], testTimeout: 600_000, hookTimeout: 600_000 },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          setupFiles: ['tests/support/table-per-file.ts'],
          // As for the integration files: one process per worker, each file starting afresh.
          isolate: false,
          // Bounds against a hang only: with two browsers side by side on two busy cores a step
          // takes longer, and no test here measures speed.
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // After the other projects: the browser waits stay far from their limits when the fuzzing
          // and the authorization matrix are not loading the same two cores and the same JVM.
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
