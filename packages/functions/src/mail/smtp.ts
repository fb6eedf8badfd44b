import nodemailer, { type Transporter } from 'nodemailer';
import { DeliveryError, type EmailChannel, type EmailMessage } from '@aksu/core/notifications/channels';

export interface SmtpOptions {
  /** `smtp://user:pass@host:587` (STARTTLS when offered) or `smtps://user:pass@host:465`. */
  url: string;
  /** `Name <address>`; the provider must accept it as a sender. */
  from: string;
}

const DEFAULT_FROM = 'Aksu Talent <noreply@localhost>';

/**
 * The email channel over SMTP. One pooled transport per URL, so a burst of deliveries reuses a few
 * connections; timeouts keep a dead server from holding a delivery's lease. Without options it reads
 * `SMTP_URL` and `MAIL_FROM` when it sends, so a process can configure it before the values exist
 * (a test's mail catcher starts after the module loads).
 */
/** `close()` ends the pooled connections, so a process (or a test's SMTP server) can shut down cleanly. */
export interface SmtpChannel extends EmailChannel {
  close(): void;
}

export function smtpChannel(options?: SmtpOptions): SmtpChannel {
  const transports = new Map<string, Transporter>();
  const transportFor = (url: string) => {
    let transport = transports.get(url);
    if (!transport) {
      transport = nodemailer.createTransport({
        url,
        pool: true,
        maxConnections: 3,
        connectionTimeout: 10_000,
        greetingTimeout: 10_000,
        socketTimeout: 30_000,
      } as never);
      transports.set(url, transport);
    }
    return transport;
  };
  return {
    close() {
      for (const transport of transports.values()) transport.close();
      transports.clear();
    },
    async send(message: EmailMessage) {
      const url = options?.url ?? process.env.SMTP_URL;
      if (!url) throw new DeliveryError('SMTP_URL is not set', false);
      const from = options?.from ?? process.env.MAIL_FROM ?? DEFAULT_FROM;
      try {
        await transportFor(url).sendMail({
          from,
          to: message.toName ? { name: message.toName, address: message.to } : message.to,
          subject: message.subject,
          text: message.text,
          html: message.html,
          messageId: `<${message.deliveryId}@aksu.notifications>`,
          headers: { 'X-Delivery-Id': message.deliveryId },
          attachments: (message.attachments ?? []).map((a) => ({
            filename: a.filename,
            content: a.content,
            contentType: a.contentType,
            ...(a.cid ? { cid: a.cid } : {}),
          })),
        });
      } catch (error) {
        throw classify(error);
      }
    },
  };
}

interface SmtpError {
  code?: string;
  responseCode?: number;
  message?: string;
}

/**
 * A 5xx answer (the recipient or the message is refused) will be refused again: permanent. A
 * connection, timeout, 4xx or authentication problem may pass later (or after the configuration is
 * fixed): retryable.
 */
export function classify(error: unknown): DeliveryError {
  const e = (error ?? {}) as SmtpError;
  const message = e.message ?? String(error);
  if (typeof e.responseCode === 'number' && e.responseCode >= 500 && e.code !== 'EAUTH')
    return new DeliveryError(message, true);
  if (e.code === 'EENVELOPE' && (e.responseCode ?? 500) >= 500) return new DeliveryError(message, true);
  return new DeliveryError(message, false);
}
