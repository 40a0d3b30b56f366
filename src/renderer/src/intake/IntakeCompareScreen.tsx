import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { compareIntakes } from '../../../shared/intake/compare';
import type { IntakeSummary } from '../../../shared/intake/schema';
import { displayName } from '../../../shared/patients/schema';
import { QueryState } from '../components/QueryState';
import { formatDateTime } from '../format';
import { usePatient } from '../patients/queries';
import { useIntake, useIntakes } from './queries';

const label = (i: IntakeSummary) => formatDateTime(i.signedAt ?? i.updatedAt);

/** Two signed intakes side by side: what changed since last time. */
export function IntakeCompareScreen() {
  const { t } = useTranslation();
  const patientId = Number(useParams().id);
  const [params, setParams] = useSearchParams();
  const fromId = Number(params.get('from'));
  const toId = Number(params.get('to'));
  const onlyChanges = params.get('all') !== '1';
  const patient = usePatient(patientId);
  const intakes = useIntakes(patientId);
  const from = useIntake(fromId);
  const to = useIntake(toId);
  if (!patient.data) return <QueryState query={patient} />;
  if (!intakes.data) return <QueryState query={intakes} />;
  const signed = intakes.data.filter((i) => i.status === 'signed');
  const name = displayName(patient.data);
  const set = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value === null) next.delete(key);
    else next.set(key, value);
    setParams(next, { replace: true });
  };
  const rows = from.data && to.data ? compareIntakes(from.data, to.data) : null;
  const shown = rows?.filter((r) => r.changed || !onlyChanges) ?? [];

  const picker = (key: 'from' | 'to', value: number, text: string) => (
    <div className="field">
      <label htmlFor={`compare-${key}`}>{text}</label>
      <select id={`compare-${key}`} value={value || ''} onChange={(e) => set(key, e.target.value)}>
        {signed.map((i) => (
          <option key={i.id} value={i.id}>
            {label(i)}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <div className="intake">
      <p className="breadcrumb">
        <Link to={`/patients/${patientId}`}>{t('intake.backToPatient', { name })}</Link>
      </p>
      <h1>{t('intake.compareTitle', { name })}</h1>
      <div className="compare__controls">
        {picker('from', fromId, t('intake.compareEarlier'))}
        {picker('to', toId, t('intake.compareLater'))}
        <label className="checkbox">
          <input
            type="checkbox"
            checked={onlyChanges}
            onChange={(e) => set('all', e.target.checked ? null : '1')}
          />
          {t('intake.onlyChanges')}
        </label>
      </div>
      {!rows && <QueryState query={from.data ? to : from} />}
      {rows && (
        <>
          <p role="status">{t('intake.changeCount', { count: rows.filter((r) => r.changed).length })}</p>
          <table className="compare">
            <thead>
              <tr>
                <th scope="col">{t('intake.question')}</th>
                <th scope="col">{from.data?.signedAt && formatDateTime(from.data.signedAt)}</th>
                <th scope="col">{to.data?.signedAt && formatDateTime(to.data.signedAt)}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((r) => (
                <tr key={r.questionId} className={r.changed ? 'compare__changed' : undefined}>
                  <th scope="row">
                    {r.question}
                    {r.changed && <span className="badge badge--changed">{t('intake.changed')}</span>}
                  </th>
                  <td className="preserve-lines">
                    {r.before || <span className="muted">{t('intake.notAnswered')}</span>}
                  </td>
                  <td className="preserve-lines">
                    {r.after || <span className="muted">{t('intake.notAnswered')}</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </div>
  );
}
