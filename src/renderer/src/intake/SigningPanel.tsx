import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Intake } from '../../../shared/intake/schema';
import { displayName, type Patient } from '../../../shared/patients/schema';
import type { ApiError } from '../../../shared/result';
import { ApiFailure, clinic, unwrap } from '../api/clinic';
import { FormAlert } from '../components/FormAlert';
import { BusyButton } from '../components/form/BusyButton';
import type { SignatureValue } from '../components/SignaturePad';
import { SignerFields } from '../components/SignerFields';

interface SigningPanelProps {
  patient: Patient;
  intake: Intake;
  version: number;
  /** Prefills the signer's name when a guardian signs for a minor. */
  guardianName: string;
  onBack: () => void;
  onSigned: (intake: Intake) => void;
  /** An error main found in the answers themselves: shown back on the questionnaire. */
  onAnswerErrors: (error: ApiError) => void;
}

const SERVER_FIELDS: Record<string, string> = {
  declarationAccepted: 'declaration',
  'patientSignature.signerName': 'patientName',
  'patientSignature.imagePng': 'patientSignature',
  patientSignature: 'patientSignature',
  'practitionerSignature.signerName': 'practitionerName',
  'practitionerSignature.imagePng': 'practitionerSignature',
  practitionerSignature: 'practitionerSignature',
};

/** The patient confirms the declaration and signs; then the practitioner countersigns and the intake locks. */
export function SigningPanel({
  patient,
  intake,
  version,
  guardianName,
  onBack,
  onSigned,
  onAnswerErrors,
}: SigningPanelProps) {
  const { t } = useTranslation();
  const minor = intake.context.ageYears < 18;
  const [step, setStep] = useState<'patient' | 'practitioner'>('patient');
  const [accepted, setAccepted] = useState(false);
  const [patientName, setPatientName] = useState(minor ? guardianName : displayName(patient));
  const [patientSignature, setPatientSignature] = useState<SignatureValue | null>(null);
  const [practitionerName, setPractitionerName] = useState('');
  const [practitionerSignature, setPractitionerSignature] = useState<SignatureValue | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => headingRef.current?.focus(), []);

  const continueToCountersign = () => {
    const found: Record<string, string> = {};
    if (!accepted) found.declaration = 'errors.declarationRequired';
    if (!patientName.trim()) found.patientName = 'errors.required';
    if (!patientSignature) found.patientSignature = 'errors.signatureRequired';
    setErrors(found);
    if (Object.keys(found).length === 0) {
      setStep('practitioner');
      headingRef.current?.focus();
    }
  };

  const sign = async () => {
    const found: Record<string, string> = {};
    if (!practitionerName.trim()) found.practitionerName = 'errors.required';
    if (!practitionerSignature) found.practitionerSignature = 'errors.signatureRequired';
    setErrors(found);
    if (Object.keys(found).length || !patientSignature || !practitionerSignature) return;
    setBusy(true);
    setFormError(null);
    try {
      const signed = await unwrap(
        clinic.intakes.sign({
          id: intake.id,
          version,
          declarationAccepted: true,
          patientSignature: {
            role: minor ? 'guardian' : 'patient',
            signerName: patientName,
            ...patientSignature,
          },
          practitionerSignature: {
            role: 'practitioner',
            signerName: practitionerName,
            ...practitionerSignature,
          },
        }),
      );
      onSigned(signed);
    } catch (error) {
      setBusy(false);
      const apiError = error instanceof ApiFailure ? error.error : null;
      if (!apiError) return setFormError('errors.internal');
      const fields = apiError.fields ?? {};
      const mine = Object.keys(fields).filter((f) => f in SERVER_FIELDS);
      if (apiError.code === 'VALIDATION' && mine.length) {
        setErrors(Object.fromEntries(mine.map((f) => [SERVER_FIELDS[f], fields[f]])));
        if (mine.some((f) => f.startsWith('patient') || f === 'declarationAccepted')) setStep('patient');
        return;
      }
      if (apiError.code === 'VALIDATION') return onAnswerErrors(apiError);
      setFormError(apiError.message);
    }
  };

  return (
    <section className="card signing" aria-labelledby="signing-title">
      <h2 id="signing-title" ref={headingRef} tabIndex={-1}>
        {step === 'patient' ? t('intake.signPatientTitle') : t('intake.signPractitionerTitle')}
      </h2>
      <FormAlert message={formError} />
      {step === 'patient' ? (
        <>
          <blockquote className="declaration">{intake.definition.declaration}</blockquote>
          <div className={`field${errors.declaration ? ' field--invalid' : ''}`}>
            <label className="checkbox">
              <input
                type="checkbox"
                checked={accepted}
                onChange={(e) => setAccepted(e.target.checked)}
                aria-invalid={Boolean(errors.declaration)}
                aria-describedby={errors.declaration ? 'declaration-error' : undefined}
              />
              {minor ? t('intake.confirmDeclarationGuardian') : t('intake.confirmDeclaration')}
            </label>
            {errors.declaration && (
              <p className="field__error" id="declaration-error">
                {t(errors.declaration)}
              </p>
            )}
          </div>
          <SignerFields
            nameLabel={minor ? t('intake.guardianSignerName') : t('intake.patientSignerName')}
            name={patientName}
            onName={setPatientName}
            nameError={errors.patientName}
            signatureLabel={minor ? t('intake.guardianSignature') : t('intake.patientSignature')}
            signatureError={errors.patientSignature}
            onSignature={setPatientSignature}
          />
          <div className="form-actions">
            <button type="button" className="button button--primary" onClick={continueToCountersign}>
              {t('intake.continueToCountersign')}
            </button>
            <button type="button" className="button" onClick={onBack}>
              {t('intake.backToEditing')}
            </button>
          </div>
        </>
      ) : (
        <>
          {patientSignature && (
            <figure className="signature-preview">
              <img src={patientSignature.imagePng} alt={t('intake.signatureOf', { name: patientName })} />
              <figcaption>{t('intake.patientSignedPending', { name: patientName })}</figcaption>
            </figure>
          )}
          <SignerFields
            nameLabel={t('intake.practitionerSignerName')}
            name={practitionerName}
            onName={setPractitionerName}
            nameError={errors.practitionerName}
            signatureLabel={t('intake.practitionerSignature')}
            signatureError={errors.practitionerSignature}
            onSignature={setPractitionerSignature}
          />
          <p className="muted small">{t('intake.lockWarning')}</p>
          <div className="form-actions">
            <BusyButton
              type="button"
              onClick={sign}
              busy={busy}
              label={t('intake.countersignAndLock')}
              busyLabel={t('intake.signing')}
            />
            <button
              type="button"
              className="button"
              onClick={() => {
                setPatientSignature(null);
                setStep('patient');
              }}
            >
              {t('intake.backToPatientSignature')}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
