import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleLikeSst } from '../../scripts/bench/sst-esbuild.ts';
import { functionDefaults } from '../../stacks/lib/function-defaults.ts';
import { CLASS_LIMITS, classNodejs } from '../../stacks/lib/traffic-classes.ts';

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

  it.each(['public', 'phone'] as const)(
    'puts only its own routes and services in the %s function',
    async (trafficClass) => {
      const entry = CLASS_LIMITS[trafficClass].handler.replace(/\.handler$/, '.ts');
      const classFile = await readFile(join(root, `packages/functions/src/classes/${trafficClass}.ts`), 'utf8');
      const own = [...classFile.matchAll(/import\('\.\.\/routes\/([a-z-]+\.ts)'\)/g)].map(([, file]) => file);
      expect(own.length).toBeGreaterThan(2);
      const inputs = await inputsOf(entry);
      const routeModules = inputs
        .filter((input) => input.startsWith('packages/functions/src/routes/'))
        .map((input) => input.replace('packages/functions/src/routes/', ''));
      // A route module registers its routes when imported: another class's module here would bring its
      // routes, their schemas and their domain. Shared views live in modules without routes.
      expect(routeModules.filter((file) => !own.includes(file) && !file.endsWith('-views.ts'))).toEqual([]);
      // Mail is rendered by the stream worker from outbox events, never where the request is answered.
      expect(
        inputs.filter((input) =>
          /core\/src\/notifications\/(templates\/|render|qr)|node_modules\/.*\/(qrcode|pngjs)\//.test(input),
        ),
      ).toEqual([]);
      // A schema module builds every schema it declares when imported: a field several domains share
      // (a date, a phone, a university id) comes from core's fields module, not from the partnership
      // or university schemas, which neither class's routes use.
      expect(inputs.filter((input) => /core\/src\/(partnerships|universities)\/.*\.schema\.ts$/.test(input))).toEqual(
        [],
      );
      // Both serve a talent's own card or requests; neither takes the organisers' services with them.
      expect(
        inputs.filter((input) => /core\/src\/talent-service\/(accounts|care|contacts|attention)\.ts$/.test(input)),
      ).toEqual([]);
    },
  );

  it("leaves the recruitment and host units' schemas out of the phone function", async () => {
    // An intern's check-in, logs, leave and own requests take ids and an upload ticket from those
    // domains, which live in core's fields and storage modules; the check-in reads a unit's
    // location without its view.
    const inputs = await inputsOf(CLASS_LIMITS.phone.handler.replace(/\.handler$/, '.ts'));
    expect(inputs).toContain('packages/core/src/attendance/check-in.ts');
    expect(
      inputs.filter((input) => /core\/src\/(positions|applications|host-units)\/.*\.schema\.ts$/.test(input)),
    ).toEqual([]);
  });
});
