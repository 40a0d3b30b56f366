import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnchorCheck } from '../../../shared/audit/anchor';
import type { AuditVerification } from '../../../shared/audit/schema';
import { clinic, unwrap } from '../api/clinic';
import { apiError } from '../api/failure';
import { TextField } from '../components/form/TextField';
import { formatDateTime } from '../format';

/** Checks the chain, against the anchors in the data folder and, when typed, one the practitioner noted. */
export function VerifyCard() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [typed, setTyped] = useState('');
  const verify = useMutation({
    mutationFn: () => unwrap(clinic.audit.verify(typed.trim() ? { anchor: typed.trim() } : {})),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['audit', 'anchor'] }),
  });
  const failure = apiError(verify.error);
  const fieldError = failure?.fields?.anchor;
  const result = verify.data;

  return (
    <section className="card audit__verify" aria-labelledby="verify-title">
      <h2 id="verify-title">{t('audit.verifyTitle')}</h2>
      <form
        className="audit__verify-form"
        onSubmit={(e) => {
          e.preventDefault();
          verify.mutate();
        }}
      >
        <TextField
          label={t('audit.typedAnchor')}
          hint={t('audit.typedAnchorHint')}
          error={fieldError}
          className="audit__code-input"
          value={typed}
          autoComplete="off"
          spellCheck={false}
          onChange={setTyped}
        />
        <button type="submit" className="button" disabled={verify.isPending}>
          {t('audit.verify')}
        </button>
      </form>
      <div role="status" className={`audit__result${result && !result.ok ? ' alert alert--error' : ''}`}>
        {result && <Outcome result={result} />}
        {failure && !fieldError && <p className="alert alert--error">{t(failure.message)}</p>}
      </div>
    </section>
  );
}

function Outcome({ result }: { result: AuditVerification }) {
  const { t } = useTranslation();
  // What disagrees comes first, right under the line that says something does.
  const checks = [result.typed, result.found]
    .filter((c): c is AnchorCheck => c !== null)
    .sort((a, b) => Number(b.status !== 'ok') - Number(a.status !== 'ok'));
  return (
    <>
      <p className={result.brokenAt === null ? undefined : 'audit__problem'}>
        {result.brokenAt !== null
          ? t('audit.verifiedBroken', { id: result.brokenAt, count: result.checked })
          : result.ok
            ? t('audit.verifiedOk', { count: result.checked })
            : t('audit.linksIntactButAnchor', { count: result.checked })}
      </p>
      {checks.map((check) => (
        <AnchorLine key={check.source} check={check} />
      ))}
      {!result.found && <p>{t('audit.noAnchorFound')}</p>}
    </>
  );
}

function AnchorLine({ check }: { check: AnchorCheck }) {
  const { t } = useTranslation();
  const where =
    check.source === 'typed'
      ? t('audit.sources.typed')
      : t(`audit.sources.${check.source}`, { when: check.at ? formatDateTime(check.at) : '' });
  const values = { where, count: check.count, now: check.entriesNow };
  return (
    <p className={check.status === 'ok' ? undefined : 'audit__problem'}>
      {t(`audit.anchorCheck.${check.status}`, values)}
    </p>
  );
}
