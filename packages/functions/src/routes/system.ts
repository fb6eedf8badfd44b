import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, isAbsolute, join } from 'node:path';
import { z } from '@hono/zod-openapi';
import { router } from '../env.ts';
import { DOCS_CONTENT_SECURITY_POLICY } from '../http/content-security.ts';
import { jsonResponse, route } from '../http/schemas.ts';

const DOCS_FILES = {
  'swagger-ui-bundle.js': 'text/javascript; charset=utf-8',
  'swagger-ui.css': 'text/css; charset=utf-8',
} as const;

/**
 * Swagger UI is served from the `swagger-ui-dist` package, not a CDN: the platform must work where
 * only this API is reachable. In Lambda the two files are copied beside the bundle (DOCS_ASSETS_DIR).
 */
function docsAssetDir(): string {
  const configured = process.env.DOCS_ASSETS_DIR;
  if (configured)
    return isAbsolute(configured) ? configured : join(process.env.LAMBDA_TASK_ROOT ?? process.cwd(), configured);
  return dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));
}

const DOCS_HTML = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>API 文档 · 才聚阿克苏</title><link rel="stylesheet" href="/docs/swagger-ui.css"></head>
<body><div id="docs" data-spec="/openapi.json"></div><script src="/docs/swagger-ui-bundle.js"></script>
<script src="/docs/swagger-init.js"></script>
</body></html>`;

/** Swagger UI's start-up, as a file rather than inline so the page's policy allows no inline script. */
const DOCS_INIT =
  "window.ui = SwaggerUIBundle({ url: document.getElementById('docs').dataset.spec, " +
  "dom_id: '#docs', deepLinking: true });\n";

export const systemRoutes = router()
  .openapi(
    route({
      operationId: 'getHealth',
      method: 'get',
      path: '/health',
      tags: ['System'],
      summary: 'Liveness',
      security: [],
      responses: { 200: jsonResponse(z.object({ status: z.literal('ok') }), 'The API is up') },
    }),
    (c) => c.json({ status: 'ok' as const }, 200),
  )
  .get('/docs', (c) => c.html(DOCS_HTML, 200, { 'content-security-policy': DOCS_CONTENT_SECURITY_POLICY }))
  .get('/docs/swagger-init.js', (c) =>
    c.body(DOCS_INIT, 200, {
      'content-type': 'text/javascript; charset=utf-8',
      'cache-control': 'public, max-age=86400',
    }),
  )
  .get('/docs/:file', async (c) => {
    const file = c.req.param('file') as keyof typeof DOCS_FILES;
    const type = DOCS_FILES[file];
    if (!type) return c.notFound();
    const body = await readFile(join(docsAssetDir(), file));
    return c.body(body, 200, { 'content-type': type, 'cache-control': 'public, max-age=86400' });
  });
