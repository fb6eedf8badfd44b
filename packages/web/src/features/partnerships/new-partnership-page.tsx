import { Link, useNavigate, useSearchParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { LoadError, Loading } from '../../ui/feedback';
import { PartnershipForm } from './partnership-form';
import { useI18n } from '../../i18n/i18n';
import { emptyDraft, toCreate, type PartnershipDraft } from './partnership-draft';
import { useUniversities } from '../../lib/use-universities';
import { useTitle } from '../../lib/use-title';
import './partnerships.css';

export default function NewPartnershipPage() {
  const { t } = useI18n();
  useTitle(t('partnership.new_title'));
  const navigate = useNavigate();
  // Opened from a university's page, the form starts with that university picked.
  const [params] = useSearchParams();
  const universities = useUniversities();

  const create = async (draft: PartnershipDraft) => {
    const created = await unwrap(api.POST('/v1/partnerships', { body: toCreate(draft) }));
    navigate(`/partnerships/${created.partnershipId}`, { state: { created: true } });
  };

  return (
    <section className="page narrow" aria-labelledby="new-partnership-title">
      <p className="back">
        <Link to="/partnerships">{t('partnership.back_to_list')}</Link>
      </p>
      <h1 id="new-partnership-title">{t('partnership.new_title')}</h1>
      {universities.status === 'error' && <LoadError error={universities.error} onRetry={universities.reload} />}
      {universities.status === 'loading' && <Loading />}
      {universities.status === 'ready' && (
        <section className="panel">
          <PartnershipForm
            initial={emptyDraft(params.get('universityId') ?? '')}
            universities={universities.data}
            submitLabel={t('partnership.create')}
            onSubmit={create}
          />
        </section>
      )}
    </section>
  );
}
