import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { todayIso } from '../../../shared/dates';
import type { DocumentRecord } from '../../../shared/documents/schema';
import { ApiFailure, clinic, unwrap } from '../api/clinic';
import { Detail } from '../components/Detail';
import { Field } from '../components/Field';
import { Loaded } from '../components/QueryState';
import { formatDate, formatDateTime } from '../format';
import { PdfActions } from './PdfActions';
import { documentKeys, useDocument, useInvalidate } from './queries';

/** One signed consent or aftercare record: its details, its PDF, and for a consent, withdrawal. */
export function DocumentScreen({ onNotice }: { onNotice: (message: string) => void }) {
  const id = Number(useParams().documentId);
  const document = useDocument(id);
  return (
    <Loaded query={document}>
      {(data) => <DocumentView key={id} document={data} onNotice={onNotice} />}
    </Loaded>
  );
}

function DocumentView({ document, onNotice }: { document: DocumentRecord; onNotice: (m: string) => void }) {
  const { t } = useTranslation();
  const { snapshot } = document;
  return (
    <article className="document-view" aria-labelledby="document-heading">
      <p>
        <Link to={`/patients/${document.patientId}`}>
          {t('documents.backToPatient', { name: snapshot.patient.name })}
        </Link>
      </p>
      <h1 id="document-heading">{document.title}</h1>
      <dl className="document-meta">
        <Detail label={t('documents.kindLabel')}>{t(`documents.kinds.${document.kind}`)}</Detail>
        <Detail label={t('documents.recorded')}>{formatDateTime(document.createdAt)}</Detail>
        <Detail label={t('documents.templateVersion')}>
          {t('documents.templateVersionValue', {
            key: document.templateKey,
            version: document.templateVersion,
          })}
        </Detail>
        {document.photoConsent && (
          <Detail label={t('documents.photoLegend')}>
            {t(`documents.photoLevels.${document.photoConsent}`)}
          </Detail>
        )}
        {document.signatures.length > 0 && (
          <Detail label={t('documents.signedBy')}>
            {document.signatures.map((s) => `${s.signerName} (${t(`documents.roles.${s.role}`)})`).join(', ')}
          </Detail>
        )}
        <dt>{t('documents.documentId')}</dt>
        <dd className="mono">{document.uid}</dd>
        <dt>SHA-256</dt>
        <dd className="mono">{document.sha256}</dd>
        <Detail label={t('documents.integrity')}>
          {t(document.intact ? 'documents.intact' : 'documents.notIntact')}
        </Detail>
      </dl>
      {document.withdrawnOn && (
        <p className="alert alert--warning">
          {t('documents.withdrawnOn', {
            date: formatDate(document.withdrawnOn),
            reason: document.withdrawalReason,
          })}
        </p>
      )}
      <PdfActions documentId={document.id} title={document.title} />
      {document.kind === 'consent' && !document.withdrawnOn && (
        <WithdrawForm document={document} onNotice={onNotice} />
      )}
    </article>
  );
}

function WithdrawForm({ document, onNotice }: { document: DocumentRecord; onNotice: (m: string) => void }) {
  const { t } = useTranslation();
  const invalidate = useInvalidate();
  const [open, setOpen] = useState(false);
  const [date, setDate] = useState(todayIso());
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    try {
      await unwrap(clinic.documents.withdraw({ id: document.id, date, reason }));
      await invalidate(documentKeys.all);
      onNotice(t('documents.withdrawn'));
    } catch (e) {
      setErrors(
        e instanceof ApiFailure
          ? (e.error.fields ?? { reason: e.error.message })
          : { reason: 'errors.internal' },
      );
    }
  };

  if (!open) {
    return (
      <button type="button" className="button" onClick={() => setOpen(true)}>
        {t('documents.withdraw')}
      </button>
    );
  }
  return (
    <form className="card withdraw-form" noValidate onSubmit={submit} aria-labelledby="withdraw-title">
      <h2 id="withdraw-title">{t('documents.withdrawTitle')}</h2>
      <p className="muted">{t('documents.withdrawBody')}</p>
      <div className="grid">
        <Field label={t('documents.withdrawDate')} required error={errors.date}>
          {(a) => <input {...a} type="date" value={date} onChange={(e) => setDate(e.target.value)} />}
        </Field>
        <Field label={t('documents.withdrawReason')} required wide error={errors.reason}>
          {(a) => (
            <textarea
              {...a}
              rows={2}
              maxLength={1000}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
            />
          )}
        </Field>
      </div>
      <div className="form-actions">
        <button type="submit" className="button button--primary">
          {t('documents.withdrawConfirm')}
        </button>
        <button type="button" className="button" onClick={() => setOpen(false)}>
          {t('form.cancel')}
        </button>
      </div>
    </form>
  );
}
