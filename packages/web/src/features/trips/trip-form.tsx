import { useState, type FormEvent, type ReactNode } from 'react';
import type { University } from '../../api/types';
import { useI18n } from '../../i18n/i18n';
import type { FieldErrors } from '../../lib/problem-text';
import { yuanToFen, type Trip } from './trips';
import { useFormSubmit } from '../../lib/use-form-submit';
import { Alert } from '../../ui/feedback';
import { TextField } from '../../ui/field';
import { ExpensesEditor, type ExpenseDraft } from './trip-expenses-editor';
import { DelegationEditor, StopsEditor, type DelegateDraft, type StopDraft } from './trip-rows-editor';

export interface TripDraft {
  title: string;
  startDate: string;
  endDate: string;
  budgetYuan: string;
  delegation: DelegateDraft[];
  stops: StopDraft[];
  expenses: ExpenseDraft[];
}

export interface TripInput {
  title: string;
  startDate: string;
  endDate: string;
  budgetFen: number;
  expenses: { item: string; amountFen: number; on: string }[];
  delegation: { name: string; department: string; role?: string }[];
  stops: { stopId?: string; city: string; from: string; to: string; universityIds: string[] }[];
}

export const emptyTrip = (): TripDraft => ({
  title: '',
  startDate: '',
  endDate: '',
  budgetYuan: '',
  delegation: [],
  stops: [],
  expenses: [],
});

/** Fen back to the yuan text people typed: whole yuan stay whole, otherwise two decimals. */
const fenToYuan = (fen: number) => (fen % 100 === 0 ? String(fen / 100) : (fen / 100).toFixed(2));

/** A stored trip as the form edits it. */
export function tripToDraft(trip: Trip): TripDraft {
  return {
    title: trip.title,
    startDate: trip.startDate,
    endDate: trip.endDate,
    budgetYuan: trip.budgetFen ? fenToYuan(trip.budgetFen) : '',
    delegation: trip.delegation.map((d) => ({ name: d.name, department: d.department, role: d.role ?? '' })),
    stops: trip.stops.map((s) => ({
      stopId: s.stopId,
      city: s.city,
      from: s.from,
      to: s.to,
      universityIds: [...s.universityIds],
    })),
    expenses: trip.expenses.map((e) => ({ item: e.item, amountYuan: fenToYuan(e.amountFen), on: e.on })),
  };
}

/** Required fields the API would refuse anyway, checked here so the message is next to the input at once. */
function missing(draft: TripDraft, t: (k: 'field.required' | 'trip.field.yuan') => string): FieldErrors {
  const errors: FieldErrors = {};
  const need = (path: string, value: string) => {
    if (!value.trim()) errors[path] = t('field.required');
  };
  need('title', draft.title);
  need('startDate', draft.startDate);
  need('endDate', draft.endDate);
  if (yuanToFen(draft.budgetYuan) === undefined) errors.budgetFen = t('trip.field.yuan');
  draft.delegation.forEach((d, i) => {
    need(`delegation.${i}.name`, d.name);
    need(`delegation.${i}.department`, d.department);
  });
  draft.expenses.forEach((e, i) => {
    need(`expenses.${i}.item`, e.item);
    need(`expenses.${i}.on`, e.on);
    if (!e.amountYuan.trim() || yuanToFen(e.amountYuan) === undefined)
      errors[`expenses.${i}.amountFen`] = t('trip.field.yuan');
  });
  draft.stops.forEach((s, i) => {
    need(`stops.${i}.city`, s.city);
    need(`stops.${i}.from`, s.from);
    need(`stops.${i}.to`, s.to);
  });
  return errors;
}

function toInput(draft: TripDraft): TripInput {
  return {
    title: draft.title.trim(),
    startDate: draft.startDate,
    endDate: draft.endDate,
    budgetFen: yuanToFen(draft.budgetYuan) ?? 0,
    expenses: draft.expenses.map((e) => ({ item: e.item.trim(), amountFen: yuanToFen(e.amountYuan) ?? 0, on: e.on })),
    delegation: draft.delegation.map((d) => ({
      name: d.name.trim(),
      department: d.department.trim(),
      ...(d.role.trim() ? { role: d.role.trim() } : {}),
    })),
    stops: draft.stops.map((s) => ({
      ...(s.stopId ? { stopId: s.stopId } : {}),
      city: s.city.trim(),
      from: s.from,
      to: s.to,
      universityIds: s.universityIds,
    })),
  };
}

interface Props {
  universities: University[];
  submitLabel: string;
  onSubmit(input: TripInput): Promise<void>;
  /** The stored trip when editing; a new trip starts empty. */
  initial?: TripDraft;
  /** Shown above the form, e.g. why it was just reloaded. */
  notice?: ReactNode;
  onCancel?(): void;
}

export function TripForm({ universities, submitLabel, onSubmit, initial, notice, onCancel }: Props) {
  const { t } = useI18n();
  const [draft, setDraft] = useState(() => initial ?? emptyTrip());
  const { errors, failure, busy, reject, send } = useFormSubmit();
  const set = <K extends keyof TripDraft>(field: K, value: TripDraft[K]) => setDraft((d) => ({ ...d, [field]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const local = missing(draft, t);
    if (Object.keys(local).length) return reject(local);
    await send(() => onSubmit(toInput(draft)));
  };

  return (
    <form className="trip-form" onSubmit={submit} noValidate>
      {notice}
      {failure && (
        <Alert tone="error" focus>
          {failure}
        </Alert>
      )}
      <TextField
        id="title"
        label={t('trip.title_label')}
        placeholder={t('trip.title_placeholder')}
        value={draft.title}
        onChange={(e) => set('title', e.target.value)}
        error={errors.title}
        maxLength={120}
        autoComplete="off"
        required
      />
      <div className="grid-2">
        <TextField
          id="startDate"
          type="date"
          label={t('trip.start_date')}
          value={draft.startDate}
          onChange={(e) => set('startDate', e.target.value)}
          error={errors.startDate}
          required
        />
        <TextField
          id="endDate"
          type="date"
          label={t('trip.end_date')}
          value={draft.endDate}
          onChange={(e) => set('endDate', e.target.value)}
          error={errors.endDate}
          required
        />
      </div>
      <TextField
        id="budget"
        label={t('trip.budget_yuan')}
        hint={t('trip.budget_hint')}
        inputMode="decimal"
        value={draft.budgetYuan}
        onChange={(e) => set('budgetYuan', e.target.value)}
        error={errors.budgetFen}
        autoComplete="off"
      />
      <DelegationEditor value={draft.delegation} onChange={(v) => set('delegation', v)} errors={errors} />
      <StopsEditor value={draft.stops} onChange={(v) => set('stops', v)} errors={errors} universities={universities} />
      <ExpensesEditor value={draft.expenses} onChange={(v) => set('expenses', v)} errors={errors} />
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={busy}>
          {busy ? t('common.saving') : submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="button secondary" onClick={onCancel} disabled={busy}>
            {t('common.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
