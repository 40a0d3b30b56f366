import { type Dispatch, type SetStateAction, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { documentWords } from '../../../shared/documents/document-words';
import {
  PHOTO_CONSENT_LEVELS,
  type PhotoConsentLevel,
  type RenderedContent,
} from '../../../shared/documents/schema';
import type { Language } from '../../../shared/language/languages';
import type { SignatureInput, SignerRole } from '../../../shared/signature';
import { FormAlert } from '../components/FormAlert';
import { BusyButton } from '../components/form/BusyButton';
import { OptionsField } from '../components/OptionsField';
import type { SignatureValue } from '../components/SignaturePad';
import { SignerFields } from '../components/SignerFields';
import { Blocks, RenderedContentView } from './RenderedContentView';

export interface ConsentAnswers {
  acknowledged: boolean[];
  photoConsent: PhotoConsentLevel;
  signatures: SignatureInput[];
}

const PATIENT_SIGNER_ROLES = ['patient', 'guardian'] as const;

interface Signer {
  name: string;
  value: SignatureValue | null;
}

/** The name a signer's errors go under: a guardian signs in the patient's place. */
const errorKey = (role: SignerRole) => (role === 'guardian' ? 'patient' : role);

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
      const key = errorKey(role);
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
        <div className="signing__name">
          <OptionsField
            label={t('documents.signerRole')}
            value={signerRole}
            options={PATIENT_SIGNER_ROLES}
            labelPrefix="documents.roles"
            onChange={setSignerRole}
          />
        </div>
        <ConsentSigner signerRole={signerRole} signer={patient} onChange={setPatient} errors={shown} />
        <ConsentSigner
          signerRole="practitioner"
          signer={practitioner}
          onChange={setPractitioner}
          errors={shown}
        />
        <label className="checkbox">
          <input type="checkbox" checked={withWitness} onChange={(e) => setWithWitness(e.target.checked)} />
          {t('documents.addWitness')}
        </label>
        {withWitness && (
          <ConsentSigner signerRole="witness" signer={witness} onChange={setWitness} errors={shown} />
        )}
      </fieldset>

      <FormAlert message={errorCount > 0 ? t('form.fixErrors', { count: errorCount }) : null} />
      <div className="form-actions">
        <BusyButton busy={busy} label={t('documents.signConsent')} busyLabel={t('form.saving')} />
        <button type="button" className="button" onClick={onBack}>
          {t('documents.backToDetails')}
        </button>
      </div>
    </form>
  );
}

/** One signer of the consent in their role: the name and the signature, each with its error. */
function ConsentSigner({
  signerRole: role,
  signer,
  onChange,
  errors,
}: {
  signerRole: SignerRole;
  signer: Signer;
  onChange: Dispatch<SetStateAction<Signer>>;
  errors: Record<string, string | undefined>;
}) {
  const { t } = useTranslation();
  const key = errorKey(role);
  return (
    <SignerFields
      nameLabel={t(`documents.signerName.${role}`)}
      name={signer.name}
      onName={(name) => onChange((prev) => ({ ...prev, name }))}
      nameError={errors[`${key}Name`]}
      signatureLabel={t(`documents.signatureOf.${role}`)}
      signatureError={errors[`signatures.${key}`]}
      onSignature={(value) => onChange((prev) => ({ ...prev, value }))}
    />
  );
}
