import { Link, useSearchParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { useSession } from '../../auth/session';
import { LoadError, Loading } from '../../ui/feedback';
import { SelectField, TextField } from '../../ui/field';
import { useI18n } from '../../i18n/i18n';
import { DEGREE_LEVELS, INVITATION_KINDS, invitationKey, type DegreeLevel, type InvitationKind } from './trips';
import { degreeKey } from '../../lib/format';
import { usePagedList } from '../../lib/use-resource';
import { useUniversities } from '../../lib/use-universities';
import { useTitle } from '../../lib/use-title';
import { LoadMore } from '../../ui/load-more';
import { XlsxDownload } from '../../ui/xlsx-download';
import './trips.css';

const PAGE_SIZE = 20;
const FILTERS = ['universityId', 'degreeLevel', 'graduationYear', 'major', 'fromRegion', 'interest', 'q'] as const;
type Filter = (typeof FILTERS)[number];

export default function LeadsPage() {
  const { t } = useI18n();
  const { user } = useSession();
  useTitle(t('leads.title'));
  // Coordinators only ever see their own university's leads, so that filter would be a no-op for them.
  const organiser = user?.role === 'organiser';
  const universities = useUniversities(organiser);
  const [params, setParams] = useSearchParams();
  const value = (name: Filter) => params.get(name) ?? '';
  const year = /^\d{4}$/.test(value('graduationYear')) ? Number(value('graduationYear')) : undefined;

  // One query for the list and the export, so the file holds exactly what the screen filters to.
  const query = {
    universityId: value('universityId') || undefined,
    degreeLevel: (value('degreeLevel') || undefined) as DegreeLevel | undefined,
    graduationYear: year,
    major: value('major').trim() || undefined,
    fromRegion: (value('fromRegion') || undefined) as 'true' | 'false' | undefined,
    interest: (value('interest') || undefined) as InvitationKind | undefined,
    q: value('q').trim() || undefined,
  };

  // Its fields one by one: `query` itself is a new object on every render.
  const { universityId, degreeLevel, graduationYear, major, fromRegion, interest, q } = query;
  const list = usePagedList(
    (cursor, signal) =>
      unwrap(
        api.GET('/v1/leads', {
          params: {
            query: {
              universityId,
              degreeLevel,
              graduationYear,
              major,
              fromRegion,
              interest,
              q,
              limit: PAGE_SIZE,
              cursor,
            },
          },
          signal,
        }),
      ),
    ['/v1/leads', universityId, degreeLevel, graduationYear, major, fromRegion, interest, q],
  );

  const apply = (name: Filter, next: string) => {
    const search = new URLSearchParams(params);
    if (next) search.set(name, next);
    else search.delete(name);
    setParams(search, { replace: true });
  };
  const filtered = FILTERS.some((name) => value(name));

  return (
    <section className="page" aria-labelledby="leads-title">
      <div className="page-head">
        <h1 id="leads-title">{t('leads.title')}</h1>
        <XlsxDownload
          label={t('report.download')}
          fallbackName="leads.xlsx"
          request={() => api.GET('/v1/leads.xlsx', { params: { query }, parseAs: 'blob' })}
        />
      </div>
      <search>
        <form className="filters filters-3" onSubmit={(e) => e.preventDefault()} noValidate>
          <TextField
            id="filter-q"
            type="search"
            label={t('leads.search')}
            defaultValue={value('q')}
            onChange={(e) => apply('q', e.target.value)}
            maxLength={60}
            autoComplete="off"
          />
          {organiser && (
            <SelectField
              id="filter-university"
              label={t('event.university')}
              value={value('universityId')}
              onChange={(e) => apply('universityId', e.target.value)}
            >
              <option value="">{t('partnerships.all_universities')}</option>
              {universities.data?.map((u) => (
                <option key={u.universityId} value={u.universityId}>
                  {u.name}
                </option>
              ))}
            </SelectField>
          )}
          <SelectField
            id="filter-degree"
            label={t('reg.degree')}
            value={value('degreeLevel')}
            onChange={(e) => apply('degreeLevel', e.target.value)}
          >
            <option value="">{t('leads.any')}</option>
            {DEGREE_LEVELS.map((level) => (
              <option key={level} value={level}>
                {t(degreeKey(level))}
              </option>
            ))}
          </SelectField>
          <TextField
            id="filter-year"
            label={t('reg.graduation_year')}
            inputMode="numeric"
            maxLength={4}
            defaultValue={value('graduationYear')}
            onChange={(e) => apply('graduationYear', e.target.value)}
          />
          <TextField
            id="filter-major"
            label={t('reg.major')}
            defaultValue={value('major')}
            onChange={(e) => apply('major', e.target.value)}
            maxLength={60}
            autoComplete="off"
          />
          <SelectField
            id="filter-region"
            label={t('leads.from_region')}
            value={value('fromRegion')}
            onChange={(e) => apply('fromRegion', e.target.value)}
          >
            <option value="">{t('leads.any')}</option>
            <option value="true">{t('leads.yes')}</option>
            <option value="false">{t('leads.no')}</option>
          </SelectField>
          <SelectField
            id="filter-interest"
            label={t('leads.interest')}
            value={value('interest')}
            onChange={(e) => apply('interest', e.target.value)}
          >
            <option value="">{t('leads.any')}</option>
            {INVITATION_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(invitationKey(kind))}
              </option>
            ))}
          </SelectField>
        </form>
      </search>
      {list.status === 'loading' && <Loading />}
      {list.status === 'error' && <LoadError error={list.error} onRetry={list.reload} />}
      {list.status === 'ready' && (
        <>
          <p className="result-count" role="status">
            {list.items.length === 0
              ? t(filtered ? 'leads.none_matching' : 'leads.none')
              : t(list.nextCursor ? 'leads.count_more' : 'leads.count', { n: list.items.length })}
          </p>
          <ul className="card-list">
            {list.items.map((lead) => (
              <li key={lead.leadId} className="card lead-card">
                <h2>
                  <Link to={`/leads/${lead.leadId}`}>{lead.name}</Link>
                </h2>
                <p className="card-meta">
                  {[
                    lead.universityName,
                    t(degreeKey(lead.degreeLevel)),
                    lead.major,
                    t('leads.graduates', { year: lead.graduationYear }),
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </p>
                <p className="muted">
                  {[
                    lead.fromRegion ? t('leads.local') : '',
                    lead.interestedInSummerProgramme ? t('invitation.summer_programme') : '',
                    lead.interestedInFullTime ? t('invitation.full_time') : '',
                    t('leads.event_count', { n: lead.eventCount }),
                  ]
                    .filter(Boolean)
                    .join(' · ')}
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
