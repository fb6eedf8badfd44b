import { Link, useNavigate } from 'react-router';
import { api, unwrap } from '../../api/client';
import { LoadError, Loading } from '../../ui/feedback';
import { TripForm, type TripInput } from './trip-form';
import { useI18n } from '../../i18n/i18n';
import { useUniversities } from '../../lib/use-universities';
import { useTitle } from '../../lib/use-title';
import './trips.css';

export default function NewTripPage() {
  const { t } = useI18n();
  useTitle(t('trip.new_title'));
  const navigate = useNavigate();
  const universities = useUniversities();

  const create = async (input: TripInput) => {
    const trip = await unwrap(api.POST('/v1/trips', { body: input }));
    navigate(`/trips/${trip.tripId}`, { state: { created: true } });
  };

  return (
    <section className="page narrow" aria-labelledby="new-trip-title">
      <p className="back">
        <Link to="/trips">{t('trip.back_to_list')}</Link>
      </p>
      <h1 id="new-trip-title">{t('trip.new_title')}</h1>
      {universities.status === 'error' && <LoadError error={universities.error} onRetry={universities.reload} />}
      {universities.status === 'loading' && <Loading />}
      {universities.status === 'ready' && (
        <section className="panel">
          <TripForm universities={universities.data} submitLabel={t('trip.create')} onSubmit={create} />
        </section>
      )}
    </section>
  );
}
