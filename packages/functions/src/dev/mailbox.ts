import { Hono } from 'hono';

/** A caught message as the mailbox shows it (the SMTP catcher of `pnpm dev` provides these). */
export interface DevMail {
  id: string;
  receivedAt: string;
  envelope: { from: string; to: string[] };
  subject: string;
  text: string;
  html: string;
  attachments: Array<{ filename?: string; contentType: string; cid?: string; content: Buffer }>;
}

export interface DevMailSource {
  messages(): DevMail[];
  message(id: string): DevMail | undefined;
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

// The pages run no script; the message body is shown in a sandboxed frame that runs none either.
const PAGE_POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; frame-src 'self'; base-uri 'none'; " +
  "form-action 'none'; frame-ancestors 'self'";
const BODY_POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; base-uri 'none'; form-action 'none'; " +
  "frame-ancestors 'self'";

const STYLE =
  'body{font:14px/1.5 system-ui,sans-serif;margin:0;color:#222}' +
  'header{padding:12px 20px;background:#f4f4f5;border-bottom:1px solid #ddd}\n' +
  'h1{font-size:18px;margin:0}table{border-collapse:collapse;width:100%}' +
  'td,th{padding:8px 20px;border-bottom:1px solid #eee;text-align:left;vertical-align:top}\n' +
  'tr:hover{background:#fafafa}a{color:#0b5cad}' +
  'dl{display:grid;grid-template-columns:max-content 1fr;gap:4px 12px;margin:0}dt{color:#666}\n' +
  'iframe{width:100%;height:70vh;border:0;border-top:1px solid ' +
  '#ddd}.muted{color:#777}pre{white-space:pre-wrap;padding:0 20px}';

function page(title: string, body: string): string {
  return (
    '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">' +
    '<meta name="viewport" content="width=device-width,initial-scale=1">' +
    `<title>${escapeHtml(title)}</title><style>${STYLE}</style></head><body>${body}</body></html>`
  );
}

/**
 * The dev mailbox at /dev/mail: every message the local SMTP server caught, newest first, and each
 * one rendered as the recipient would see it, inline images (QR codes) included. Only the local
 * server mounts it, and never with NODE_ENV=production.
 */
export function devMailbox(source: DevMailSource): Hono {
  const app = new Hono();
  app.use('*', async (c, next) => {
    await next();
    c.res.headers.set('content-security-policy', c.req.path.endsWith('/body') ? BODY_POLICY : PAGE_POLICY);
    c.res.headers.set('cache-control', 'no-store');
  });

  app.get('/', (c) => {
    const messages = source.messages().slice().reverse();
    const rows = messages
      .map(
        (m) =>
          '<tr><td class="muted">' +
          `${escapeHtml(new Date(m.receivedAt).toLocaleString('zh-CN', { hour12: false }))}</td>` +
          `<td>${escapeHtml(m.envelope.to.join(', '))}</td>` +
          `<td><a href="/dev/mail/${encodeURIComponent(m.id)}">` +
          `${escapeHtml(m.subject || '(无主题 no subject)')}</a></td></tr>`,
      )
      .join('');
    return c.html(
      page(
        '开发邮箱 Dev mailbox',
        '<header><h1>开发邮箱 Dev mailbox</h1>' +
          `<div class="muted">${messages.length} 封邮件 messages caught by the local SMTP server · ` +
          '<a href="/dev/mail">刷新 refresh</a></div></header>' +
          (messages.length
            ? '<table><thead><tr><th>收到 Received</th><th>收件人 To</th><th>主题 Subject</th></tr></thead>' +
              `<tbody>${rows}</tbody></table>`
            : '<p style="padding:0 20px">还没有邮件。No mail yet.</p>'),
      ),
    );
  });

  app.get('/:id', (c) => {
    const m = source.message(c.req.param('id'));
    if (!m)
      return c.html(
        page(
          'Not found',
          '<p style="padding:20px">没有这封邮件。No such message. <a href="/dev/mail">返回 Back</a></p>',
        ),
        404,
      );
    const files = m.attachments.filter((a) => !a.cid).map((a) => escapeHtml(a.filename ?? a.contentType));
    return c.html(
      page(
        m.subject,
        `<header><p><a href="/dev/mail">← 全部邮件 All mail</a></p><h1>${escapeHtml(m.subject)}</h1>` +
          `<dl><dt>发件人 From</dt><dd>${escapeHtml(m.envelope.from)}</dd>` +
          `<dt>收件人 To</dt><dd>${escapeHtml(m.envelope.to.join(', '))}</dd>` +
          `<dt>收到 Received</dt><dd>${escapeHtml(m.receivedAt)}</dd>` +
          `${files.length ? `<dt>附件 Files</dt><dd>${files.join(', ')}</dd>` : ''}</dl></header>` +
          (m.html
            ? `<iframe sandbox title="${escapeHtml(m.subject)}" ` +
              `src="/dev/mail/${encodeURIComponent(m.id)}/body"></iframe>`
            : `<pre>${escapeHtml(m.text)}</pre>`),
      ),
    );
  });

  // The HTML body with each cid: reference pointing at the part served below.
  app.get('/:id/body', (c) => {
    const m = source.message(c.req.param('id'));
    if (!m) return c.notFound();
    const base = `/dev/mail/${encodeURIComponent(m.id)}/cid/`;
    return c.html(
      m.html.replace(
        /(["'(])cid:([^"')]+)/g,
        (_, quote: string, cid: string) => `${quote}${base}${encodeURIComponent(cid)}`,
      ),
    );
  });

  app.get('/:id/cid/:cid', (c) => {
    const part = source.message(c.req.param('id'))?.attachments.find((a) => a.cid === c.req.param('cid'));
    if (!part) return c.notFound();
    return c.body(new Uint8Array(part.content), 200, { 'content-type': part.contentType });
  });

  return app;
}
