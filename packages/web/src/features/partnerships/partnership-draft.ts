import type {
  CreatePartnershipInput,
  Partnership,
  PartnershipStatus,
  PartnershipType,
  UpdatePartnershipInput,
} from './partnerships';

/** What the form edits: every input as text, so an emptied field is '' rather than a missing key. */
export interface PartnershipDraft {
  universityId: string;
  title: string;
  type: PartnershipType | '';
  status: PartnershipStatus;
  signedOn: string;
  expiresOn: string;
  commitments: { description: string; studentsPerYear: string }[];
  ownerDepartment: string;
  documents: { name: string; url: string }[];
  notes: string;
}

export function emptyDraft(universityId = ''): PartnershipDraft {
  return {
    universityId,
    title: '',
    type: '',
    status: 'prospect',
    signedOn: '',
    expiresOn: '',
    commitments: [],
    ownerDepartment: '',
    documents: [],
    notes: '',
  };
}

export function toDraft(p: Partnership): PartnershipDraft {
  return {
    universityId: p.universityId,
    title: p.title,
    type: p.type,
    status: p.status,
    signedOn: p.signedOn ?? '',
    expiresOn: p.expiresOn ?? '',
    commitments: p.commitments.map((c) => ({
      description: c.description,
      studentsPerYear: c.studentsPerYear?.toString() ?? '',
    })),
    ownerDepartment: p.ownerDepartment ?? '',
    documents: p.documents.map((d) => ({ ...d })),
    notes: p.notes ?? '',
  };
}

/** Paths of required inputs left empty, keyed like the API's field errors. */
export function missingFields(d: PartnershipDraft, creating: boolean): string[] {
  const missing: string[] = [];
  if (creating && !d.universityId) missing.push('universityId');
  if (!d.title.trim()) missing.push('title');
  if (!d.type) missing.push('type');
  d.commitments.forEach((c, i) => {
    if (!c.description.trim()) missing.push(`commitments.${i}.description`);
  });
  d.documents.forEach((doc, i) => {
    if (!doc.name.trim()) missing.push(`documents.${i}.name`);
    if (!doc.url.trim()) missing.push(`documents.${i}.url`);
  });
  return missing;
}

const lists = (d: PartnershipDraft) => ({
  commitments: d.commitments.map((c) => ({
    description: c.description.trim(),
    ...(c.studentsPerYear.trim() ? { studentsPerYear: Number(c.studentsPerYear) } : {}),
  })),
  documents: d.documents.map((doc) => ({ name: doc.name.trim(), url: doc.url.trim() })),
});

export function toCreate(d: PartnershipDraft): CreatePartnershipInput {
  return {
    universityId: d.universityId,
    title: d.title.trim(),
    type: d.type as PartnershipType,
    status: d.status as CreatePartnershipInput['status'],
    ...(d.signedOn ? { signedOn: d.signedOn } : {}),
    ...(d.expiresOn ? { expiresOn: d.expiresOn } : {}),
    ...lists(d),
    ...(d.ownerDepartment.trim() ? { ownerDepartment: d.ownerDepartment.trim() } : {}),
    ...(d.notes.trim() ? { notes: d.notes.trim() } : {}),
  };
}

/**
 * Only what changed, with the version read. Dates cannot be cleared through the API (it takes a
 * date or nothing), so an emptied date is left as it was rather than sent as ''.
 */
export function toPatch(d: PartnershipDraft, p: Partnership): UpdatePartnershipInput {
  const next = toCreate(d);
  const before = toCreate(toDraft(p));
  const patch: UpdatePartnershipInput = { version: p.version };
  if (next.title !== before.title) patch.title = next.title;
  if (next.type !== before.type) patch.type = next.type;
  if (next.signedOn && next.signedOn !== before.signedOn) patch.signedOn = next.signedOn;
  if (next.expiresOn && next.expiresOn !== before.expiresOn) patch.expiresOn = next.expiresOn;
  if (JSON.stringify(next.commitments) !== JSON.stringify(before.commitments))
    patch.commitments = next.commitments ?? [];
  if (JSON.stringify(next.documents) !== JSON.stringify(before.documents)) patch.documents = next.documents ?? [];
  if ((next.ownerDepartment ?? '') !== (before.ownerDepartment ?? ''))
    patch.ownerDepartment = next.ownerDepartment ?? '';
  if ((next.notes ?? '') !== (before.notes ?? '')) patch.notes = next.notes ?? '';
  return patch;
}
