/** randomUUID needs a secure context; getRandomValues works on a plain-http intranet address too. */
export function idempotencyKey(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}
