import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { documentWords } from '../../../shared/documents/document-words';
import {
  PHOTO_CONSENT_LEVELS,
  type PhotoConsentLevel,
  type RenderedContent,
} from '../../../shared/documents/schema';
import type { Language } from '../../../shared/language/languages';
import type { SignatureInput, SignerRole } from '../../../shared/signature';
import { Field } from '../components/Field';
import { SignaturePad, type SignatureValue } from '../components/SignaturePad';
import { Blocks, RenderedContentView } from './RenderedContentView';

export interface ConsentAnswers {
  acknowledged: boolean[];
  photoConsent: PhotoConsentLevel;
  signatures: SignatureInput[];
}

interface Signer {
  name: string;
  value: SignatureValue | null;
}

interface ConsentSigningProps {
  content: RenderedContent;
  /** The patient's language: what they read and tick is in it. */
  language: Language;
  patientName: string;
  practitionerName: string;
  busy: boolean;
  serverErrors?: Record<string, string>;
  onSign: (answers: ConsentAnswers) => void;
  onBack: () => void;
}

/** The patient reads the form, ticks each declaration, chooses a photo level and signs; the practitioner countersigns. */
export function ConsentSigning(props: ConsentSigningProps) {
  const { content, busy, serverErrors, onSign, onBack } = props;
  const { t } = useTranslation();
  const [ticks, setTicks] = useState<boolean[]>(() => content.declarations.map(() => false));
  const [photo, setPhoto] = useState<PhotoConsentLevel | null>(null);
  const [signerRole, setSignerRole] = useState<'patient' | 'guardian'>('patient');
  const [patient, setPatient] = useState<Signer>({ name: props.patientName, value: null });
  const [practitioner, setPractitioner] = useState<Signer>({ name: props.practitionerName, value: null });
  const [withWitness, setWithWitness] = useState(false);
  const [witness, setWitness] = useState<Signer>({ name: '', value: null });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const shown = { ...serverErrors, ...errors };

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (!ticks.every(Boolean)) found.acknowledged = 'errors.declarationsRequired';
    if (!photo) found.photoConsent = 'errors.choosePhotoConsent';
    const signers: [SignerRole, Signer][] = [
      [signerRole, patient],
      ['practitioner', practitioner],
    ];
    if (withWitness) signers.push(['witness', witness]);
    for (const [role, signer] of signers) {
      const key = role === 'guardian' ? 'patient' : role;
      if (!signer.name.trim()) found[`${key}Name`] = 'errors.required';
      if (!signer.value) found[`signatures.${key}`] = 'errors.signatureRequired';
    }
    setErrors(found);
    if (Object.keys(found).length || !photo) return;
    onSign({
      acknowledged: ticks,
      photoConsent: photo,
      signatures: signers.map(([role, signer]) => ({
        role,
        signerName: signer.name.trim(),
        method: signer.value?.method ?? 'drawn',
        imagePng: signer.value?.imagePng ?? '',
        ...(signer.value && { signedAt: signer.value.signedAt }),
      })),
    });
  };

  const errorCount = Object.keys(shown).length;
  return (
    <form className="document-form" noValidate onSubmit={submit}>
      <RenderedContentView content={content} language={props.language} />

      <fieldset className={shown.acknowledged ? 'fieldset--invalid' : undefined}>
        <legend>{t('documents.declarationsLegend')}</legend>
        <p className="field__hint">{t('documents.declarationsHint')}</p>
        {content.declarations.map((text, i) => (
          <label key={text} className="checkbox checkbox--block">
            <input
              type="checkbox"
              checked={ticks[i] ?? false}
              onChange={(e) => setTicks((prev) => prev.map((v, j) => (j === i ? e.target.checked : v)))}
            />
            {text}
          </label>
        ))}
        {shown.acknowledged && <p className="field__error">{t(shown.acknowledged)}</p>}
      </fieldset>

      <fieldset className={shown.photoConsent ? 'fieldset--invalid' : undefined}>
        <legend>{t('documents.photoLegend')}</legend>
        <div lang={props.language}>
          <Blocks blocks={content.photoConsent} />
        </div>
        {PHOTO_CONSENT_LEVELS.map((level) => (
          <label key={level} className="checkbox checkbox--block">
            <input
              type="radio"
              name="photo-consent"
              checked={photo === level}
              onChange={() => setPhoto(level)}
            />
            {t(`documents.photoLevels.${level}`)}
            <span className="muted small" lang={props.language}>
              {' '}
              {documentWords(props.language).photoLabels[level]}
            </span>
          </label>
        ))}
        {shown.photoConsent && <p className="field__error">{t(shown.photoConsent)}</p>}
      </fieldset>

      <fieldset>
        <legend>{t('documents.signaturesLegend')}</legend>
        <div className="grid">
          <Field label={t('documents.signerRole')}>
            {(a) => (
              <select
                {...a}
                value={signerRole}
                onChange={(e) => setSignerRole(e.target.value as 'patient' | 'guardian')}
              >
                <option value="patient">{t('documents.roles.patient')}</option>
                <option value="guardian">{t('documents.roles.guardian')}</option>
              </select>
            )}
          </Field>
          <Field label={t(`documents.signerName.${signerRole}`)} required error={shown.patientName}>
            {(a) => (
              <input
                {...a}
                value={patient.name}
                onChange={(e) => setPatient({ ...patient, name: e.target.value })}
              />
            )}
          </Field>
        </div>
        <SignaturePad
          label={t(`documents.signatureOf.${signerRole}`)}
          signerName={patient.name}
          error={shown['signatures.patient']}
          onChange={(value) => setPatient((prev) => ({ ...prev, value }))}
        />
        <Field label={t('documents.signerName.practitioner')} required error={shown.practitionerName}>
          {(a) => (
            <input
              {...a}
              value={practitioner.name}
              onChange={(e) => setPractitioner({ ...practitioner, name: e.target.value })}
            />
          )}
        </Field>
        <SignaturePad
          label={t('documents.signatureOf.practitioner')}
          signerName={practitioner.name}
          error={shown['signatures.practitioner']}
          onChange={(value) => setPractitioner((prev) => ({ ...prev, value }))}
        />
        <label className="checkbox">
          <input type="checkbox" checked={withWitness} onChange={(e) => setWithWitness(e.target.checked)} />
          {t('documents.addWitness')}
        </label>
        {withWitness && (
          <>
            <Field label={t('documents.signerName.witness')} required error={shown.witnessName}>
              {(a) => (
                <input
                  {...a}
                  value={witness.name}
                  onChange={(e) => setWitness({ ...witness, name: e.target.value })}
                />
              )}
            </Field>
            <SignaturePad
              label={t('documents.signatureOf.witness')}
              signerName={witness.name}
              error={shown['signatures.witness']}
              onChange={(value) => setWitness((prev) => ({ ...prev, value }))}
            />
          </>
        )}
      </fieldset>

      {errorCount > 0 && (
        <p role="alert" className="alert alert--error">
          {t('form.fixErrors', { count: errorCount })}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? t('form.saving') : t('documents.signConsent')}
        </button>
        <button type="button" className="button" onClick={onBack}>
          {t('documents.backToDetails')}
        </button>
      </div>
    </form>
  );
}
