import type { Contact, CreateUniversityInput, University, UpdateUniversityInput } from '../../api/types';
import { COMMON_TAGS } from './regions';

export interface ContactDraft {
  /** Stable React key for a row, so removing a row does not shuffle what is typed in the others. */
  key: number;
  name: string;
  title: string;
  phone: string;
  email: string;
}

export interface UniversityDraft {
  name: string;
  nameEn: string;
  shortName: string;
  city: string;
  province: string;
  country: string;
  tags: string[];
  otherTags: string;
  contacts: ContactDraft[];
}

let nextKey = 1;

export function emptyContact(): ContactDraft {
  return { key: nextKey++, name: '', title: '', phone: '', email: '' };
}

export function contactDrafts(contacts: Contact[]): ContactDraft[] {
  return contacts.map((c) => ({
    key: nextKey++,
    name: c.name,
    title: c.title ?? '',
    phone: c.phone ?? '',
    email: c.email ?? '',
  }));
}

export function emptyDraft(): UniversityDraft {
  return {
    name: '',
    nameEn: '',
    shortName: '',
    city: '',
    province: '',
    country: '中国',
    tags: [],
    otherTags: '',
    contacts: [],
  };
}

export function toDraft(u: University): UniversityDraft {
  const common = new Set<string>(COMMON_TAGS);
  return {
    name: u.name,
    nameEn: u.nameEn ?? '',
    shortName: u.shortName ?? '',
    city: u.city,
    province: u.province,
    country: u.country,
    tags: u.tags.filter((tag) => common.has(tag)),
    otherTags: u.tags.filter((tag) => !common.has(tag)).join('、'),
    contacts: contactDrafts(u.contacts),
  };
}

/** People type tag lists with Chinese or Latin commas, 、 or spaces; all of them separate tags. */
function allTags(draft: UniversityDraft): string[] {
  const typed = draft.otherTags
    .split(/[,，、;；\s]+/)
    .map((tag) => tag.trim())
    .filter(Boolean);
  return [...new Set([...draft.tags, ...typed])];
}

/** Empty optional fields are left out: the API validates phone and email formats even when blank. */
export function toContacts(drafts: ContactDraft[]): Contact[] {
  return drafts.map((d) => {
    const contact: Contact = { name: d.name.trim() };
    if (d.title.trim()) contact.title = d.title.trim();
    if (d.phone.trim()) contact.phone = d.phone.trim();
    if (d.email.trim()) contact.email = d.email.trim();
    return contact;
  });
}

export function toCreateInput(draft: UniversityDraft): CreateUniversityInput {
  const input: CreateUniversityInput = {
    name: draft.name.trim(),
    city: draft.city.trim(),
    province: draft.province.trim(),
    country: draft.country.trim() || '中国',
    tags: allTags(draft),
    contacts: toContacts(draft.contacts),
  };
  if (draft.nameEn.trim()) input.nameEn = draft.nameEn.trim();
  if (draft.shortName.trim()) input.shortName = draft.shortName.trim();
  return input;
}

/** Only the fields that differ from what was read, so the audit trail shows exactly what was changed. */
export function toPatch(draft: UniversityDraft, original: University): UpdateUniversityInput {
  const next = toCreateInput(draft);
  const patch: UpdateUniversityInput = { version: original.version };
  if (next.name !== original.name) patch.name = next.name;
  if ((next.nameEn ?? '') !== (original.nameEn ?? '')) patch.nameEn = next.nameEn ?? '';
  if ((next.shortName ?? '') !== (original.shortName ?? '')) patch.shortName = next.shortName ?? '';
  if (next.city !== original.city) patch.city = next.city;
  if (next.province !== original.province) patch.province = next.province;
  if (next.country !== original.country) patch.country = next.country;
  if (!sameSet(next.tags ?? [], original.tags)) patch.tags = next.tags;
  // Compared in one normal form: stored contacts may come back with their keys in another order.
  const before = JSON.stringify(toContacts(contactDrafts(original.contacts)));
  if (JSON.stringify(next.contacts) !== before) patch.contacts = next.contacts;
  return patch;
}

function sameSet(a: string[], b: string[]): boolean {
  return a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');
}

/** Required-field checks done before sending; the API checks formats and reports the rest per field. */
export function missingFields(draft: UniversityDraft): string[] {
  const missing: string[] = [];
  if (draft.name.trim().length === 0) missing.push('name');
  if (draft.city.trim().length === 0) missing.push('city');
  if (draft.province.trim().length === 0) missing.push('province');
  draft.contacts.forEach((c, i) => {
    if (!c.name.trim()) missing.push(`contacts.${i}.name`);
  });
  return missing;
}
