import { FILE_KINDS, type FileKind } from './file-kinds.ts';

/**
 * What files are kept for, each under its own key prefix, so the bucket's lifecycle rules and the
 * functions' permissions can be given per purpose (stacks/lib/files-bucket.ts reads this table).
 */
export const FILE_PURPOSES = {
  cv: {
    kinds: ['pdf'] as const satisfies readonly FileKind[],
    // What the application form promises applicants; a CV of several pages with photos fits easily.
    maxBytes: 5 * 1024 * 1024,
    // An application's CV is kept while its recruitment round can still be reviewed or disputed: a
    // round runs from the announcement to 报到 within a year, and a year more covers a complaint
    // about it. Then the personal data goes, whether or not anyone deleted it by hand.
    retentionDays: 730,
  },
  /** A request's (诉求) attachments: a document, or a phone's photo of one. */
  request: {
    kinds: ['pdf', 'jpg', 'png'] as const satisfies readonly FileKind[],
    maxBytes: 5 * 1024 * 1024,
    // A request is usually settled within a month; three years covers a person's first service years,
    // when a request may be taken up again or questioned, without keeping their documents for good.
    retentionDays: 1095,
  },
} as const;

export type FilePurpose = keyof typeof FILE_PURPOSES;
export const FILE_PURPOSE_NAMES = Object.keys(FILE_PURPOSES) as FilePurpose[];

/**
 * Browsers upload under `incoming/`, which only a presigned PUT can write; a file moves to its
 * purpose's own prefix once it has passed the checks. A verified file can therefore not be
 * overwritten by using its upload link again, and an upload nobody finished or verified expires
 * from `incoming/` after a day.
 */
export const INCOMING_PREFIX = 'incoming/';
export const INCOMING_RETENTION_DAYS = 1;

export const storedPrefix = (purpose: FilePurpose) => `${purpose}/`;
export const incomingPrefix = (purpose: FilePurpose) => `${INCOMING_PREFIX}${purpose}/`;

/** The content types a purpose accepts, as a browser declares them. */
export const acceptedContentTypes = (purpose: FilePurpose): string[] =>
  FILE_PURPOSES[purpose].kinds.map((kind) => FILE_KINDS[kind].contentType);

/**
 * Upload links live five minutes: time to pick the file and send 5 MB over a slow phone connection
 * (S3 checks the expiry when the request starts, so an upload under way finishes). Download links
 * default to five minutes and never live longer than fifteen: they are handed to a signed-in
 * reviewer who opens them at once, and a link that leaks should stop working soon after.
 */
export const UPLOAD_LINK_SECONDS = 300;
export const DOWNLOAD_LINK_SECONDS = 300;
export const MAX_DOWNLOAD_LINK_SECONDS = 900;
