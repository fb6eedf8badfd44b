import { Link, useNavigate } from 'react-router';
import { api, unwrap } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { useTitle } from '../../lib/use-title';
import { NoticeForm } from './notice-form';
import './messages';
import './positions.css';

/** Drafts a recruitment notice; it is published from its page once one of its positions is. */
export default function NewNoticePage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  useTitle(t('jobs.new_notice'));
  return (
    <section className="page" aria-labelledby="new-notice-title">
      <p className="back">
        <Link to="/recruitment/notices">{t('jobs.back_to_notices')}</Link>
      </p>
      <h1 id="new-notice-title">{t('jobs.new_notice')}</h1>
      <section className="panel">
        <NoticeForm
          initial={{ title: '', body: '', slug: '', positionIds: [] }}
          creating
          submitLabel={t('jobs.save_draft')}
          onSubmit={async (draft) => {
            const slug = draft.slug.trim();
            const created = await unwrap(
              api.POST('/v1/announcements', {
                body: {
                  title: draft.title.trim(),
                  body: draft.body.trim(),
                  positionIds: draft.positionIds,
                  ...(slug ? { slug } : {}),
                },
              }),
            );
            navigate(`/recruitment/notices/${created.announcementId}`, { state: { created: true } });
          }}
        />
      </section>
    </section>
  );
}
