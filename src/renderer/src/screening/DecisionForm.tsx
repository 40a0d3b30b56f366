import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import {
  DECISIONS,
  type Decision,
  type FlagDecisionInput,
  type FlagDecisionRequest,
  flagDecisionSchema,
  MIN_ABSOLUTE_REASON,
  type ScreenedFlag,
} from '../../../shared/screening/schema';
import type { PlannedTreatment } from '../../../shared/screening/types';
import { clinic, unwrap } from '../api/clinic';
import { FormAlert } from '../components/FormAlert';
import { BusyButton } from '../components/form/BusyButton';
import { TextAreaField } from '../components/form/fields';
import { useFormMutation } from '../components/form/useFormMutation';
import { useZodForm } from '../components/form/useZodForm';

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
  const absolute = flag.severity === 'ABSOLUTE';
  const initial: Omit<FlagDecisionInput, 'decision'> & { decision: Decision | '' } = {
    patientId,
    intakeId,
    flagKey: flag.key,
    planned,
    decision: '',
    reason: '',
  };
  const { form, field, bind } = useZodForm(flagDecisionSchema, initial, {
    // Main holds the same line: treating despite an absolute contraindication needs a real reason.
    precheck: (v): Record<string, string> => {
      const reason = v.reason.trim();
      const tooShort = absolute && v.decision === 'treat' && reason && reason.length < MIN_ABSOLUTE_REASON;
      return tooShort ? { reason: 'errors.absoluteReason' } : {};
    },
  });
  const saving = useFormMutation(
    form,
    (request: FlagDecisionRequest) => unwrap(clinic.screening.decide(request)),
    {
      onSaved: onDone,
    },
  );
  const decision = bind('decision');

  const errorId = `${id}-decision-error`;
  return (
    <div className="decision-form">
      <fieldset
        className={`question question--choice${decision.error ? ' question--invalid' : ''}`}
        aria-describedby={decision.error ? errorId : undefined}
      >
        <legend>{t('screening.decisionLabel')}</legend>
        {decision.error && (
          <p className="field__error" id={errorId}>
            {t(decision.error)}
          </p>
        )}
        <div className="choices">
          {DECISIONS.map((d) => (
            <label key={d} className="choice">
              <input
                type="radio"
                name={`${id}-decision`}
                checked={decision.value === d}
                onChange={() => decision.onChange(d)}
              />
              {t(`screening.decisions.${d}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <TextAreaField
        label={t('screening.reasonLabel')}
        hint={absolute ? t('screening.absoluteReasonHint', { count: MIN_ABSOLUTE_REASON }) : undefined}
        field={field('reason')}
        required
        wide
        rows={3}
        maxLength={4000}
      />
      <FormAlert message={saving.formError} />
      <div className="form-actions">
        <BusyButton
          type="button"
          className="button button--primary button--small"
          label={t('screening.saveDecision')}
          busy={saving.pending}
          onClick={() => void saving.submit()}
        />
        <button type="button" className="button button--small" onClick={onCancel}>
          {t('form.cancel')}
        </button>
      </div>
    </div>
  );
}
