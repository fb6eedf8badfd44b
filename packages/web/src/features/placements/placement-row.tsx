import { useState } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../i18n/i18n';
import { degreeLabel, type Mentor, type Placement, type Project } from './placements';
import { SelectField } from '../../ui/field';

/** A placed intern on the board: move to another project, assign a mentor, open the letter. */
export function PlacementRow({
  placement,
  projects,
  mentors,
  busy,
  onMove,
  onMentor,
  onRelease,
}: {
  placement: Placement;
  projects: Project[];
  mentors: Mentor[];
  busy: boolean;
  onMove(projectId: string): void;
  onMentor(mentorId: string | null): void;
  onRelease(): void;
}) {
  const { t } = useI18n();
  const id = placement.registrationId;
  const [target, setTarget] = useState('');
  const [mentor, setMentor] = useState(placement.mentorId ?? '');
  const elsewhere = projects.filter((p) => p.projectId !== placement.projectId && p.placed < p.seats);
  const fits = mentors.filter((m) => !m.hostUnitId || m.hostUnitId === placement.hostUnitId);

  return (
    <li className="row-item" data-testid="placement">
      <h3>{placement.internName}</h3>
      <p className="muted">
        {placement.universityName} · {degreeLabel(t, placement.degreeLevel)} · {placement.major}
      </p>
      <p>
        {placement.hostUnitName} · {placement.projectTitle}
      </p>
      <p className="muted">
        {t('board.mentor')}：{placement.mentorName ?? t('board.no_mentor')} · {placement.startDate} –{' '}
        {placement.endDate}
      </p>
      <div className="pick">
        <SelectField
          id={`mentor-${id}`}
          label={t('board.mentor')}
          value={mentor}
          onChange={(e) => setMentor(e.target.value)}
        >
          <option value="">{t('board.no_mentor')}</option>
          {fits.map((m) => (
            <option key={m.mentorId} value={m.mentorId}>
              {m.name}（{t('mnt.load', { mentees: m.mentees, max: m.maxMentees })}）
            </option>
          ))}
        </SelectField>
        <button
          type="button"
          className="button secondary"
          disabled={busy || mentor === (placement.mentorId ?? '')}
          onClick={() => onMentor(mentor || null)}
        >
          {t('board.assign')}
        </button>
      </div>
      {elsewhere.length > 0 && (
        <div className="pick">
          <SelectField
            id={`move-${id}`}
            label={t('board.move_to')}
            value={target}
            onChange={(e) => setTarget(e.target.value)}
          >
            <option value="">{t('board.choose_project')}</option>
            {elsewhere.map((p) => (
              <option key={p.projectId} value={p.projectId}>
                {p.hostUnitName} · {p.title}
              </option>
            ))}
          </SelectField>
          <button type="button" className="button secondary" disabled={busy || !target} onClick={() => onMove(target)}>
            {t('board.move')}
          </button>
        </div>
      )}
      <p className="pick">
        <Link to={`/placements/${id}/letter`}>{t('board.letter')}</Link>
        <button type="button" className="button link danger" disabled={busy} onClick={onRelease}>
          {t('board.release')}
        </button>
      </p>
    </li>
  );
}
