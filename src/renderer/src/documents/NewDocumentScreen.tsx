import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import type { DocumentDetailsInput, DocumentPreview } from '../../../shared/documents/schema';
import type { DocumentKind } from '../../../shared/documents/template-schema';
import { displayName, type Patient } from '../../../shared/patients/schema';
import { ApiFailure, apiQuery, clinic, unwrap } from '../api/clinic';
import { ReviewBeforeUse } from '../clinical-texts/ReviewBeforeUse';
import { BusyButton } from '../components/form/BusyButton';
import { LeaveGuard } from '../components/form/LeaveGuard';
import { QueryState } from '../components/QueryState';
import { usePatient } from '../patients/queries';
import { useSettings } from '../settings/queries';
import { ClinicDetailsWarning } from '../setup/ClinicDetailsWarning';
import { type ConsentAnswers, ConsentSigning } from './ConsentSigning';
import { type DetailsChoice, DetailsForm } from './DetailsForm';
import { documentKeys, templateKeys, useInvalidate, useTemplates } from './queries';
import { RenderedContentView } from './RenderedContentView';

/** Start a consent form or an aftercare sheet for a patient: details, then read and sign (or check). */
export function NewDocumentScreen({ onNotice }: { onNotice: (message: string) => void }) {
  const patientId = Number(useParams().id);
  const [params] = useSearchParams();
  const kind: DocumentKind = params.get('kind') === 'aftercare' ? 'aftercare' : 'consent';
  const patient = usePatient(patientId);
  const templates = useTemplates(kind, patient.data?.preferredLanguage, patient.data !== undefined);
  // "Give aftercare from this session": the session fills in areas, products with lots and the next visit.
  const sessionId = Number(params.get('session')) || null;
  const fromSession = useQuery({
    ...apiQuery(['treatments', 'aftercare-details', sessionId], () =>
      clinic.sessions.aftercareDetails({ id: sessionId ?? 0 }),
    ),
    enabled: sessionId !== null,
  });
  if (!patient.data) return <QueryState query={patient} />;
  if (!templates.data) return <QueryState query={templates} />;
  if (sessionId !== null && !fromSession.data) return <QueryState query={fromSession} />;
  return (
    <NewDocument
      key={`${patientId}-${kind}`}
      kind={kind}
      patient={patient.data}
      templates={templates.data}
      fromSession={fromSession.data}
      onNotice={onNotice}
    />
  );
}

interface NewDocumentProps {
  kind: DocumentKind;
  patient: Patient;
  templates: NonNullable<ReturnType<typeof useTemplates>['data']>;
  /** Details filled from a treatment session, when the sheet is given from one. */
  fromSession?: DocumentDetailsInput;
  onNotice: (message: string) => void;
}

function NewDocument({ kind, patient, templates, fromSession, onNotice }: NewDocumentProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const invalidate = useInvalidate();
  const settings = useSettings();
  const [choice, setChoice] = useState<DetailsChoice | null>(null);
  const [preview, setPreview] = useState<DocumentPreview | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ message: string; fields?: Record<string, string> } | null>(null);
  const name = displayName(patient);
  const chosenTemplate = templates.find((tpl) => tpl.id === choice?.templateId);

  const fail = (e: unknown) => {
    if (e instanceof ApiFailure) setError({ message: e.error.message, fields: e.error.fields });
    else setError({ message: 'errors.internal' });
  };

  const showPreview = async (next: DetailsChoice) => {
    setBusy(true);
    setError(null);
    try {
      const rendered = await unwrap(
        clinic.documents.preview({
          patientId: patient.id,
          templateId: next.templateId,
          details: next.details,
        }),
      );
      setChoice(next);
      setPreview(rendered);
      document.getElementById('main')?.scrollTo?.(0, 0);
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  };

  const finish = async (create: () => Promise<{ id: number }>, notice: string) => {
    setBusy(true);
    setError(null);
    try {
      const created = await create();
      await invalidate(documentKeys.forPatient(patient.id));
      onNotice(notice);
      navigate(`/patients/${patient.id}/documents/${created.id}`);
    } catch (e) {
      fail(e);
      setBusy(false);
    }
  };

  const sign = (answers: ConsentAnswers) => {
    if (!choice) return;
    void finish(
      () => unwrap(clinic.documents.signConsent({ patientId: patient.id, ...choice, ...answers })),
      t('documents.signed'),
    );
  };

  const give = () => {
    if (!choice) return;
    void finish(
      () => unwrap(clinic.documents.giveAftercare({ patientId: patient.id, ...choice })),
      t('documents.given'),
    );
  };

  return (
    <section className="document-flow" aria-labelledby="new-document-title">
      <h1 id="new-document-title">
        {t(kind === 'consent' ? 'documents.newConsentTitle' : 'documents.newAftercareTitle', { name })}
      </h1>
      <p className="muted">
        {patient.number} · {t('documents.stepOf', { step: preview ? 2 : 1, total: 2 })}
      </p>
      <ClinicDetailsWarning />
      <LeaveGuard when={preview !== null && !busy} />
      {error && (
        <p className="alert alert--error" role="alert">
          {t(error.message, { defaultValue: error.message })}
        </p>
      )}
      <p className="muted">
        {t('languages.patientReads', { language: t(`form.languageOptions.${patient.preferredLanguage}`) })}
      </p>
      {preview && chosenTemplate?.review && (
        <ReviewBeforeUse
          review={chosenTemplate.review}
          onApproved={() => {
            setError(null);
            onNotice(t('languages.review.approved'));
            void invalidate(templateKeys.all);
          }}
        />
      )}
      {!preview || !choice ? (
        <DetailsForm
          kind={kind}
          templates={templates}
          initial={choice?.details ?? fromSession}
          serverErrors={error?.fields}
          busy={busy}
          onSubmit={(next) => void showPreview(next)}
          onCancel={() => navigate(`/patients/${patient.id}`)}
        />
      ) : kind === 'consent' ? (
        <ConsentSigning
          content={preview.content}
          language={preview.language}
          patientName={name}
          practitionerName={settings.data?.practitionerName ?? ''}
          busy={busy}
          serverErrors={error?.fields}
          onSign={sign}
          onBack={() => setPreview(null)}
        />
      ) : (
        <div className="document-form">
          <RenderedContentView content={preview.content} language={preview.language} />
          <div className="form-actions">
            <BusyButton
              type="button"
              onClick={give}
              busy={busy}
              label={t('documents.giveAftercare')}
              busyLabel={t('form.saving')}
            />
            <button type="button" className="button" onClick={() => setPreview(null)}>
              {t('documents.backToDetails')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
