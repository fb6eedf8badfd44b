import { Config } from 'sst/node/config';
import { Notifications } from '@aksu/core/notifications/notifications';
import { configureVault } from '@aksu/core/personal/vault';
import { smtpChannel } from './mail/smtp.ts';
import { measuredChannel } from './observability/channel.ts';

// SST v2 generates these types during `sst dev/deploy`; declared here so typecheck works offline.
declare module 'sst/node/config' {
  export interface SecretResources {
    PII_KEY: { value: string };
    SMTP_URL: { value: string };
    MAIL_FROM: { value: string };
  }
}

/**
 * Sets up a deployed background function (the stream worker, the job runner) from its bound SST
 * secrets, which `sst/node/config` has read from SSM before this module runs: the vault key for
 * what outbox payloads carry encrypted, and the SMTP channel. Only Lambda entries import this
 * file; `pnpm dev` and the tests configure the same pieces from their own environment.
 */
export function configureDeployedWorker(): void {
  configureVault(Config.PII_KEY);
  // Counted per delivery outcome in the invocation's EMF metrics.
  Notifications.configureEmail(measuredChannel(smtpChannel({ url: Config.SMTP_URL, from: Config.MAIL_FROM })));
}
