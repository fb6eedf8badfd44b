import { readFile } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import { apiClass } from './classes/api.ts';
import { classHandler } from './lambda.ts';

/**
 * The OpenAPI document of the whole API, as `pnpm openapi` stored it (a test keeps it equal to
 * what the full app generates). Generating it here would need every class's route definitions,
 * the spreadsheet routes among them; the stack copies the file into the artifact instead.
 */
async function storedDocument(): Promise<string> {
  const file = process.env.OPENAPI_DOCUMENT ?? 'openapi.json';
  return readFile(isAbsolute(file) ? file : join(process.env.LAMBDA_TASK_ROOT ?? process.cwd(), file), 'utf8');
}

/** The api class's function: everything that is not public, phone or exports, plus health and docs. */
export const handler = classHandler(apiClass, (app) => {
  let document: Promise<string> | undefined;
  app.get('/openapi.json', async (c) => {
    document ??= storedDocument();
    return c.body(await document, 200, { 'content-type': 'application/json; charset=utf-8' });
  });
});
