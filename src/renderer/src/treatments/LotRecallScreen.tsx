import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type LotRecallRow, lotRecallSchema } from '../../../shared/catalog/schema';
import { clinic, unwrap } from '../api/clinic';
import { Field } from '../components/Field';
import { FormAlert } from '../components/FormAlert';
import { useFormMutation } from '../components/form/useFormMutation';
import { useZodForm } from '../components/form/useZodForm';
import { Table } from '../components/Table';
import { downloadBlob } from '../documents/pdf-blob';
import { formatDate } from '../format';
import { counted } from '../i18n/counts';

/** Lot recall: every patient and session that received a lot, with contact details, exportable as CSV. */
export function LotRecallScreen() {
  const { t } = useTranslation();
  const [searched, setSearched] = useState<string | null>(null);
  const [rows, setRows] = useState<LotRecallRow[]>([]);
  const { form, error } = useZodForm(lotRecallSchema, { lotNumber: '' });
  const { submit, formError, showFailure } = useFormMutation(
    form,
    async ({ lotNumber }: { lotNumber: string }) => {
      setRows(await unwrap(clinic.lots.recall({ lotNumber })));
      setSearched(lotNumber);
    },
  );

  const exportCsv = async () => {
    if (!searched) return;
    try {
      const file = await unwrap(clinic.lots.recallCsv({ lotNumber: searched }));
      const url = URL.createObjectURL(new Blob([file.csv], { type: 'text/csv;charset=utf-8' }));
      downloadBlob(url, file.fileName);
      window.setTimeout(() => URL.revokeObjectURL(url), 1000);
    } catch (e) {
      showFailure(e);
    }
  };

  const patients = new Set(rows.map((r) => r.patientId)).size;
  return (
    <div className="treatments-page">
      <h1>{t('treatments.recall.title')}</h1>
      <p className="muted">{t('treatments.recall.intro')}</p>
      <form className="recall-search" onSubmit={submit} noValidate>
        <Field label={t('treatments.recall.lotNumber')} error={error('lotNumber')}>
          {(a) => <input {...a} {...form.register('lotNumber')} />}
        </Field>
        <button type="submit" className="button button--primary">
          {t('treatments.recall.search')}
        </button>
      </form>
      <FormAlert message={formError} />
      {searched !== null && (
        <section aria-labelledby="recall-results" className="card">
          <div className="section-header">
            <h2 id="recall-results" aria-live="polite">
              {rows.length === 0
                ? t('treatments.recall.noneFound', { lot: searched })
                : t('treatments.recall.found', {
                    count: patients,
                    uses: counted(t, 'uses', rows.length),
                    lot: searched,
                  })}
            </h2>
            {rows.length > 0 && (
              <button type="button" className="button button--small" onClick={exportCsv}>
                {t('treatments.recall.exportCsv')}
              </button>
            )}
          </div>
          {rows.length > 0 && (
            <Table
              headings={[
                t('treatments.recall.patient'),
                t('treatments.recall.contact'),
                t('treatments.recall.session'),
                t('treatments.recall.product'),
                t('treatments.recall.area'),
              ]}
            >
              {rows.map((r, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: a read-only result list; one session can use a lot twice.
                <tr key={`${r.sessionId}-${i}`}>
                  <td>
                    <Link to={`/patients/${r.patientId}`}>{r.patientName}</Link>
                    <div className="muted small">{r.patientNumber}</div>
                  </td>
                  <td className="small">
                    {[r.phone, r.email].filter(Boolean).join(' · ') || t('detail.notRecorded')}
                    {r.address && <div className="muted preserve-lines">{r.address}</div>}
                  </td>
                  <td>
                    <Link to={`/patients/${r.patientId}/sessions/${r.sessionId}`}>
                      {formatDate(r.sessionDate)}
                    </Link>{' '}
                    {r.sessionStatus === 'draft' && (
                      <span className="badge badge--muted">{t('treatments.session.draftBadge')}</span>
                    )}
                  </td>
                  <td>
                    {r.productName}
                    <div className="muted small">
                      {t('treatments.recall.lotLine', {
                        lot: r.lotNumber,
                        expiry: formatDate(r.expiryDate),
                      })}
                    </div>
                  </td>
                  <td>
                    {r.zone}
                    {r.volumeMl !== null && (
                      <span className="muted"> · {t('treatments.ml', { value: r.volumeMl })}</span>
                    )}
                  </td>
                </tr>
              ))}
            </Table>
          )}
        </section>
      )}
    </div>
  );
}
