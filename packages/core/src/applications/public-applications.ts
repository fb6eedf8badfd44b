import { apply, cvUploadLink } from './apply.ts';

/** The no-sign-in side of applying: the CV upload link and the application itself. */
export const PublicApplications = { cvUploadLink, apply };
