import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type Course, type Session, sessionAmendSchema } from '../../../shared/treatments/schema';
import { zoneLabel } from '../../../shared/treatments/zones';
import { clinic, unwrap } from '../api/clinic';
import { Field } from '../components/Field';
import { FormAlert } from '../components/FormAlert';
import { useZodForm } from '../components/form/useZodForm';
import { ImportedBadge, ImportedCheck } from '../components/ImportedFrom';
import { formatDate, formatDateTime, formatMoney } from '../format';
import { AdverseEventForm } from './AdverseEvents';
import { NextDueLine } from './CoursePanel';
import { useSessionVerification } from './queries';
import { useTreatmentSave } from './useTreatmentSave';

const amendmentSchema = sessionAmendSchema.pick({ text: true });

function AmendmentForm({ session }: { session: Session }) {
  const { t } = useTranslation();
  const { form, error } = useZodForm(amendmentSchema, { text: '' });
  const { submit, formError, pending } = useTreatmentSave(
    form,
    ({ text }: { text: string }) => unwrap(clinic.sessions.amend({ id: session.id, text })),
    () => {
      form.reset({ text: '' });
    },
  );
  return (
    <form onSubmit={submit} noValidate className="amendment-form">
      <Field
        label={t('treatments.session.amendmentLabel')}
        wide
        error={error('text')}
        hint={t('treatments.session.amendmentHint')}
      >
        {(a) => <textarea {...a} rows={3} {...form.register('text')} />}
      </Field>
      <FormAlert message={formError} />
      <button type="submit" className="button button--primary" disabled={pending}>
        {t('treatments.session.addAmendment')}
      </button>
    </form>
  );
}

export function SessionRecord({
  patientId,
  session,
  course,
}: {
  patientId: number;
  session: Session;
  course: Course;
}) {
  const { t } = useTranslation();
  const verification = useSessionVerification(session.id, true);
  const [recording, setRecording] = useState(false);
  const none = <span className="muted">{t('detail.notRecorded')}</span>;
  const v = (value: string | number | null | undefined) =>
    value === null || value === undefined || value === '' ? none : value;
  return (
    <div className="session-record">
      <p className="session-record__meta">
        {session.imported ? (
          <ImportedBadge from={session.imported} />
        ) : (
          <span className="badge badge--locked">{t('treatments.session.signedBadge')}</span>
        )}{' '}
        {t('treatments.session.performed', { date: formatDate(session.date), time: session.time })} ·{' '}
        {session.imported
          ? t('imported.claimedSigned', { date: formatDateTime(session.signedAt ?? '') })
          : t('treatments.session.signedAt', { date: formatDateTime(session.signedAt ?? '') })}
      </p>
      <NextDueLine course={course} />
      <div className="form-actions">
        <Link
          className="button"
          to={`/patients/${patientId}/documents/new?kind=aftercare&session=${session.id}`}
        >
          {t('treatments.session.giveAftercare')}
        </Link>
        <button type="button" className="button" onClick={() => setRecording(true)} disabled={recording}>
          {t('treatments.session.recordAdverseEvent')}
        </button>
      </div>
      {recording && (
        <section className="card">
          <AdverseEventForm
            patientId={patientId}
            event={null}
            sessionId={session.id}
            onDone={() => setRecording(false)}
          />
        </section>
      )}
      <div className="detail-grid">
        <section className="card" aria-labelledby="rec-how">
          <h2 id="rec-how">{t('treatments.session.whenHow')}</h2>
          <dl>
            <dt>{t('treatments.session.technique')}</dt>
            <dd>{session.technique ? t(`treatments.techniques.${session.technique}`) : none}</dd>
            <dt>{t('treatments.session.needle')}</dt>
            <dd>
              {session.needleGauge || session.needleLengthMm
                ? t('treatments.session.needleValue', {
                    gauge: session.needleGauge ?? '–',
                    length: session.needleLengthMm ?? '–',
                  })
                : none}
            </dd>
            <dt>{t('treatments.session.depth')}</dt>
            <dd>{v(session.depthMm)}</dd>
            <dt>{t('treatments.session.anaesthetic')}</dt>
            <dd>
              {session.anaesthetic ? session.anaestheticName || t('treatments.yes') : t('treatments.no')}
            </dd>
            <dt>{t('treatments.session.areas')}</dt>
            <dd>{session.areas.map(zoneLabel).join(', ')}</dd>
          </dl>
        </section>
        <section className="card" aria-labelledby="rec-outcome">
          <h2 id="rec-outcome">{t('treatments.session.outcome')}</h2>
          <dl>
            <dt>{t('treatments.session.painScore')}</dt>
            <dd>
              {session.painScore === null
                ? none
                : t('treatments.session.painValue', { score: session.painScore })}
            </dd>
            <dt>{t('treatments.session.reactions')}</dt>
            <dd className="preserve-lines">{v(session.reactions)}</dd>
            <dt>{t('treatments.session.notes')}</dt>
            <dd className="preserve-lines">{v(session.notes)}</dd>
            <dt>{t('treatments.session.priceShort')}</dt>
            <dd>{session.priceMinor === null ? none : formatMoney(session.priceMinor, session.currency)}</dd>
          </dl>
        </section>
        <section className="card card--wide" aria-labelledby="rec-products">
          <h2 id="rec-products">{t('treatments.session.products')}</h2>
          <table className="table">
            <thead>
              <tr>
                <th>{t('treatments.session.zone')}</th>
                <th>{t('treatments.session.product')}</th>
                <th>{t('treatments.session.lot')}</th>
                <th>{t('treatments.session.volume')}</th>
                <th>{t('treatments.session.dilution')}</th>
              </tr>
            </thead>
            <tbody>
              {session.items.map((item, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: the signed note's rows never change order.
                <tr key={`${item.zone}-${i}`}>
                  <td>{zoneLabel(item.zone)}</td>
                  <td>{item.productName}</td>
                  <td>
                    <span className="mono">{item.lotNumber ?? '–'}</span>
                    {item.expiryDate && (
                      <span className="muted small">
                        {' '}
                        · {t('treatments.session.expires', { date: formatDate(item.expiryDate) })}
                      </span>
                    )}
                    {item.expired && (
                      <div className="small">
                        <span className="badge badge--danger">{t('treatments.lots.expired')}</span>{' '}
                        {t('treatments.session.overrideRecorded', { reason: item.expiredOverrideReason })}
                      </div>
                    )}
                  </td>
                  <td>
                    {item.volumeMl === null ? '–' : t('treatments.ml', { value: item.volumeMl })}
                    {item.unit === 'vial' &&
                      item.quantityUsed !== null &&
                      ` · ${t('treatments.vials', { count: item.quantityUsed })}`}
                  </td>
                  <td>{item.dilution || '–'}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th colSpan={3}>{t('treatments.session.totalVolume')}</th>
                <td colSpan={2}>
                  {session.totalVolumeMl === null
                    ? '–'
                    : t('treatments.ml', { value: session.totalVolumeMl })}
                </td>
              </tr>
            </tfoot>
          </table>
        </section>
      </div>
      <section className="card" aria-labelledby="amend-title">
        <h2 id="amend-title">{t('treatments.session.amendments')}</h2>
        {session.amendmentTrail.length === 0 ? (
          <p className="muted">{t('treatments.session.noAmendments')}</p>
        ) : (
          <ol className="amendment-trail">
            {session.amendmentTrail.map((a) => (
              <li key={a.id}>
                <p className="muted small">
                  {t('treatments.session.amendedOn', { date: formatDateTime(a.createdAt) })}
                  {a.imported && (
                    <>
                      {' '}
                      <ImportedBadge from={a.imported} />
                    </>
                  )}
                </p>
                <p className="preserve-lines">{a.text}</p>
              </li>
            ))}
          </ol>
        )}
        <AmendmentForm session={session} />
      </section>
      {verification.data?.imported ? (
        <ImportedCheck imported={verification.data.imported} />
      ) : (
        <section
          className={`integrity${verification.data?.valid ? ' integrity--ok' : ''}`}
          aria-live="polite"
        >
          {verification.data &&
            (verification.data.valid
              ? t('treatments.session.integrityOk', { hash: verification.data.storedHash.slice(0, 16) })
              : t('treatments.session.integrityBad'))}
        </section>
      )}
    </div>
  );
}
