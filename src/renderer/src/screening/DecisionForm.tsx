import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Decision, MIN_ABSOLUTE_REASON, type ScreenedFlag } from '../../../shared/screening/schema';
import type { PlannedTreatment } from '../../../shared/screening/types';
import { ApiFailure, clinic, unwrap } from '../api/clinic';
import { Field } from '../components/Field';

interface DecisionFormProps {
  patientId: number;
  intakeId: number;
  flag: ScreenedFlag;
  /** The session plan the flag was raised for (ingredient and site flags depend on it). */
  planned?: PlannedTreatment;
  onDone: () => void;
  onCancel: () => void;
}

/** The practitioner's decision on a flag, with the reason that goes on the record. */
export function DecisionForm({ patientId, intakeId, flag, planned, onDone, onCancel }: DecisionFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const [decision, setDecision] = useState<Decision | ''>('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const absolute = flag.severity === 'ABSOLUTE';

  const submit = async () => {
    const found: Record<string, string> = {};
    if (!decision) found.decision = 'errors.choose';
    if (!reason.trim()) found.reason = 'errors.reasonRequired';
    else if (absolute && decision === 'treat' && reason.trim().length < MIN_ABSOLUTE_REASON) {
      found.reason = 'errors.absoluteReason';
    }
    setErrors(found);
    if (Object.keys(found).length || !decision) return;
    setBusy(true);
    try {
      await unwrap(
        clinic.screening.decide({ patientId, intakeId, flagKey: flag.key, planned, decision, reason }),
      );
      onDone();
    } catch (error) {
      setBusy(false);
      const apiError = error instanceof ApiFailure ? error.error : null;
      setErrors(apiError?.fields ?? { reason: apiError?.message ?? 'errors.internal' });
    }
  };

  const errorId = `${id}-decision-error`;
  return (
    <div className="decision-form">
      <fieldset
        className={`question question--choice${errors.decision ? ' question--invalid' : ''}`}
        aria-describedby={errors.decision ? errorId : undefined}
      >
        <legend>{t('screening.decisionLabel')}</legend>
        {errors.decision && (
          <p className="field__error" id={errorId}>
            {t(errors.decision)}
          </p>
        )}
        <div className="choices">
          {(['treat', 'doNotTreat'] as const).map((d) => (
            <label key={d} className="choice">
              <input
                type="radio"
                name={`${id}-decision`}
                checked={decision === d}
                onChange={() => setDecision(d)}
              />
              {t(`screening.decisions.${d}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <Field
        label={t('screening.reasonLabel')}
        hint={absolute ? t('screening.absoluteReasonHint', { count: MIN_ABSOLUTE_REASON }) : undefined}
        error={errors.reason}
        required
        wide
      >
        {(a) => (
          <textarea
            {...a}
            rows={3}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            maxLength={4000}
          />
        )}
      </Field>
      <div className="form-actions">
        <button
          type="button"
          className="button button--primary button--small"
          onClick={submit}
          disabled={busy}
        >
          {t('screening.saveDecision')}
        </button>
        <button type="button" className="button button--small" onClick={onCancel}>
          {t('form.cancel')}
        </button>
      </div>
    </div>
  );
}
