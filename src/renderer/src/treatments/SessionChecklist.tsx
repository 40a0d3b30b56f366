import type { TFunction } from 'i18next';
import { useDeferredValue } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type CompletenessProblem,
  type SessionCheck,
  type SessionFields,
  sessionFieldsSchema,
} from '../../../shared/treatments/schema';
import { ScreeningPanel } from '../screening/ScreeningPanel';
import { usePrecheck } from './queries';
import { type Draft, toFields } from './session-draft';

/**
 * The chart as the pre-sign check can read it: a product row still being filled in (no product
 * chosen yet) is left out, and a chart that does not read at all keeps the last answer on screen.
 */
export function checkableFields(draft: Draft, currency: string): SessionFields | null {
  const fields = toFields(draft, currency);
  const chosen = { ...fields, items: (fields.items ?? []).filter((i) => Number.isInteger(i.productId)) };
  const parsed = sessionFieldsSchema.safeParse(chosen);
  return parsed.success ? parsed.data : null;
}

/** A problem's message values; a list of photo views is named in the interface language. */
function problemValues(t: TFunction, p: CompletenessProblem) {
  if (!p.photoViews) return p.params;
  return {
    ...p.params,
    views: p.photoViews.map((v) => t(`photos.views.${v}`)).join(t('photos.viewSeparator')),
  };
}

function Problems({ check }: { check: SessionCheck }) {
  const { t } = useTranslation();
  if (!check.problems.length && !check.blockingFlags.length) {
    return <p className="alert alert--info">{t('treatments.session.readyToSign')}</p>;
  }
  return (
    <div className="alert alert--warning">
      <p>
        <strong>{t('treatments.session.beforeSigning')}</strong>
      </p>
      <ul className="problem-list">
        {check.problems.map((p) => (
          <li key={`${p.key}-${JSON.stringify(p.params ?? {})}`}>{t(p.key, problemValues(t, p))}</li>
        ))}
        {check.blockingFlags.length > 0 && (
          <li>{t('treatments.session.blockingFlags', { count: check.blockingFlags.length })}</li>
        )}
      </ul>
    </div>
  );
}

/**
 * "Before signing": what still stands between the chart and its signature (signed intake, consent,
 * areas, products, lots ...) and the screening for what is planned, from the first moment of a new
 * chart, updated as the fields are filled in.
 */
export function SessionChecklist(props: {
  patientId: number;
  courseId: number;
  /** The saved draft, if any: its before photos count. */
  sessionId: number | null;
  draft: Draft;
  currency: string;
}) {
  const { t } = useTranslation();
  const draft = useDeferredValue(props.draft);
  const check = usePrecheck(props.courseId, props.sessionId, checkableFields(draft, props.currency));
  const planned = check.data?.planned;
  return (
    <section className="card" aria-labelledby="check-title">
      <h2 id="check-title">{t('treatments.session.checkTitle')}</h2>
      <div aria-live="polite">{check.data && <Problems check={check.data} />}</div>
      {planned && <ScreeningPanel patientId={props.patientId} planned={planned} />}
    </section>
  );
}
