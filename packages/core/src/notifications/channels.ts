/**
 * Channels a message can leave by. Email is built (the process configures it: the functions package
 * provides SMTP); SMS and WeChat are interfaces only, so a later channel has a shape to fit.
 * A channel throws `DeliveryError` to say whether trying again can help.
 */
export interface EmailAttachment {
  filename: string;
  content: Buffer;
  contentType: string;
  /** Set for an inline image: the html refers to it as `cid:<cid>`. */
  cid?: string;
}

export interface EmailMessage {
  to: string;
  toName?: string;
  subject: string;
  text: string;
  html: string;
  attachments?: EmailAttachment[];
  /** The delivery's id; a channel may put it in a header so one message can be traced end to end. */
  deliveryId: string;
}

export interface EmailChannel {
  send(message: EmailMessage): Promise<void>;
}

/**
 * Text messages. A provider (Aliyun, Tencent Cloud) sends only pre-approved templates with
 * parameters, so a kind that uses SMS needs its own approved template id; the body is not free text.
 */
export interface SmsChannel {
  send(message: {
    phone: string;
    templateId: string;
    params: Record<string, string>;
    deliveryId: string;
  }): Promise<void>;
}

/**
 * WeChat subscription messages: the user must have subscribed (opt-in per template) through the
 * official account or mini-program, which gives the openId this channel sends to.
 */
export interface WeChatChannel {
  send(message: {
    openId: string;
    templateId: string;
    data: Record<string, string>;
    page?: string;
    deliveryId: string;
  }): Promise<void>;
}

/** `permanent`: the address or the message is refused and sending again cannot help (parked as failed). */
export class DeliveryError extends Error {
  override readonly name = 'DeliveryError';
  constructor(
    message: string,
    readonly permanent: boolean,
  ) {
    super(message);
  }
}

let emailChannel: EmailChannel | undefined;

/** Set once per process (the Lambda entry, the dev runner, a test's mail catcher). */
export function configureEmail(channel: EmailChannel | undefined): void {
  emailChannel = channel;
}

export function currentEmailChannel(): EmailChannel | undefined {
  return emailChannel;
}
