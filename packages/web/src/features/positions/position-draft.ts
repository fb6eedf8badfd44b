import type { CreatePositionInput, Position } from './positions';
import { splitList } from './positions';

/** The position form as typed: text everywhere, turned into the request body on submit. */
export interface PositionDraft {
  unitId: string;
  title: string;
  sector: string;
  cluster: Position['cluster'];
  county: Position['county'];
  inHighTechZone: boolean;
  degreeLevel: Position['degreeLevel'];
  disciplines: string;
  majors: string;
  headcount: string;
  postKind: Position['postKind'];
  staffingPool: boolean;
  salaryMin: string;
  salaryMax: string;
  salaryPer: 'month' | 'year';
  benefits: string;
  description: string;
  deadline: string;
  contactName: string;
  contactPhone: string;
  contactEmail: string;
}

/** Fen as yuan for an input: "8000" or "8000.5", never through floating point. */
export function fenToYuanText(fen: number): string {
  const cents = fen % 100;
  return cents ? `${Math.trunc(fen / 100)}.${String(cents).padStart(2, '0')}` : String(fen / 100);
}

/** Yuan typed (commas allowed, at most two decimals) as integer fen; undefined when it is not an amount. */
export function yuanTextToFen(text: string): number | undefined {
  const match = /^(\d{1,9})(?:\.(\d{1,2}))?$/.exec(text.replace(/[,，\s]/g, ''));
  if (!match) return undefined;
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}

export function toDraft(p?: Position): PositionDraft {
  const lines = (list?: string[]) => (list ?? []).join('、');
  return {
    unitId: p?.unitId ?? '',
    title: p?.title ?? '',
    sector: p?.sector ?? '',
    cluster: p?.cluster ?? 'digital_economy',
    county: p?.county ?? 'aksu_city',
    inHighTechZone: p?.inHighTechZone ?? false,
    degreeLevel: p?.degreeLevel ?? 'master',
    disciplines: lines(p?.disciplines),
    majors: lines(p?.majors),
    headcount: p ? String(p.headcount) : '1',
    postKind: p?.postKind ?? 'career_establishment',
    staffingPool: p?.staffingPool ?? false,
    salaryMin: p?.salaryBand ? fenToYuanText(p.salaryBand.minFen) : '',
    salaryMax: p?.salaryBand ? fenToYuanText(p.salaryBand.maxFen) : '',
    salaryPer: p?.salaryBand?.per ?? 'month',
    benefits: p?.benefits ?? '',
    description: p?.description ?? '',
    deadline: p?.deadline ?? '',
    contactName: p?.contact.name ?? '',
    contactPhone: p?.contact.phone ?? '',
    contactEmail: p?.contact.email ?? '',
  };
}

/** Checks the form can be sent: required fields filled and amounts readable. Paths are the API's. */
export function draftProblems(d: PositionDraft, creating: boolean): Record<string, 'required' | 'amount' | 'number'> {
  const out: Record<string, 'required' | 'amount' | 'number'> = {};
  if (creating && !d.unitId) out.unitId = 'required';
  if (!d.title.trim()) out.title = 'required';
  if (!d.sector.trim()) out.sector = 'required';
  if (!d.deadline) out.deadline = 'required';
  if (!d.contactName.trim()) out['contact.name'] = 'required';
  if (!d.contactPhone.trim()) out['contact.phone'] = 'required';
  if (!/^\d{1,3}$/.test(d.headcount.trim())) out.headcount = 'number';
  const min = d.salaryMin.trim();
  const max = d.salaryMax.trim();
  if (min || max) {
    if (yuanTextToFen(min || max) === undefined) out['salaryBand.minFen'] = 'amount';
    if (yuanTextToFen(max || min) === undefined) out['salaryBand.maxFen'] = 'amount';
  }
  return out;
}

/** The request body of a filled-in form (checked by draftProblems first). */
export function toInput(d: PositionDraft): CreatePositionInput {
  const min = d.salaryMin.trim();
  const max = d.salaryMax.trim();
  const email = d.contactEmail.trim();
  return {
    unitId: d.unitId,
    title: d.title.trim(),
    sector: d.sector.trim(),
    cluster: d.cluster,
    county: d.county,
    inHighTechZone: d.inHighTechZone,
    degreeLevel: d.degreeLevel,
    disciplines: splitList(d.disciplines),
    majors: splitList(d.majors),
    headcount: Number(d.headcount.trim()),
    postKind: d.postKind,
    staffingPool: d.staffingPool,
    // One amount typed is a fixed pay: the band's two ends are the same.
    ...(min || max
      ? { salaryBand: { minFen: yuanTextToFen(min || max)!, maxFen: yuanTextToFen(max || min)!, per: d.salaryPer } }
      : {}),
    ...(d.benefits.trim() ? { benefits: d.benefits.trim() } : {}),
    ...(d.description.trim() ? { description: d.description.trim() } : {}),
    deadline: d.deadline,
    contact: { name: d.contactName.trim(), phone: d.contactPhone.trim(), ...(email ? { email } : {}) },
  };
}

type Patch = Partial<Omit<CreatePositionInput, 'unitId'>> & { version: number };

/** Only what changed, with the version read; the unit of a position never changes. */
export function toPatch(d: PositionDraft, p: Position): Patch {
  // A text emptied on edit is sent as empty, so the old one does not stay.
  const next = { ...toInput(d), benefits: d.benefits.trim(), description: d.description.trim() };
  const before: Record<string, unknown> = { ...p, benefits: p.benefits ?? '', description: p.description ?? '' };
  const patch: Record<string, unknown> = { version: p.version };
  for (const [key, value] of Object.entries(next)) {
    if (key === 'unitId') continue;
    if (JSON.stringify(value) !== JSON.stringify(before[key])) patch[key] = value;
  }
  return patch as Patch;
}
