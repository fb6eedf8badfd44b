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

/** Origins other than the site's own that the web app's scripts talk to. */
export interface WebOrigins {
  /** The API's origin when it is not the site's own (the deployed stacks). */
  api?: string;
  /**
   * Where uploaded files are stored: an applicant's phone PUTs the CV straight there with a
   * presigned URL, a request the browser blocks unless connect-src names the storage's origin. In
   * AWS the files bucket's regional origin, locally the local S3-compatible server's.
   */
  storage?: string;
}

/** The web app's policy. */
export function webContentSecurityPolicy(origins: WebOrigins = {}): string {
  return policy({
    'default-src': ["'self'"],
    'script-src': ["'self'"],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'", 'data:'],
    'connect-src': ["'self'", ...[origins.api, origins.storage].filter((origin) => origin !== undefined)],
    'media-src': ["'self'", 'blob:'],
    'worker-src': ["'self'", 'blob:'],
    'manifest-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
  });
}

/** The origin of a storage endpoint URL (`http://127.0.0.1:4569` for `http://127.0.0.1:4569/`), if one is set. */
export function storageOrigin(endpoint: string | undefined): string | undefined {
  return endpoint ? new URL(endpoint).origin : undefined;
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
