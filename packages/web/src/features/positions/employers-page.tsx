import { useState, type FormEvent } from 'react';
import { api, unwrap } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { useFormSubmit } from '../../lib/use-form-submit';
import { usePagedList } from '../../lib/use-resource';
import { useTitle } from '../../lib/use-title';
import { Alert, LoadError, Loading } from '../../ui/feedback';
import { SelectField, TextField } from '../../ui/field';
import { LoadMore } from '../../ui/load-more';
import { COUNTIES, countyLabel, type County } from './positions';
import { RecruitmentTabs } from './recruitment-tabs';
import './messages';
import './positions.css';

const EMPTY = { name: '', sector: '', county: 'aksu_city' as County };

/** Employing units that take no interns (a hospital, a county bureau): recorded here to publish positions for them. */
function EmployerForm({ onCreated }: { onCreated(name: string): void }) {
  const { t } = useI18n();
  const [draft, setDraft] = useState(EMPTY);
  const { errors, failure, busy, reject, send } = useFormSubmit();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const missing = (['name', 'sector'] as const).filter((key) => !draft[key].trim());
    if (missing.length) return reject(missing);
    const created = await send(() =>
      unwrap(
        api.POST('/v1/employers', {
          body: { name: draft.name.trim(), sector: draft.sector.trim(), county: draft.county },
        }),
      ),
    );
    if (created) {
      setDraft(EMPTY);
      onCreated(created.name);
    }
  };
  return (
    <form className="form" noValidate onSubmit={submit}>
      {failure && <Alert tone="error" title={failure} focus />}
      <div className="field-row">
        <TextField
          id="employer-name"
          label={t('jobs.employer_name')}
          required
          maxLength={80}
          value={draft.name}
          onChange={(e) => setDraft({ ...draft, name: e.target.value })}
          error={errors.name}
        />
        <TextField
          id="employer-sector"
          label={t('jobs.sector')}
          hint={t('jobs.sector_hint')}
          required
          maxLength={40}
          value={draft.sector}
          onChange={(e) => setDraft({ ...draft, sector: e.target.value })}
          error={errors.sector}
        />
        <SelectField
          id="employer-county"
          label={t('jobs.county')}
          value={draft.county}
          onChange={(e) => setDraft({ ...draft, county: e.target.value as County })}
          error={errors.county}
        >
          {COUNTIES.map((c) => (
            <option key={c} value={c}>
              {countyLabel(t, c)}
            </option>
          ))}
        </SelectField>
      </div>
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={busy}>
          {busy ? t('common.saving') : t('jobs.add_employer')}
        </button>
      </div>
    </form>
  );
}

export default function EmployersPage() {
  const { t } = useI18n();
  useTitle(t('jobs.employers_title'));
  const [created, setCreated] = useState<string>();
  const list = usePagedList(
    (cursor, signal) => unwrap(api.GET('/v1/employers', { params: { query: { limit: 50, cursor } }, signal })),
    ['/v1/employers'],
  );
  return (
    <section className="page" aria-labelledby="employers-title">
      <h1 id="employers-title">{t('jobs.employers_title')}</h1>
      <RecruitmentTabs />
      <p className="hint">{t('jobs.employers_intro')}</p>
      <section className="panel" aria-labelledby="new-employer-title">
        <h2 id="new-employer-title">{t('jobs.new_employer')}</h2>
        {created && <Alert tone="success">{t('jobs.employer_created', { name: created })}</Alert>}
        <EmployerForm onCreated={setCreated} />
      </section>
      {list.status === 'loading' && <Loading />}
      {list.status === 'error' && <LoadError error={list.error} onRetry={list.reload} />}
      {list.status === 'ready' && list.items.length === 0 && <p className="result-count">{t('jobs.no_employers')}</p>}
      {list.status === 'ready' && list.items.length > 0 && (
        <>
          <ul className="card-list employer-list">
            {list.items.map((e) => (
              <li key={e.employerId} className="card">
                <h2 className="employer-name">{e.name}</h2>
                <p className="card-meta">
                  <span>{e.sector}</span>
                  <span>{countyLabel(t, e.county)}</span>
                </p>
              </li>
            ))}
          </ul>
          <LoadMore list={list} />
        </>
      )}
    </section>
  );
}
