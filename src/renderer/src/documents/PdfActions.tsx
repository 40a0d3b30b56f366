import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { clinic, unwrap } from '../api/clinic';
import { downloadBlob, pdfBlobUrl } from './pdf-blob';
import { useAppInfo, useDocumentPdf } from './queries';

/**
 * Preview, print and save one document's PDF. The desktop app prints and saves through the system
 * dialogs in main; in a browser the preview's own viewer prints and the file is downloaded.
 */
export function PdfActions({ documentId, title }: { documentId: number; title: string }) {
  const { t } = useTranslation();
  const info = useAppInfo();
  const desktop = info.data?.transport === 'electron';
  const [previewing, setPreviewing] = useState(false);
  const [wanted, setWanted] = useState<'preview' | 'download' | 'print' | null>(null);
  const pdf = useDocumentPdf(documentId, wanted !== null || previewing);
  const [url, setUrl] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);

  useEffect(() => {
    if (!pdf.data) return;
    const made = pdfBlobUrl(pdf.data.base64);
    setUrl(made);
    return () => URL.revokeObjectURL(made);
  }, [pdf.data]);

  useEffect(() => {
    if (!url || !pdf.data || !wanted) return;
    if (wanted === 'download') downloadBlob(url, pdf.data.fileName);
    if (wanted === 'print') window.open(url, '_blank', 'noopener');
    setWanted(null);
  }, [url, pdf.data, wanted]);

  const desktopAction = async (action: 'print' | 'save') => {
    setStatus(null);
    try {
      if (action === 'print') await unwrap(clinic.documents.print({ id: documentId }));
      else {
        const outcome = await unwrap(clinic.documents.save({ id: documentId }));
        if (outcome.saved && outcome.path) setStatus(t('documents.savedTo', { path: outcome.path }));
      }
    } catch {
      setStatus(t('errors.internal'));
    }
  };

  return (
    <div className="pdf-actions">
      <div className="pdf-actions__buttons">
        <button
          type="button"
          className="button"
          onClick={() => setPreviewing((v) => !v)}
          aria-expanded={previewing}
        >
          {previewing ? t('documents.hidePreview') : t('documents.preview')}
        </button>
        {desktop ? (
          <>
            <button type="button" className="button" onClick={() => void desktopAction('print')}>
              {t('documents.print')}
            </button>
            <button
              type="button"
              className="button button--primary"
              onClick={() => void desktopAction('save')}
            >
              {t('documents.savePdf')}
            </button>
          </>
        ) : (
          <>
            <button type="button" className="button" onClick={() => setWanted('print')}>
              {t('documents.openToPrint')}
            </button>
            <button type="button" className="button button--primary" onClick={() => setWanted('download')}>
              {t('documents.downloadPdf')}
            </button>
          </>
        )}
      </div>
      {pdf.isFetching && (
        <p className="muted" role="status">
          {t('documents.preparingPdf')}
        </p>
      )}
      {pdf.error && (
        <p className="alert alert--error" role="alert">
          {t('errors.internal')}
        </p>
      )}
      {status && (
        <p className="muted" role="status">
          {status}
        </p>
      )}
      {previewing && url && (
        <iframe className="pdf-preview" src={url} title={t('documents.previewOf', { title })} />
      )}
    </div>
  );
}
