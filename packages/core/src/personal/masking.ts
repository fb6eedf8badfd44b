/**
 * Masking for personal data shown to people who may know a record exists but not its details, and
 * for audit entries, which are read long after the fact by people who need the shape of a change,
 * not the number itself.
 */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\s+/g, '');
  if (digits.length < 7) return '*'.repeat(digits.length);
  return `${digits.slice(0, 3)}${'*'.repeat(digits.length - 7)}${digits.slice(-4)}`;
}

export function maskNationalId(id: string): string {
  if (id.length < 8) return '*'.repeat(id.length);
  return `${id.slice(0, 3)}${'*'.repeat(id.length - 7)}${id.slice(-4)}`;
}

/** The first character stays; every other letter becomes *, so 张三丰 reads 张** and a space stays a space. */
export function maskName(name: string): string {
  return [...name.trim()].map((ch, i) => (i === 0 || /[\s·.-]/.test(ch) ? ch : '*')).join('');
}

export function maskEmail(email: string): string {
  const at = email.indexOf('@');
  if (at <= 0) return '***';
  return `${email[0]}***${email.slice(at)}`;
}

const MASKERS: Record<string, (value: string) => string> = {
  phone: maskPhone,
  nationalId: maskNationalId,
};

/** Deep copy with every `phone`/`nationalId` string masked; used for audit before/after values. */
export function maskPersonalData<T>(value: T): T {
  if (Array.isArray(value)) return value.map((v) => maskPersonalData(v)) as T;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value)) {
      const masker = MASKERS[key];
      out[key] = masker && typeof v === 'string' ? masker(v) : maskPersonalData(v);
    }
    return out as T;
  }
  return value;
}
