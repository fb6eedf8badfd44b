/**
 * An applicant asked for a code to reach their application again: the stream worker mails it.
 * Apart from the mail handlers (./applicant-mail.ts) so that the public function, which records the
 * event, does not carry the mail templates that only the stream worker renders.
 */
export const APPLICATION_RECOVERY_REQUESTED = 'application.recovery-requested';
