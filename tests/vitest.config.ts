import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('..', import.meta.url));

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
    env: {
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
      LOG_LEVEL: 'silent',
      NODE_ENV: 'test',
    },
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['packages/*/src/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          setupFiles: ['tests/support/table-per-file.ts'],
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
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One browser at a time: two cores are shared with the JVM and the API.
          fileParallelism: false,
          // After the other projects: the browser waits stay far from their limits when the fuzzing
          // and the authorization matrix are not loading the same two cores and the same JVM.
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
