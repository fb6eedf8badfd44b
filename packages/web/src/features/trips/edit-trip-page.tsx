import { useCallback, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { ApiError } from '../../api/errors';
import { Alert, LoadError, Loading } from '../../ui/feedback';
import { TripForm, tripToDraft, type TripInput } from './trip-form';
import { useI18n } from '../../i18n/i18n';
import { useResource } from '../../lib/use-resource';
import { useUniversities } from '../../lib/use-universities';
import { useTitle } from '../../lib/use-title';
import './trips.css';

/** Title, dates, delegation, stops, budget and expenses of a trip, saved against the version read. */
export default function EditTripPage() {
  const { t } = useI18n();
  const { tripId = '' } = useParams();
  const navigate = useNavigate();
  const get = useCallback(
    (signal?: AbortSignal) => unwrap(api.GET('/v1/trips/{tripId}', { params: { path: { tripId } }, signal })),
    [tripId],
  );
  const trip = useResource((signal) => get(signal), ['/v1/trips/{tripId}', tripId, get]);
  const universities = useUniversities();
  const [conflict, setConflict] = useState(false);
  const [stopInUse, setStopInUse] = useState(false);
  useTitle(trip.data ? t('trip.edit_title', { title: trip.data.title }) : t('trip.edit'));

  if (trip.status === 'error') return <LoadError error={trip.error} onRetry={trip.reload} />;
  if (universities.status === 'error') return <LoadError error={universities.error} onRetry={universities.reload} />;
  if (!trip.data || universities.status !== 'ready') return <Loading />;
  const current = trip.data;

  const save = async (input: TripInput) => {
    setStopInUse(false);
    try {
      await unwrap(
        api.PATCH('/v1/trips/{tripId}', { params: { path: { tripId } }, body: { ...input, version: current.version } }),
      );
      navigate(`/trips/${tripId}`, { state: { saved: true } });
    } catch (error) {
      // The user's edit stays in the form: putting the stop back is all it takes.
      if (error instanceof ApiError && error.code === 'conflict') return setStopInUse(true);
      if (!(error instanceof ApiError && error.code === 'version_conflict')) throw error;
      // Someone saved first: show their version and let the user redo the edit on it.
      trip.setData(await get());
      setConflict(true);
    }
  };

  return (
    <section className="page narrow" aria-labelledby="edit-trip-title">
      <p className="back">
        <Link to={`/trips/${tripId}`}>{t('trip.back_to_trip')}</Link>
      </p>
      <h1 id="edit-trip-title">{t('trip.edit_title', { title: current.title })}</h1>
      <section className="panel">
        <TripForm
          key={current.version}
          universities={universities.data}
          initial={tripToDraft(current)}
          submitLabel={t('trip.save')}
          onSubmit={save}
          onCancel={() => navigate(`/trips/${tripId}`)}
          notice={
            <>
              {conflict && (
                <Alert tone="warning" title={t('trip.conflict_title')} focus>
                  <p>{t('trip.conflict_body')}</p>
                </Alert>
              )}
              {stopInUse && (
                <Alert tone="error" focus>
                  {t('trip.stop_has_events')}
                </Alert>
              )}
            </>
          }
        />
      </section>
    </section>
  );
}
