import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { SETUP_STEPS } from './steps';
import { useSetupStatus } from './useSetupStatus';

/**
 * The short setup after the passphrase and recovery sheet: one step at a time, each skippable, the
 * whole of it skippable, and resumable from Settings (/setup?step=<id>).
 */
export function FirstStartScreen({ onNotice }: { onNotice: (message: string) => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const status = useSetupStatus();
  const index = Math.max(
    0,
    SETUP_STEPS.findIndex((s) => s.id === search.get('step')),
  );
  const step = SETUP_STEPS[index] ?? SETUP_STEPS[0];
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Each step starts with its title focused, so a keyboard or screen-reader user starts at the top.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the step changes
  useEffect(() => {
    headingRef.current?.focus();
  }, [index]);
  if (!step) return null;
  const next = SETUP_STEPS[index + 1];
  const onDone = () => navigate(next ? `/setup?step=${next.id}` : '/');

  return (
    <section className="setup" aria-labelledby="setup-step-title">
      <p className="muted">{t('setup.title')}</p>
      <nav aria-label={t('setup.stepsLabel')}>
        <ol className="setup-steps">
          {SETUP_STEPS.map((s, i) => (
            <li key={s.id} aria-current={i === index ? 'step' : undefined}>
              <Link to={`/setup?step=${s.id}`}>{t(`setup.steps.${s.id}.title`)}</Link>
              {status && s.done(status) && <span className="badge badge--ok">{t('setup.done')}</span>}
            </li>
          ))}
        </ol>
      </nav>
      <h1 id="setup-step-title" tabIndex={-1} ref={headingRef}>
        {t('setup.stepOf', {
          n: index + 1,
          total: SETUP_STEPS.length,
          title: t(`setup.steps.${step.id}.title`),
        })}
      </h1>
      <div className="card">{step.render({ onDone, onNotice })}</div>
      <p>
        <Link to="/">{t('setup.skipAll')}</Link> <span className="muted small">{t('setup.skipAllHint')}</span>
      </p>
    </section>
  );
}
