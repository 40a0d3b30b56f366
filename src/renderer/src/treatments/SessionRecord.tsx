import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type Course, type Session, sessionAmendSchema } from '../../../shared/treatments/schema';
import { itemsVolume, totalDisagrees } from '../../../shared/treatments/volume';
import { zoneLabel } from '../../../shared/treatments/zones';
import { clinic, unwrap } from '../api/clinic';
import { Card } from '../components/Card';
import { Detail } from '../components/Detail';
import { Field } from '../components/Field';
import { FormAlert } from '../components/FormAlert';
import { FormLeaveGuard } from '../components/form/LeaveGuard';
import { useZodForm } from '../components/form/useZodForm';
import { ImportedBadge, ImportedCheck } from '../components/ImportedFrom';
import { Table } from '../components/Table';
import { formatDate, formatDateTime, formatMoney, formatWallTime } from '../format';
import { AdverseEventForm } from './AdverseEvents';
import { NextDueLine } from './CoursePanel';
import { DayCheckSummary } from './DayCheck';
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
      <FormLeaveGuard form={form} />
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
        {t('treatments.session.performed', {
          date: formatDate(session.date),
          time: formatWallTime(session.time),
        })}{' '}
        ·{' '}
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
        <Card id="rec-how" title={t('treatments.session.whenHow')}>
          <dl>
            <Detail label={t('treatments.session.technique')}>
              {session.technique ? t(`treatments.techniques.${session.technique}`) : none}
            </Detail>
            <Detail label={t('treatments.session.needle')}>
              {session.needleGauge || session.needleLengthMm
                ? t('treatments.session.needleValue', {
                    gauge: session.needleGauge ?? '–',
                    length: session.needleLengthMm ?? '–',
                  })
                : none}
            </Detail>
            <Detail label={t('treatments.session.depth')}>{v(session.depthMm)}</Detail>
            <Detail label={t('treatments.session.anaesthetic')}>
              {session.anaesthetic ? session.anaestheticName || t('treatments.yes') : t('treatments.no')}
            </Detail>
            <Detail label={t('treatments.session.antiseptic')}>{session.antiseptic || none}</Detail>
            <Detail label={t('treatments.session.areas')}>{session.areas.map(zoneLabel).join(', ')}</Detail>
          </dl>
        </Card>
        <Card id="rec-outcome" title={t('treatments.session.outcome')}>
          <dl>
            <Detail label={t('treatments.session.painScore')}>
              {session.painScore === null
                ? none
                : t('treatments.session.painValue', { score: session.painScore })}
            </Detail>
            <Detail label={t('treatments.session.reactions')} preserveLines>
              {v(session.reactions)}
            </Detail>
            <Detail label={t('treatments.session.notes')} preserveLines>
              {v(session.notes)}
            </Detail>
            <Detail label={t('treatments.session.priceShort')}>
              {session.priceMinor === null ? none : formatMoney(session.priceMinor, session.currency)}
            </Detail>
          </dl>
        </Card>
        <Card id="rec-products" title={t('treatments.session.products')} className="card--wide">
          <Table
            headings={[
              t('treatments.session.zone'),
              t('treatments.session.product'),
              t('treatments.session.lot'),
              t('treatments.session.volume'),
              t('treatments.session.dilution'),
            ]}
            footer={
              <tr>
                <th colSpan={3}>{t('treatments.session.totalVolume')}</th>
                <td colSpan={2}>
                  {session.totalVolumeMl === null
                    ? '–'
                    : t('treatments.ml', { value: session.totalVolumeMl })}
                  {totalDisagrees(session.totalVolumeMl, session.items) && (
                    <>
                      {' '}
                      <span className="badge badge--changed">{t('treatments.session.totalOverridden')}</span>{' '}
                      <span className="small">
                        {t('treatments.session.itemsAddUpTo', { sum: itemsVolume(session.items) })}
                      </span>
                    </>
                  )}
                </td>
              </tr>
            }
          >
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
          </Table>
        </Card>
      </div>
      <Card id="rec-day-check" title={t('dayCheck.title')}>
        <DayCheckSummary patientId={patientId} session={session} />
      </Card>
      <Card id="amend-title" title={t('treatments.session.amendments')}>
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
      </Card>
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
