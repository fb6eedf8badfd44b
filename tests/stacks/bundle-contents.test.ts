import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleLikeSst } from '../../scripts/bench/sst-esbuild.ts';
import { functionDefaults } from '../../stacks/lib/function-defaults.ts';
import { classNodejs } from '../../stacks/lib/traffic-classes.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bundle-contents-'));
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** The files a module brings into a class's bundle, bundled as `sst deploy` bundles the public class. */
async function inputsOf(entry: string): Promise<string[]> {
  const nodejs = classNodejs('public', functionDefaults('test').nodejs);
  return (await bundleLikeSst(root, join(root, entry), join(dir, entry.replaceAll('/', '_')), nodejs)).inputs;
}

describe('what every class function carries', () => {
  it('checks a session without the account services, their mail or the password list', async () => {
    // Every class runs the auth middleware; what it imports is in every bundle and every cold start.
    const inputs = await inputsOf('packages/functions/src/middleware/auth.ts');
    expect(inputs).toContain('packages/core/src/users/session-state.ts');
    const carried = inputs.filter((input) =>
      /packages\/core\/src\/(users\/(users|sign-in|sessions|writes|reads)\.ts|notifications\/(?!.*\.entity\.ts)|auth\/common-passwords)/.test(
        input,
      ),
    );
    expect(carried).toEqual([]);
  });

  it('holds the table entities without any request or view schema', async () => {
    // Every function imports every entity through the service: a schema module an entity imports
    // for a constant is built in every cold start.
    const inputs = await inputsOf('packages/core/src/db/service.ts');
    expect(inputs.filter((input) => input.endsWith('.entity.ts')).length).toBeGreaterThan(60);
    expect(inputs.filter((input) => /\.schema\.ts$|\/node_modules\/.*\/zod\//.test(input))).toEqual([]);
  });
});
