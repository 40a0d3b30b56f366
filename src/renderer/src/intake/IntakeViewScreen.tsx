import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Intake } from '../../../shared/intake/schema';
import { displayName, type Patient } from '../../../shared/patients/schema';
import { Card } from '../components/Card';
import { ImportedBadge, ImportedCheck } from '../components/ImportedFrom';
import { formatDateTime } from '../format';
import { AnswerSheet } from './AnswerSheet';
import { IntakeRoute } from './IntakeRoute';
import { useIntakes, useIntakeVerification, useStartIntake } from './queries';

export function IntakeViewScreen() {
  return (
    <IntakeRoute page="view">
      {(patient, intake) => <IntakeView key={intake.id} patient={patient} intake={intake} />}
    </IntakeRoute>
  );
}

function Verification({ intake }: { intake: Intake }) {
  const { t } = useTranslation();
  const check = useIntakeVerification(intake.id, true);
  if (!check.data) return null;
  if (check.data.imported) return <ImportedCheck imported={check.data.imported} />;
  return check.data.valid ? (
    <p className="integrity integrity--ok">
      {t('intake.integrityOk')}{' '}
      <code title={check.data.storedHash}>{check.data.storedHash.slice(0, 16)}…</code>
    </p>
  ) : (
    <p className="alert alert--error" role="alert">
      {t('intake.integrityFailed')}
    </p>
  );
}

function IntakeView({ patient, intake }: { patient: Patient; intake: Intake }) {
  const { t } = useTranslation();
  const intakes = useIntakes(patient.id);
  const start = useStartIntake(patient.id);
  const name = displayName(patient);
  const signed = (intakes.data ?? []).filter((i) => i.status === 'signed');
  const previous = signed.find((i) => i.signedAt && intake.signedAt && i.signedAt < intake.signedAt);

  return (
    <article className="intake" aria-labelledby="intake-title">
      <p className="breadcrumb">
        <Link to={`/patients/${patient.id}`}>{t('intake.backToPatient', { name })}</Link>
      </p>
      <h1 id="intake-title">{t(intake.imported ? 'intake.importedTitle' : 'intake.viewTitle', { name })}</h1>
      <p className="patient-header__meta">
        {intake.imported ? (
          <>
            <ImportedBadge from={intake.imported} />
            <span>
              {t('imported.claimedSigned', { date: formatDateTime(intake.signedAt ?? intake.updatedAt) })}
            </span>
          </>
        ) : (
          <>
            <span className="badge badge--locked">{t('intake.lockedBadge')}</span>
            <span>{t('intake.signedOn', { date: formatDateTime(intake.signedAt ?? intake.updatedAt) })}</span>
          </>
        )}
        <span>{t('intake.questionnaireVersion', { version: intake.definitionVersion })}</span>
      </p>
      <Verification intake={intake} />
      <div className="form-actions intake__actions">
        {previous && (
          <Link
            className="button"
            to={`/patients/${patient.id}/intakes/compare?from=${previous.id}&to=${intake.id}`}
          >
            {t('intake.compareWithPrevious')}
          </Link>
        )}
        <button type="button" className="button" onClick={() => start.mutate()} disabled={start.isPending}>
          {t('intake.startNew')}
        </button>
      </div>

      <AnswerSheet definition={intake.definition} answers={intake.answers} context={intake.context} />

      <Card id="declaration-title" title={t('intake.declarationTitle')}>
        <blockquote className="declaration">{intake.declaration}</blockquote>
        <div className="signatures">
          {intake.signatures.map((s) => (
            <figure key={s.role} className="signature-preview">
              <img src={s.imagePng} alt={t('intake.signatureOf', { name: s.signerName })} />
              <figcaption>
                <strong>{s.signerName}</strong> · {t(`intake.roles.${s.role}`)} ·{' '}
                {t(`intake.methods.${s.method}`)}
                <br />
                {formatDateTime(s.signedAt)}
              </figcaption>
            </figure>
          ))}
        </div>
      </Card>
    </article>
  );
}
