import type { EmailAttachment } from './channels.ts';

/**
 * A QR code as a PNG attachment shown inline (`<img src="cid:...">`), so it displays without loading remote images.
 * The encoder and its PNG writer load on the first code: only mail rendering makes one, yet every function that
 * reaches the mail templates would otherwise evaluate them in its cold start.
 */
export async function qrAttachment(value: string, cid = 'qr'): Promise<EmailAttachment> {
  const { default: QRCode } = await import('qrcode');
  const content = await QRCode.toBuffer(value, { type: 'png', errorCorrectionLevel: 'M', margin: 2, width: 280 });
  return { filename: `${cid}.png`, content, contentType: 'image/png', cid };
}
