/**
 * Resident identity card numbers (GB 11643-1999): six digits of region, eight of birth date, three
 * of sequence, one check character. Validation is offline and exact, so a typo is caught at entry
 * instead of becoming a second "person" that slips past duplicate detection.
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

/** Full-width digits and letters (from Chinese input methods), spaces and a lower-case x are tolerated. */
export function normaliseNationalId(raw: string): string {
  return raw
    .replace(/[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/[\s\u3000-]/g, '')
    .toUpperCase();
}

export function nationalIdCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK[sum % 11]!;
}

export type NationalIdProblem = 'format' | 'birth_date' | 'checksum';

/** Why a (normalised) number is not a valid ID, or undefined when it is. */
export function nationalIdProblem(id: string, today = new Date()): NationalIdProblem | undefined {
  if (!/^\d{17}[\dX]$/.test(id)) return 'format';
  const y = Number(id.slice(6, 10));
  const m = Number(id.slice(10, 12));
  const d = Number(id.slice(12, 14));
  const birth = new Date(Date.UTC(y, m - 1, d));
  if (y < 1900 || birth.getUTCMonth() !== m - 1 || birth.getUTCDate() !== d || birth > today) return 'birth_date';
  if (nationalIdCheckCharacter(id) !== id[17]) return 'checksum';
  return undefined;
}

export const NATIONAL_ID_MESSAGES: Record<NationalIdProblem, string> = {
  format: 'A national ID number has 18 characters: 17 digits and a digit or X',
  birth_date: 'The birth date inside the national ID number is not a real date',
  checksum: 'The national ID number does not add up (check digit); look for a typo',
};

/** The gender the ID's sequence digit records (odd is male); used to catch a mixed-up row. */
export function nationalIdGender(id: string): 'male' | 'female' {
  return Number(id[16]) % 2 === 1 ? 'male' : 'female';
}
