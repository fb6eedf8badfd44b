import QRCode from 'qrcode';
import type { EmailAttachment } from './channels.ts';

/** A QR code as a PNG attachment shown inline (`<img src="cid:...">`), so it displays without loading remote images. */
export async function qrAttachment(value: string, cid = 'qr'): Promise<EmailAttachment> {
  const content = await QRCode.toBuffer(value, { type: 'png', errorCorrectionLevel: 'M', margin: 2, width: 280 });
  return { filename: `${cid}.png`, content, contentType: 'image/png', cid };
}
