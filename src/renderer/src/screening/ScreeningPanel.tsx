import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ScreenedFlag, ScreeningResult } from '../../../shared/screening/schema';
import type { PlannedTreatment, SubstanceMatch } from '../../../shared/screening/types';
import { formatDateTime } from '../format';
import { useInvalidateIntakes, useScreening, useStartIntake } from '../intake/queries';
import { DecisionForm } from './DecisionForm';

const SEVERITY_CLASS = {
  ABSOLUTE: 'flag--absolute',
  RELATIVE: 'flag--relative',
  INFO: 'flag--info',
} as const;

function Standing({ patientId, result }: { patientId: number; result: ScreeningResult }) {
  const { t } = useTranslation();
  const start = useStartIntake(patientId);
  const { standing, draftId } = result;
  const startButton = draftId ? (
    <Link
      className="button button--primary button--small"
      to={`/patients/${patientId}/intakes/${draftId}/edit`}
    >
      {t('screening.resumeIntake')}
    </Link>
  ) : (
    <button
      type="button"
      className={`button button--small${standing.kind === 'current' ? '' : ' button--primary'}`}
      onClick={() => start.mutate()}
      disabled={start.isPending}
    >
      {standing.kind === 'none' ? t('screening.startIntake') : t('screening.startNewIntake')}
    </button>
  );
  if (standing.kind === 'current') {
    return (
      <div className="intake-standing">
        <span>
          {t('screening.intakeCurrent', {
            signed: formatDateTime(standing.signedAt),
            until: formatDateTime(standing.validUntil),
          })}
        </span>{' '}
        <Link to={`/patients/${patientId}/intakes/${standing.intakeId}`}>{t('screening.viewIntake')}</Link>
        {startButton}
      </div>
    );
  }
  return (
    <div className="alert alert--warning intake-standing" role="status">
      <span>
        {standing.kind === 'none'
          ? t('screening.noIntake')
          : t('screening.intakeExpired', { signed: formatDateTime(standing.signedAt) })}
      </span>
      {startButton}
    </div>
  );
}

/** The words that raised a flag, what they were read as and where they were written. */
function MatchList({ matches }: { matches: SubstanceMatch[] }) {
  const { t } = useTranslation();
  if (!matches.length) return null;
  return (
    <ul className="flag__matches">
      {matches.map((m) => (
        <li key={`${m.words}|${m.substance}|${m.where.kind === 'plan' ? m.where.text : m.where.question}`}>
          {t('screening.matchLine', {
            words: m.words,
            substance: m.substance,
            how: t(`screening.matchHow.${m.how}`),
            where:
              m.where.kind === 'plan'
                ? t(`screening.matchWhere.${m.where.role}`, { text: m.where.text })
                : t('screening.matchWhere.answer', { question: m.where.question }),
          })}
        </li>
      ))}
    </ul>
  );
}

function FlagItem({
  patientId,
  intakeId,
  flag,
  planned,
}: {
  patientId: number;
  intakeId: number | null;
  flag: ScreenedFlag;
  planned?: PlannedTreatment;
}) {
  const { t } = useTranslation();
  const invalidate = useInvalidateIntakes();
  const [deciding, setDeciding] = useState(false);
  const headingId = `flag-${flag.key}`;
  return (
    <li className={`flag ${SEVERITY_CLASS[flag.severity]}`} aria-labelledby={headingId}>
      <p className="flag__title" id={headingId}>
        <span className="flag__severity">{t(`screening.severity.${flag.severity}`)}</span>{' '}
        {t(flag.reason, flag.params)}
      </p>
      {flag.sources.length > 0 && (
        <ul className="flag__sources">
          {flag.sources.map((s) => (
            <li key={`${s.origin}-${s.questionId}`}>
              {t(s.origin === 'dayCheck' ? 'screening.sourceLineDayCheck' : 'screening.sourceLine', {
                question: s.question,
                answer: s.answer,
              })}
            </li>
          ))}
        </ul>
      )}
      <MatchList matches={flag.matches} />
      {flag.decision && (
        <p className="flag__decision">
          <strong>{t(`screening.decisions.${flag.decision.decision}`)}</strong>{' '}
          {t('screening.decidedOn', { date: formatDateTime(flag.decision.decidedAt) })}:{' '}
          {flag.decision.reason}
        </p>
      )}
      {flag.severity !== 'INFO' && intakeId !== null && !deciding && (
        <button type="button" className="button button--small" onClick={() => setDeciding(true)}>
          {flag.decision ? t('screening.changeDecision') : t('screening.recordDecision')}
        </button>
      )}
      {deciding && intakeId !== null && (
        <DecisionForm
          patientId={patientId}
          intakeId={intakeId}
          flag={flag}
          planned={planned}
          onCancel={() => setDeciding(false)}
          onDone={async () => {
            setDeciding(false);
            await invalidate();
          }}
        />
      )}
    </li>
  );
}

/**
 * The patient header's screening: intake standing, then every flag with its reason, source and decision.
 * A session passes its areas and products' ingredients as the plan, so their flags show (and are decided) too.
 */
export function ScreeningPanel({ patientId, planned }: { patientId: number; planned?: PlannedTreatment }) {
  const { t } = useTranslation();
  const screening = useScreening(patientId, planned);
  const result = screening.data;
  if (!result) return null;
  const intakeId = result.standing.kind === 'none' ? null : result.standing.intakeId;
  return (
    <section className="screening" aria-labelledby="screening-title">
      <h2 id="screening-title" className="visually-hidden">
        {t('screening.title')}
      </h2>
      <Standing patientId={patientId} result={result} />
      {result.flags.length > 0 && (
        <ul className="flags" aria-label={t('screening.flagsLabel', { count: result.flags.length })}>
          {result.flags.map((flag) => (
            <FlagItem
              key={flag.key}
              patientId={patientId}
              intakeId={intakeId}
              flag={flag}
              planned={planned}
            />
          ))}
        </ul>
      )}
      {intakeId !== null && result.flags.length === 0 && (
        <p className="muted small">{t('screening.noFlags')}</p>
      )}
    </section>
  );
}
