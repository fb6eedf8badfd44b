/** The office works on Beijing time whatever the viewer's device says. */
const TIME_ZONE = 'Asia/Shanghai';

export function formatDateTime(iso: string, lang: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short', timeZone: TIME_ZONE }).format(date);
}
