import { nationalIdCheckCharacter } from '@aksu/core/personal/national-id';

/** A made-up but valid ID number (the region's code, a birth date, a sequence, the check character), never a real one. */
export function demoNationalId(region: string, birth: string, sequence: number): string {
  const first17 = `${region}${birth}${String(sequence).padStart(3, '0')}`;
  return first17 + nationalIdCheckCharacter(first17);
}
