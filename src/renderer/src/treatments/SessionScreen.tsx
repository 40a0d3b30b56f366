import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { todayIso } from '../../../shared/dates';
import { displayName } from '../../../shared/patients/schema';
import { formatMoney, minorToText, parseMoney } from '../../../shared/treatments/money';
import {
  type Course,
  type Lot,
  type Product,
  type Session,
  type SessionCheck,
  type SessionFieldsInput,
  sessionFieldsSchema,
  TECHNIQUES,
} from '../../../shared/treatments/schema';
import { ZONES, zoneLabel } from '../../../shared/treatments/zones';
import { ApiFailure, clinic, unwrap } from '../api/clinic';
import { Field } from '../components/Field';
import { ImportedBadge, ImportedCheck } from '../components/ImportedFrom';
import { QueryState } from '../components/QueryState';
import { formatDate, formatDateTime } from '../format';
import { usePatient } from '../patients/queries';
import { ScreeningPanel } from '../screening/ScreeningPanel';
import { AdverseEventForm } from './AdverseEvents';
import { BodyChart } from './BodyChart';
import { NextDueLine, sessionLabel } from './CoursePanel';
import { type FormError, formError } from './errors';
import {
  clientErrors,
  useCourses,
  useInvalidateTreatments,
  useLots,
  useProducts,
  useSession,
  useSessionCheck,
  useSessionVerification,
} from './queries';

interface ItemDraft {
  key: number;
  zone: string;
  productId: string;
  lotId: string;
  volume: string;
  quantity: string;
  dilution: string;
  override: string;
}

interface Draft {
  date: string;
  time: string;
  areas: string[];
  technique: string;
  needleGauge: string;
  needleLengthMm: string;
  depthMm: string;
  anaesthetic: boolean;
  anaestheticName: string;
  items: ItemDraft[];
  totalVolumeMl: string;
  painScore: string;
  reactions: string;
  notes: string;
  price: string;
}

let itemKeys = 0;
const PAIN_SCORES = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
const num = (text: string): number | null => (text.trim() === '' ? null : Number(text.replace(',', '.')));
const str = (value: number | null) => (value === null ? '' : String(value));

function nowTime(): string {
  const d = new Date();
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}

function toDraft(session: Session | null, course: Course): Draft {
  if (!session) {
    return {
      date: todayIso(),
      time: nowTime(),
      areas: [...course.areas],
      technique: '',
      needleGauge: '',
      needleLengthMm: '',
      depthMm: '',
      anaesthetic: false,
      anaestheticName: '',
      items: [],
      totalVolumeMl: '',
      painScore: '',
      reactions: '',
      notes: '',
      price: '',
    };
  }
  return {
    date: session.date,
    time: session.time,
    areas: session.areas,
    technique: session.technique ?? '',
    needleGauge: str(session.needleGauge),
    needleLengthMm: str(session.needleLengthMm),
    depthMm: str(session.depthMm),
    anaesthetic: session.anaesthetic,
    anaestheticName: session.anaestheticName,
    items: session.items.map((i) => ({
      key: ++itemKeys,
      zone: i.zone,
      productId: String(i.productId),
      lotId: i.lotId === null ? '' : String(i.lotId),
      volume: str(i.volumeMl),
      quantity: str(i.quantityUsed),
      dilution: i.dilution,
      override: i.expiredOverrideReason,
    })),
    totalVolumeMl: str(session.totalVolumeMl),
    painScore: str(session.painScore),
    reactions: session.reactions,
    notes: session.notes,
    price: session.priceMinor === null ? '' : minorToText(session.priceMinor, session.currency),
  };
}

function toFields(draft: Draft, currency: string): SessionFieldsInput | 'price' {
  const priceMinor = draft.price.trim() === '' ? null : parseMoney(draft.price, currency);
  if (priceMinor === null && draft.price.trim() !== '') return 'price';
  return {
    date: draft.date,
    time: draft.time,
    areas: draft.areas,
    technique: (draft.technique || null) as SessionFieldsInput['technique'],
    needleGauge: num(draft.needleGauge),
    needleLengthMm: num(draft.needleLengthMm),
    depthMm: num(draft.depthMm),
    anaesthetic: draft.anaesthetic,
    anaestheticName: draft.anaesthetic ? draft.anaestheticName : '',
    items: draft.items.map((i) => ({
      zone: i.zone,
      productId: Number(i.productId),
      lotId: i.lotId ? Number(i.lotId) : null,
      volumeMl: num(i.volume),
      quantityUsed: num(i.quantity),
      dilution: i.dilution,
      expiredOverrideReason: i.override,
    })),
    totalVolumeMl: num(draft.totalVolumeMl),
    painScore: num(draft.painScore),
    reactions: draft.reactions,
    notes: draft.notes,
    priceMinor,
  };
}

function lotLabel(t: (k: string, o?: Record<string, unknown>) => string, lot: Lot, date: string) {
  return t(lot.expiryDate < date ? 'treatments.session.lotOptionExpired' : 'treatments.session.lotOption', {
    lot: lot.lotNumber,
    expiry: formatDate(lot.expiryDate),
    remaining: lot.quantityRemaining,
    unit: t(`treatments.units.${lot.unit}`),
  });
}

function ItemRow({
  n,
  item,
  draft,
  products,
  lots,
  errors,
  onChange,
  onRemove,
}: {
  n: number;
  item: ItemDraft;
  draft: Draft;
  products: Product[];
  lots: Lot[];
  errors: Record<string, string>;
  onChange: (item: ItemDraft) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const product = products.find((p) => String(p.id) === item.productId);
  const productLots = lots.filter((l) => String(l.productId) === item.productId);
  const lot = productLots.find((l) => String(l.id) === item.lotId);
  const expired = lot !== undefined && lot.expiryDate < draft.date;
  const e = (field: string) => errors[`items.${n - 1}.${field}`];
  const zones = draft.areas.length ? ZONES.filter((z) => draft.areas.includes(z.id)) : ZONES;
  return (
    <fieldset className="session-item">
      <legend>{t('treatments.session.itemLegend', { n })}</legend>
      <div className="session-item__grid">
        <Field label={t('treatments.session.itemZone', { n })} error={e('zone')}>
          {(a) => (
            <select {...a} value={item.zone} onChange={(x) => onChange({ ...item, zone: x.target.value })}>
              {zones.map((z) => (
                <option key={z.id} value={z.id}>
                  {z.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('treatments.session.itemProduct', { n })} error={e('productId')}>
          {(a) => (
            <select
              {...a}
              value={item.productId}
              onChange={(x) => onChange({ ...item, productId: x.target.value, lotId: '', override: '' })}
            >
              {products.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('treatments.session.itemLot', { n })} error={e('lotId')}>
          {(a) => (
            <select {...a} value={item.lotId} onChange={(x) => onChange({ ...item, lotId: x.target.value })}>
              <option value="">
                {productLots.length ? t('treatments.session.chooseLot') : t('treatments.session.noLots')}
              </option>
              {productLots.map((l) => (
                <option key={l.id} value={l.id}>
                  {lotLabel(t, l, draft.date)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('treatments.session.itemVolume', { n })} error={e('volumeMl')}>
          {(a) => (
            <input
              {...a}
              inputMode="decimal"
              value={item.volume}
              onChange={(x) => onChange({ ...item, volume: x.target.value })}
            />
          )}
        </Field>
        {product?.unit === 'vial' && (
          <Field label={t('treatments.session.itemQuantity', { n })} error={e('quantityUsed')}>
            {(a) => (
              <input
                {...a}
                inputMode="decimal"
                value={item.quantity}
                onChange={(x) => onChange({ ...item, quantity: x.target.value })}
              />
            )}
          </Field>
        )}
        <Field
          label={t('treatments.session.itemDilution', { n })}
          error={e('dilution')}
          hint={t('treatments.session.dilutionHint')}
        >
          {(a) => (
            <input
              {...a}
              value={item.dilution}
              onChange={(x) => onChange({ ...item, dilution: x.target.value })}
            />
          )}
        </Field>
      </div>
      {expired && (
        <div className="alert alert--warning">
          <Field
            label={t('treatments.session.overrideLabel', {
              n,
              lot: lot?.lotNumber,
              expiry: formatDate(lot?.expiryDate ?? ''),
            })}
            wide
            error={e('expiredOverrideReason')}
            hint={t('treatments.session.overrideHint')}
          >
            {(a) => (
              <textarea
                {...a}
                rows={2}
                value={item.override}
                onChange={(x) => onChange({ ...item, override: x.target.value })}
              />
            )}
          </Field>
        </div>
      )}
      <button type="button" className="link-button" onClick={onRemove}>
        {t('treatments.session.removeItem', { n })}
      </button>
    </fieldset>
  );
}

function Problems({ check }: { check: SessionCheck }) {
  const { t } = useTranslation();
  if (!check.problems.length && !check.blockingFlags.length) {
    return <p className="alert alert--info">{t('treatments.session.readyToSign')}</p>;
  }
  return (
    <div className="alert alert--warning" role="status">
      <p>
        <strong>{t('treatments.session.beforeSigning')}</strong>
      </p>
      <ul className="problem-list">
        {check.problems.map((p) => (
          <li key={`${p.key}-${JSON.stringify(p.params ?? {})}`}>{t(p.key, p.params)}</li>
        ))}
        {check.blockingFlags.length > 0 && (
          <li>{t('treatments.session.blockingFlags', { count: check.blockingFlags.length })}</li>
        )}
      </ul>
    </div>
  );
}

function SessionEditor({
  patientId,
  course,
  session,
}: {
  patientId: number;
  course: Course;
  session: Session | null;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const invalidate = useInvalidateTreatments();
  const products = useProducts(false);
  const lots = useLots(null);
  const settings = useQuery({ queryKey: ['settings'], queryFn: () => unwrap(clinic.settings.get({})) });
  const [draft, setDraft] = useState<Draft>(() => toDraft(session, course));
  const [error, setError] = useState<FormError | null>(null);
  const [failedCheck, setFailedCheck] = useState<SessionCheck | null>(null);
  const [busy, setBusy] = useState(false);
  const check = useSessionCheck(session?.id ?? 0, session !== null);
  const currency = session?.currency ?? settings.data?.currency ?? 'EUR';
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const errors = error?.fields ?? {};

  const toggleZone = (zone: string) =>
    set('areas', draft.areas.includes(zone) ? draft.areas.filter((z) => z !== zone) : [...draft.areas, zone]);

  const addItem = () => {
    const product = products.data?.[0];
    if (!product) return;
    set('items', [
      ...draft.items,
      {
        key: ++itemKeys,
        zone: draft.areas[0] ?? ZONES[0]?.id ?? '',
        productId: String(product.id),
        lotId: '',
        volume: '',
        quantity: product.unit === 'vial' ? '1' : '',
        dilution: '',
        override: '',
      },
    ]);
  };

  const volumeSum = draft.items.reduce((sum, i) => sum + (num(i.volume) ?? 0), 0);

  /** Saves the draft; returns the saved session, or null when something needs correcting. */
  const save = async (): Promise<Session | null> => {
    const fields = toFields(draft, currency);
    if (fields === 'price') {
      setError({ message: 'errors.validation', fields: { priceMinor: 'errors.price' } });
      return null;
    }
    const found = clientErrors(sessionFieldsSchema, fields);
    if (Object.keys(found).length) {
      setError({ message: 'errors.validation', fields: found });
      return null;
    }
    try {
      const saved = await unwrap(
        session
          ? clinic.sessions.update({ id: session.id, version: session.version, fields })
          : clinic.sessions.create({ courseId: course.id, fields }),
      );
      setError(null);
      await invalidate();
      return saved;
    } catch (e) {
      setError(formError(e));
      return null;
    }
  };

  const saveDraft = async () => {
    setBusy(true);
    const saved = await save();
    setBusy(false);
    if (saved && !session) navigate(`/patients/${patientId}/sessions/${saved.id}`, { replace: true });
  };

  const signSession = async () => {
    setBusy(true);
    const saved = await save();
    if (!saved) return setBusy(false);
    try {
      await unwrap(clinic.sessions.sign({ id: saved.id, version: saved.version }));
      await invalidate();
      navigate(`/patients/${patientId}/sessions/${saved.id}`, { replace: true });
    } catch (e) {
      if (e instanceof ApiFailure && e.error.details) setFailedCheck(e.error.details as SessionCheck);
      setError(formError(e));
      if (!session) navigate(`/patients/${patientId}/sessions/${saved.id}`, { replace: true });
    } finally {
      setBusy(false);
    }
  };

  const checkNow = failedCheck ?? check.data;
  const planned = checkNow ? { areas: checkNow.areas, ingredients: checkNow.ingredients } : undefined;

  return (
    <form
      className="session-editor"
      onSubmit={(e) => e.preventDefault()}
      noValidate
      aria-labelledby="session-title"
    >
      <p className="muted">
        {t('treatments.session.draftFor', {
          label: sessionLabel(t, {
            sequence: session?.sequence ?? course.sessionsDone + 1,
            plannedSessions: course.plannedSessions,
          }),
          indication: course.indication,
        })}
      </p>
      <section className="card" aria-labelledby="when-title">
        <h2 id="when-title">{t('treatments.session.whenHow')}</h2>
        <div className="grid">
          <Field label={t('treatments.session.date')} required error={errors.date}>
            {(a) => (
              <input {...a} type="date" value={draft.date} onChange={(e) => set('date', e.target.value)} />
            )}
          </Field>
          <Field label={t('treatments.session.time')} required error={errors.time}>
            {(a) => (
              <input {...a} type="time" value={draft.time} onChange={(e) => set('time', e.target.value)} />
            )}
          </Field>
          <Field label={t('treatments.session.technique')} error={errors.technique}>
            {(a) => (
              <select {...a} value={draft.technique} onChange={(e) => set('technique', e.target.value)}>
                <option value="">{t('treatments.session.chooseTechnique')}</option>
                {TECHNIQUES.map((tech) => (
                  <option key={tech} value={tech}>
                    {t(`treatments.techniques.${tech}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field
            label={t('treatments.session.needleGauge')}
            error={errors.needleGauge}
            hint={t('treatments.session.needleGaugeHint')}
          >
            {(a) => (
              <input
                {...a}
                inputMode="numeric"
                value={draft.needleGauge}
                onChange={(e) => set('needleGauge', e.target.value)}
              />
            )}
          </Field>
          <Field label={t('treatments.session.needleLength')} error={errors.needleLengthMm}>
            {(a) => (
              <input
                {...a}
                inputMode="decimal"
                value={draft.needleLengthMm}
                onChange={(e) => set('needleLengthMm', e.target.value)}
              />
            )}
          </Field>
          <Field label={t('treatments.session.depth')} error={errors.depthMm}>
            {(a) => (
              <input
                {...a}
                inputMode="decimal"
                value={draft.depthMm}
                onChange={(e) => set('depthMm', e.target.value)}
              />
            )}
          </Field>
          <div className="field">
            <label className="checkbox">
              <input
                type="checkbox"
                checked={draft.anaesthetic}
                onChange={(e) => set('anaesthetic', e.target.checked)}
              />{' '}
              {t('treatments.session.anaesthetic')}
            </label>
            {draft.anaesthetic && (
              <Field label={t('treatments.session.anaestheticName')} error={errors.anaestheticName}>
                {(a) => (
                  <input
                    {...a}
                    value={draft.anaestheticName}
                    onChange={(e) => set('anaestheticName', e.target.value)}
                  />
                )}
              </Field>
            )}
          </div>
        </div>
      </section>

      <section className="card" aria-labelledby="areas-title">
        <h2 id="areas-title">{t('treatments.session.areas')}</h2>
        <p className="muted small">{t('treatments.session.areasHint')}</p>
        <BodyChart selected={draft.areas} onToggle={toggleZone} />
        <p className="small" aria-live="polite">
          {draft.areas.length
            ? t('treatments.session.chosenAreas', { areas: draft.areas.map(zoneLabel).join(', ') })
            : t('treatments.session.noAreas')}
        </p>
      </section>

      <section className="card" aria-labelledby="products-title">
        <h2 id="products-title">{t('treatments.session.products')}</h2>
        {draft.items.map((item, i) => (
          <ItemRow
            key={item.key}
            n={i + 1}
            item={item}
            draft={draft}
            products={products.data ?? []}
            lots={lots.data ?? []}
            errors={errors}
            onChange={(next) =>
              set(
                'items',
                draft.items.map((x) => (x.key === item.key ? next : x)),
              )
            }
            onRemove={() =>
              set(
                'items',
                draft.items.filter((x) => x.key !== item.key),
              )
            }
          />
        ))}
        <button
          type="button"
          className="button button--small"
          onClick={addItem}
          disabled={!products.data?.length}
        >
          {t('treatments.session.addProduct')}
        </button>
        <div className="grid totals">
          <Field
            label={t('treatments.session.totalVolume')}
            error={errors.totalVolumeMl}
            hint={t('treatments.session.totalVolumeHint', { sum: Math.round(volumeSum * 100) / 100 })}
          >
            {(a) => (
              <input
                {...a}
                inputMode="decimal"
                value={draft.totalVolumeMl}
                onChange={(e) => set('totalVolumeMl', e.target.value)}
              />
            )}
          </Field>
        </div>
      </section>

      <section className="card" aria-labelledby="after-title">
        <h2 id="after-title">{t('treatments.session.outcome')}</h2>
        <div className="grid">
          <Field label={t('treatments.session.painScore')} error={errors.painScore}>
            {(a) => (
              <select {...a} value={draft.painScore} onChange={(e) => set('painScore', e.target.value)}>
                <option value="">{t('treatments.session.notAsked')}</option>
                {PAIN_SCORES.map((score) => (
                  <option key={score} value={score}>
                    {score}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('treatments.session.price', { currency })} error={errors.priceMinor}>
            {(a) => (
              <input
                {...a}
                inputMode="decimal"
                value={draft.price}
                onChange={(e) => set('price', e.target.value)}
              />
            )}
          </Field>
          <Field label={t('treatments.session.reactions')} wide error={errors.reactions}>
            {(a) => (
              <textarea
                {...a}
                rows={2}
                value={draft.reactions}
                onChange={(e) => set('reactions', e.target.value)}
              />
            )}
          </Field>
          <Field label={t('treatments.session.notes')} wide error={errors.notes}>
            {(a) => (
              <textarea {...a} rows={3} value={draft.notes} onChange={(e) => set('notes', e.target.value)} />
            )}
          </Field>
        </div>
      </section>

      {session && (
        <section className="card" aria-labelledby="check-title">
          <h2 id="check-title">{t('treatments.session.checkTitle')}</h2>
          {checkNow && <Problems check={checkNow} />}
          {planned && <ScreeningPanel patientId={patientId} planned={planned} />}
        </section>
      )}
      {error && (
        <p className="alert alert--error" role="alert">
          {t(error.message)}
        </p>
      )}
      <div className="form-actions form-actions--sticky">
        <button type="button" className="button" onClick={saveDraft} disabled={busy}>
          {t('treatments.session.saveDraft')}
        </button>
        <button type="button" className="button button--primary" onClick={signSession} disabled={busy}>
          {t('treatments.session.sign')}
        </button>
        <Link className="button" to={`/patients/${patientId}`}>
          {t('form.cancel')}
        </Link>
      </div>
    </form>
  );
}

function AmendmentForm({ session }: { session: Session }) {
  const { t } = useTranslation();
  const invalidate = useInvalidateTreatments();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | undefined>();
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    if (!text.trim()) return setError('errors.required');
    try {
      await unwrap(clinic.sessions.amend({ id: session.id, text }));
      setText('');
      setError(undefined);
      await invalidate();
    } catch (x) {
      const f = formError(x);
      setError(f.fields.text ?? f.message);
    }
  };
  return (
    <form onSubmit={submit} noValidate className="amendment-form">
      <Field
        label={t('treatments.session.amendmentLabel')}
        wide
        error={error}
        hint={t('treatments.session.amendmentHint')}
      >
        {(a) => <textarea {...a} rows={3} value={text} onChange={(e) => setText(e.target.value)} />}
      </Field>
      <button type="submit" className="button button--primary">
        {t('treatments.session.addAmendment')}
      </button>
    </form>
  );
}

function SessionRecord({
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

/** A treatment session: charted as a draft, then signed and locked, then amended only. */
export function SessionScreen() {
  const { t } = useTranslation();
  const params = useParams();
  const [search] = useSearchParams();
  const patientId = Number(params.id);
  const sessionId = params.sessionId === 'new' ? null : Number(params.sessionId);
  const patient = usePatient(patientId);
  const courses = useCourses(patientId);
  const session = useSession(sessionId ?? 0, sessionId !== null);
  const loadingSession = sessionId !== null && !session.data;
  if (!patient.data) return <QueryState query={patient} />;
  if (!courses.data) return <QueryState query={courses} />;
  if (loadingSession) return <QueryState query={session} />;
  const courseId = session.data?.courseId ?? Number(search.get('course'));
  const course = courses.data.find((c) => c.id === courseId);
  if (!course) return <p className="alert alert--error">{t('errors.notFound.course')}</p>;
  const current = sessionId === null ? null : (session.data ?? null);
  const signed = current?.status === 'signed';
  return (
    <article className="session-page" aria-labelledby="session-title">
      <p className="breadcrumb">
        <Link to={`/patients/${patientId}`}>{displayName(patient.data)}</Link>
      </p>
      <h1 id="session-title">
        {signed && current
          ? t('treatments.session.signedTitle', {
              label: sessionLabel(t, current),
              indication: current.indication,
            })
          : current
            ? t('treatments.session.editTitle')
            : t('treatments.session.newTitle')}
      </h1>
      {signed && current ? (
        <SessionRecord patientId={patientId} session={current} course={course} />
      ) : (
        <SessionEditor
          key={current?.version ?? 'new'}
          patientId={patientId}
          course={course}
          session={current}
        />
      )}
    </article>
  );
}
