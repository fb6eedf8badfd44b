import { useState, type FormEvent } from 'react';
import { useI18n } from '../../i18n/i18n';
import { CLUSTERS, clusterLabel, COUNTIES, countyLabel, KINDS, kindLabel, type HostUnit } from './placements';
import type { FieldErrors } from '../../lib/problem-text';
import { useFormSubmit } from '../../lib/use-form-submit';
import { Alert } from '../../ui/feedback';
import { SelectField, TextAreaField, TextField } from '../../ui/field';

type Draft = Record<
  | 'name'
  | 'kind'
  | 'cluster'
  | 'county'
  | 'address'
  | 'contactName'
  | 'contactTitle'
  | 'contactPhone'
  | 'contactEmail'
  | 'radius'
  | 'lat'
  | 'lng'
  | 'description',
  string
>;

const toDraft = (u?: HostUnit): Draft => ({
  name: u?.name ?? '',
  kind: u?.kind ?? 'enterprise',
  cluster: u?.cluster ?? 'textile_apparel',
  county: u?.county ?? 'aksu_city',
  address: u?.address ?? '',
  contactName: u?.contact.name ?? '',
  contactTitle: u?.contact.title ?? '',
  contactPhone: u?.contact.phone ?? '',
  contactEmail: u?.contact.email ?? '',
  radius: u?.checkInRadiusM ? String(u.checkInRadiusM) : '',
  lat: u?.location ? String(u.location.lat) : '',
  lng: u?.location ? String(u.location.lng) : '',
  description: u?.description ?? '',
});

export type HostUnitInput = Omit<HostUnit, 'hostUnitId' | 'createdAt' | 'updatedAt' | 'version'>;

function toInput(d: Draft): HostUnitInput {
  const opt = (v: string) => (v.trim() ? v.trim() : undefined);
  return {
    name: d.name.trim(),
    kind: d.kind as HostUnit['kind'],
    cluster: d.cluster as HostUnit['cluster'],
    county: d.county as HostUnit['county'],
    address: d.address.trim(),
    contact: {
      name: d.contactName.trim(),
      title: opt(d.contactTitle),
      phone: d.contactPhone.trim(),
      email: opt(d.contactEmail),
    },
    ...(d.radius.trim() ? { checkInRadiusM: Number(d.radius) } : {}),
    ...(d.lat.trim() && d.lng.trim() ? { location: { lat: Number(d.lat), lng: Number(d.lng) } } : {}),
    ...(opt(d.description) ? { description: opt(d.description) } : {}),
  };
}

/** Create or edit a host unit. The caller sends the input and shows what came back. */
export function HostUnitForm({
  unit,
  submitLabel,
  onSubmit,
}: {
  unit?: HostUnit;
  submitLabel: string;
  onSubmit(input: HostUnitInput): Promise<void>;
}) {
  const { t } = useI18n();
  const [draft, setDraft] = useState(() => toDraft(unit));
  const { errors, failure, busy, reject, send } = useFormSubmit();
  const set = (key: keyof Draft) => (e: { target: { value: string } }) =>
    setDraft((d) => ({ ...d, [key]: e.target.value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const missing: FieldErrors = {};
    for (const [key, path] of [
      ['name', 'name'],
      ['address', 'address'],
      ['contactName', 'contact.name'],
      ['contactPhone', 'contact.phone'],
    ] as const) {
      if (!draft[key].trim()) missing[path] = t('field.required');
    }
    if (Object.keys(missing).length) return reject(missing);
    await send(() => onSubmit(toInput(draft)));
  };

  return (
    <form className="form" noValidate onSubmit={submit}>
      {failure && <Alert tone="error" title={failure} focus />}
      <TextField
        id="hu-name"
        label={t('hu.name')}
        required
        value={draft.name}
        onChange={set('name')}
        error={errors.name}
      />
      <div className="field-row">
        <SelectField id="hu-kind" label={t('hu.kind')} value={draft.kind} onChange={set('kind')} error={errors.kind}>
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {kindLabel(t, k)}
            </option>
          ))}
        </SelectField>
        <SelectField
          id="hu-cluster"
          label={t('hu.cluster')}
          value={draft.cluster}
          onChange={set('cluster')}
          error={errors.cluster}
        >
          {CLUSTERS.map((c) => (
            <option key={c} value={c}>
              {clusterLabel(t, c)}
            </option>
          ))}
        </SelectField>
        <SelectField
          id="hu-county"
          label={t('hu.county')}
          value={draft.county}
          onChange={set('county')}
          error={errors.county}
        >
          {COUNTIES.map((c) => (
            <option key={c} value={c}>
              {countyLabel(t, c)}
            </option>
          ))}
        </SelectField>
      </div>
      <TextField
        id="hu-address"
        label={t('hu.address')}
        required
        value={draft.address}
        onChange={set('address')}
        error={errors.address}
      />
      <div className="field-row">
        <TextField
          id="hu-contact-name"
          label={t('hu.contact_name')}
          required
          value={draft.contactName}
          onChange={set('contactName')}
          error={errors['contact.name']}
        />
        <TextField
          id="hu-contact-title"
          label={t('hu.contact_title')}
          value={draft.contactTitle}
          onChange={set('contactTitle')}
          error={errors['contact.title']}
        />
        <TextField
          id="hu-contact-phone"
          label={t('hu.contact_phone')}
          required
          type="tel"
          inputMode="tel"
          value={draft.contactPhone}
          onChange={set('contactPhone')}
          error={errors['contact.phone']}
        />
        <TextField
          id="hu-contact-email"
          label={t('hu.contact_email')}
          type="email"
          value={draft.contactEmail}
          onChange={set('contactEmail')}
          error={errors['contact.email']}
        />
      </div>
      <div className="field-row">
        <TextField
          id="hu-radius"
          label={t('hu.radius')}
          hint={t('hu.radius_hint')}
          inputMode="numeric"
          value={draft.radius}
          onChange={set('radius')}
          error={errors.checkInRadiusM}
        />
        <TextField
          id="hu-lat"
          label={t('hu.lat')}
          hint={t('hu.location_hint')}
          inputMode="decimal"
          value={draft.lat}
          onChange={set('lat')}
          error={errors['location.lat']}
        />
        <TextField
          id="hu-lng"
          label={t('hu.lng')}
          inputMode="decimal"
          value={draft.lng}
          onChange={set('lng')}
          error={errors['location.lng']}
        />
      </div>
      <TextAreaField
        id="hu-description"
        label={t('hu.description')}
        value={draft.description}
        onChange={set('description')}
        error={errors.description}
      />
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={busy}>
          {submitLabel}
        </button>
      </div>
    </form>
  );
}
