import { useState } from 'react';
import { useI18n } from '../../i18n/i18n';
import { degreeLabel, type Project, type Suggestion } from './placements';
import { SelectField } from '../../ui/field';

type Match = NonNullable<Suggestion['proposal']>;

function MatchLine({ match, onAccept, busy }: { match: Match; onAccept(): void; busy: boolean }) {
  const { t } = useI18n();
  return (
    <div>
      <p>
        <strong>
          {match.hostUnitName} · {match.projectTitle}
        </strong>{' '}
        <span className="score">{t('board.score', { n: match.score })}</span>{' '}
        <button type="button" className="button secondary small" onClick={onAccept} disabled={busy}>
          {t('board.accept')}
        </button>
      </p>
      <ul className="reasons">
        {match.reasons.map((r) => (
          <li key={r}>{r}</li>
        ))}
      </ul>
    </div>
  );
}

/**
 * The unplaced interns, each with the proposed project and its reasons, the best alternatives,
 * and any project with free seats to choose by hand.
 */
export function SuggestionList({
  suggestions,
  openProjects,
  busy,
  onPlace,
}: {
  suggestions: Suggestion[];
  openProjects: Project[];
  busy: boolean;
  onPlace(registrationId: string, projectId: string, name: string): void;
}) {
  const { t } = useI18n();
  const [chosen, setChosen] = useState<Record<string, string>>({});
  if (suggestions.length === 0) return <p className="muted">{t('board.unplaced_none')}</p>;
  return (
    <ul className="row-list">
      {suggestions.map(({ intern, proposal, alternatives }) => {
        const others = alternatives.filter((a) => a.projectId !== proposal?.projectId);
        const pick = chosen[intern.registrationId] ?? '';
        return (
          <li key={intern.registrationId} className="row-item" data-testid="suggestion">
            <h3>{intern.name}</h3>
            <p className="muted">
              {intern.universityName} · {degreeLabel(t, intern.degreeLevel)} · {intern.major}
              {' · '}
              {t('board.hometown', { place: intern.hometownCounty ?? intern.hometown })}
              {intern.fromRegion ? ` · ${t('board.from_region')}` : ''}
            </p>
            {proposal ? (
              <MatchLine
                match={proposal}
                busy={busy}
                onAccept={() => onPlace(intern.registrationId, proposal.projectId, intern.name)}
              />
            ) : (
              <p className="muted">{t('board.no_proposal')}</p>
            )}
            {others.length > 0 && (
              <details>
                <summary>{t('board.alternatives')}</summary>
                {others.map((m) => (
                  <MatchLine
                    key={m.projectId}
                    match={m}
                    busy={busy}
                    onAccept={() => onPlace(intern.registrationId, m.projectId, intern.name)}
                  />
                ))}
              </details>
            )}
            {openProjects.length > 0 && (
              <div className="pick">
                <SelectField
                  id={`place-${intern.registrationId}`}
                  label={t('board.place_into')}
                  value={pick}
                  onChange={(e) => setChosen((c) => ({ ...c, [intern.registrationId]: e.target.value }))}
                >
                  <option value="">{t('board.choose_project')}</option>
                  {openProjects.map((p) => (
                    <option key={p.projectId} value={p.projectId}>
                      {p.hostUnitName} · {p.title}（{t('prj.free_value', { n: p.seats - p.placed })}）
                    </option>
                  ))}
                </SelectField>
                <button
                  type="button"
                  className="button secondary"
                  disabled={busy || !pick}
                  onClick={() => onPlace(intern.registrationId, pick, intern.name)}
                >
                  {t('board.place')}
                </button>
              </div>
            )}
          </li>
        );
      })}
    </ul>
  );
}
