import { Link, useNavigate } from 'react-router';
import { api, unwrap } from '../../api/client';
import { UniversityForm } from './university-form';
import { useI18n } from '../../i18n/i18n';
import { emptyDraft, toCreateInput, type UniversityDraft } from './university-draft';
import { useTitle } from '../../lib/use-title';
import './partnerships.css';

export default function NewUniversityPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  useTitle(t('university.new_title'));

  const create = async (draft: UniversityDraft) => {
    const created = await unwrap(api.POST('/v1/universities', { body: toCreateInput(draft) }));
    navigate(`/universities/${created.universityId}`, { state: { created: true } });
  };

  return (
    <section className="page" aria-labelledby="new-title">
      <p className="back">
        <Link to="/universities">{t('university.back_to_list')}</Link>
      </p>
      <h1 id="new-title">{t('university.new_title')}</h1>
      <p className="lead">{t('university.new_intro')}</p>
      <section className="panel">
        <UniversityForm
          initial={emptyDraft()}
          submitLabel={t('university.create_submit')}
          onSubmit={create}
          onCancel={() => navigate('/universities')}
        />
      </section>
    </section>
  );
}
