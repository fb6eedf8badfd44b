import { Link, useNavigate } from 'react-router';
import { api, unwrap } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { useTitle } from '../../lib/use-title';
import { toDraft, toInput } from './position-draft';
import { PositionForm } from './position-form';
import './messages';
import './positions.css';

/** Drafts a position; it stays unseen by the public until it is published from its page. */
export default function NewPositionPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  useTitle(t('jobs.new_position'));
  return (
    <section className="page" aria-labelledby="new-position-title">
      <p className="back">
        <Link to="/recruitment">{t('jobs.back_to_positions')}</Link>
      </p>
      <h1 id="new-position-title">{t('jobs.new_position')}</h1>
      <p className="hint">{t('jobs.new_position_intro')}</p>
      <section className="panel">
        <PositionForm
          initial={toDraft()}
          creating
          submitLabel={t('jobs.save_draft')}
          onSubmit={async (draft) => {
            const created = await unwrap(api.POST('/v1/positions', { body: toInput(draft) }));
            navigate(`/recruitment/positions/${created.positionId}`, { state: { created: true } });
          }}
        />
      </section>
    </section>
  );
}
