import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import {
  type Course,
  type Session,
  type SessionFields,
  sessionFieldsSchema,
  TECHNIQUES,
} from '../../../shared/treatments/schema';
import { ZONES, zoneLabel } from '../../../shared/treatments/zones';
import { clinic, unwrap, updateOrCreate } from '../api/clinic';
import { Card } from '../components/Card';
import { Field } from '../components/Field';
import { FormAlert } from '../components/FormAlert';
import { InputField, TextAreaField } from '../components/form/fields';
import { FormLeaveGuard } from '../components/form/LeaveGuard';
import { useFormMutation } from '../components/form/useFormMutation';
import { useZodForm } from '../components/form/useZodForm';
import { OptionsField } from '../components/OptionsField';
import { useSettings } from '../settings/queries';
import { BodyChart } from './BodyChart';
import { sessionLabel } from './CoursePanel';
import { DayCheckCard } from './DayCheck';
import { useInvalidateTreatments, useLots, useProducts } from './queries';
import { SessionChecklist } from './SessionChecklist';
import { SessionItemRow } from './SessionItemRow';
import { type Draft, nextItemKey, priceUnreadable, toDraft, toFields } from './session-draft';
import { TotalVolumeField } from './TotalVolumeField';

const PAIN_SCORES = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

export function SessionEditor({
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
  const settings = useSettings();
  const [busy, setBusy] = useState(false);
  const currency = session?.currency ?? settings.data?.currency ?? 'EUR';
  const [initial] = useState(() => toDraft(session, course));
  const {
    form,
    values: draft,
    set,
    error,
    field,
  } = useZodForm(sessionFieldsSchema, initial, {
    toInput: (d: Draft) => toFields(d, currency),
    precheck: (d: Draft): Record<string, string> =>
      priceUnreadable(d, currency) ? { priceMinor: 'errors.price' } : {},
  });
  const saving = useFormMutation(form, (fields: SessionFields) =>
    updateOrCreate(session, fields, clinic.sessions.update, (f) =>
      clinic.sessions.create({ courseId: course.id, fields: f }),
    ),
  );
  const invalid = Object.keys(form.formState.errors).length > 0;
  const alert = saving.failureMessage ?? (invalid ? 'errors.validation' : null);

  const toggleZone = (zone: string) =>
    set('areas', draft.areas.includes(zone) ? draft.areas.filter((z) => z !== zone) : [...draft.areas, zone]);

  // The product is never preselected: what was injected is chosen on purpose (see SessionItemRow).
  const addItem = () => {
    if (!products.data?.length) return;
    set('items', [
      ...draft.items,
      {
        key: nextItemKey(),
        zone: draft.areas[0] ?? ZONES[0]?.id ?? '',
        productId: '',
        lotId: '',
        volume: '',
        quantity: '',
        dilution: '',
        override: '',
      },
    ]);
  };

  /** Saves the draft; returns the saved session, or undefined when something needs correcting. */
  const save = async (): Promise<Session | undefined> => {
    const saved = await saving.submit();
    if (saved) await invalidate();
    return saved;
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
      saving.showFailure(e);
      if (!session) navigate(`/patients/${patientId}/sessions/${saved.id}`, { replace: true });
    } finally {
      setBusy(false);
    }
  };

  // The cooling-off reason is asked only where the clinic has set a cooling-off time.
  const coolingOff = (settings.data?.consentCoolingOffHours ?? 0) > 0 || draft.coolingOffReason !== '';

  return (
    <form
      className="session-editor"
      onSubmit={(e) => e.preventDefault()}
      noValidate
      aria-labelledby="session-title"
    >
      <FormLeaveGuard form={form} />
      <p className="muted">
        {t('treatments.session.draftFor', {
          label: sessionLabel(t, {
            sequence: session?.sequence ?? course.sessionsDone + 1,
            plannedSessions: course.plannedSessions,
          }),
          indication: course.indication,
        })}
      </p>
      <Card id="when-title" title={t('treatments.session.whenHow')}>
        <div className="grid">
          <InputField label={t('treatments.session.date')} required field={field('date')} type="date" />
          <InputField label={t('treatments.session.time')} required field={field('time')} type="time" />
          <OptionsField
            label={t('treatments.session.technique')}
            error={error('technique')}
            emptyLabel={t('treatments.session.chooseTechnique')}
            options={TECHNIQUES}
            labelPrefix="treatments.techniques"
            value={draft.technique}
            onChange={(value) => set('technique', value)}
          />
          <InputField
            label={t('treatments.session.needleGauge')}
            hint={t('treatments.session.needleGaugeHint')}
            field={field('needleGauge')}
            inputMode="numeric"
          />
          <InputField
            label={t('treatments.session.needleLength')}
            field={field('needleLengthMm')}
            inputMode="decimal"
          />
          <InputField label={t('treatments.session.depth')} field={field('depthMm')} inputMode="decimal" />
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
              <InputField label={t('treatments.session.anaestheticName')} field={field('anaestheticName')} />
            )}
          </div>
          <InputField
            label={t('treatments.session.antiseptic')}
            hint={t('treatments.session.antisepticHint')}
            field={field('antiseptic')}
          />
        </div>
      </Card>

      <Card id="areas-title" title={t('treatments.session.areas')}>
        <p className="muted small">{t('treatments.session.areasHint')}</p>
        <BodyChart selected={draft.areas} onToggle={toggleZone} />
        <p className="small" aria-live="polite">
          {draft.areas.length
            ? t('treatments.session.chosenAreas', { areas: draft.areas.map(zoneLabel).join(', ') })
            : t('treatments.session.noAreas')}
        </p>
      </Card>

      <Card id="products-title" title={t('treatments.session.products')}>
        {draft.items.map((item, i) => (
          <SessionItemRow
            key={item.key}
            n={i + 1}
            item={item}
            draft={draft}
            products={products.data ?? []}
            lots={lots.data ?? []}
            error={error}
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
        <TotalVolumeField
          items={draft.items}
          value={draft.totalVolumeMl}
          overridden={draft.totalOverridden}
          error={error('totalVolumeMl')}
          onOverride={(value) => {
            set('totalVolumeMl', value);
            set('totalOverridden', true);
          }}
          onFollowItems={() => set('totalOverridden', false)}
        />
      </Card>

      <Card id="after-title" title={t('treatments.session.outcome')}>
        <div className="grid">
          <Field label={t('treatments.session.painScore')} error={error('painScore')}>
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
          <InputField
            label={t('treatments.session.price', { currency })}
            error={error('priceMinor')}
            field={field('price')}
            inputMode="decimal"
          />
          <TextAreaField label={t('treatments.session.reactions')} wide field={field('reactions')} rows={2} />
          <TextAreaField label={t('treatments.session.notes')} wide field={field('notes')} rows={3} />
        </div>
      </Card>

      {session && <DayCheckCard patientId={patientId} session={session} />}
      {coolingOff && (
        <TextAreaField
          label={t('treatments.session.coolingOffReason')}
          hint={t('treatments.session.coolingOffReasonHint')}
          wide
          field={field('coolingOffReason')}
          rows={2}
        />
      )}
      <SessionChecklist
        patientId={patientId}
        courseId={course.id}
        sessionId={session?.id ?? null}
        draft={draft}
        currency={currency}
      />
      <FormAlert message={alert} />
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
