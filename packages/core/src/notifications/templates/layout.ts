import type { Locale } from './define.ts';

export interface LayoutInput {
  locale: Locale;
  /** The recipient's name for the greeting; a neutral greeting without it. */
  name?: string;
  heading: string;
  paragraphs: string[];
  /** A one-time code shown large and on its own line. */
  code?: string;
  /** The inline image's cid (a QR code attachment). */
  qrCid?: string;
  /** A button (html) and a plain link (text) to a page of the web app. */
  action?: { label: string; path: string };
}

/** Where links in mails point; the web app's public address. */
export function publicUrl(path: string): string {
  const base = (process.env.PUBLIC_URL || 'http://localhost:3000').replace(/\/+$/, '');
  return `${base}${path.startsWith('/') ? path : `/${path}`}`;
}

export function escapeHtml(value: string): string {
  return value.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
}

const FOOTER: Record<Locale, string> = {
  'zh-CN': '此邮件由阿克苏人才实践平台自动发送，请勿直接回复。',
  en: 'This message was sent automatically by the Aksu talent platform; replies are not read.',
};

const greeting = (locale: Locale, name?: string) =>
  locale === 'en' ? (name ? `Hello ${name},` : 'Hello,') : name ? `${name}，您好：` : '您好：';

const BODY_STYLE =
  "margin:0;padding:16px;background:#f5f6f8;font-family:-apple-system,'PingFang SC','Microsoft " +
  "YaHei',sans-serif;color:#1f2933";
const CODE_STYLE = 'font-size:24px;letter-spacing:3px;font-weight:bold;font-family:monospace';
const BUTTON_STYLE =
  'display:inline-block;background:#2563eb;color:#fff;padding:10px 18px;border-radius:6px;text-decoration:none';

/** The shared frame every mail uses: the same parts in text and in html. */
export function layout(input: LayoutInput): { text: string; html: string } {
  const url = input.action ? publicUrl(input.action.path) : undefined;
  const text = [
    greeting(input.locale, input.name),
    '',
    ...input.paragraphs.flatMap((p) => [p, '']),
    ...(input.code ? [input.code, ''] : []),
    ...(input.action && url ? [`${input.action.label}: ${url}`, ''] : []),
    '--',
    FOOTER[input.locale],
  ].join('\n');
  const button =
    input.action && url
      ? `<p><a href="${escapeHtml(url)}" style="${BUTTON_STYLE}">${escapeHtml(input.action.label)}</a></p>`
      : '';
  const html = `<!doctype html><html lang="${input.locale}"><body style="${BODY_STYLE}">
<div style="max-width:560px;margin:0 auto;background:#fff;border-radius:8px;padding:24px">
<h1 style="font-size:20px;margin:0 0 16px">${escapeHtml(input.heading)}</h1>
<p>${escapeHtml(greeting(input.locale, input.name))}</p>
${input.paragraphs.map((p) => `<p style="line-height:1.6">${escapeHtml(p)}</p>`).join('\n')}
${input.code ? `<p style="${CODE_STYLE}">${escapeHtml(input.code)}</p>` : ''}
${input.qrCid ? `<p><img src="cid:${escapeHtml(input.qrCid)}" alt="QR" width="240" height="240"></p>` : ''}
${button}
<p style="color:#6b7280;font-size:12px;margin-top:24px">${escapeHtml(FOOTER[input.locale])}</p>
</div></body></html>`;
  return { text, html };
}
