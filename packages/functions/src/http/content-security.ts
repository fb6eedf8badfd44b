/**
 * Content-Security-Policy for each kind of response, in one place: the local server and the Web
 * stack's CloudFront distribution send the same policy for the web app.
 *
 * Scripts only from our own origin, never inline: the built app has no inline script, and the docs
 * page loads its start-up code as a file. Styles may be inline because ECharts and React style
 * attributes set them at run time. Images may be data: (the favicon, QR codes) or blob: URLs.
 */
const policy = (directives: Record<string, string[]>) =>
  Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; ');

/** The web app. `apiOrigin` is the API's origin when it is not the site's own (the deployed stacks). */
export function webContentSecurityPolicy(apiOrigin?: string): string {
  return policy({
    'default-src': ["'self'"],
    'script-src': ["'self'"],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'", 'data:'],
    'connect-src': ["'self'", ...(apiOrigin ? [apiOrigin] : [])],
    'media-src': ["'self'", 'blob:'],
    'worker-src': ["'self'", 'blob:'],
    'manifest-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
  });
}

/** The interactive API reference (Swagger UI, served from this API with its start-up script as a file). */
export const DOCS_CONTENT_SECURITY_POLICY = policy({
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
});

/** JSON and files: nothing in them is ever run or framed. */
export const API_CONTENT_SECURITY_POLICY = policy({
  'default-src': ["'none'"],
  'frame-ancestors': ["'none'"],
});
