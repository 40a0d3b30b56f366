import { useEffect, useRef, useState } from 'react';
import type { Result } from '../../../shared/result';

/** Submits a session call and keeps its field errors and general error for display. */
export function useLockForm<T>(submit: () => Promise<Result<T>>, onSuccess: (value: T) => void) {
  const [fields, setFields] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [retryAfterMs, setRetryAfterMs] = useState(0);
  const [details, setDetails] = useState<unknown>(undefined);
  const formRef = useRef<HTMLFormElement | null>(null);
  const [refusals, setRefusals] = useState(0);
  // After the refusal is on screen (fields marked invalid), move focus to the first problem.
  useEffect(() => {
    if (refusals > 0 && formRef.current) focusFirstProblem(formRef.current);
  }, [refusals]);
  const run = async (e?: React.FormEvent) => {
    e?.preventDefault();
    if (e?.currentTarget instanceof HTMLFormElement) formRef.current = e.currentTarget;
    setBusy(true);
    setFields({});
    setError(null);
    setDetails(undefined);
    try {
      const result = await submit();
      if (result.ok) {
        onSuccess(result.value);
        return;
      }
      setFields(result.error.fields ?? {});
      if (!result.error.fields) setError(result.error.message);
      setDetails(result.error.details);
      const retry = result.error.details as { retryAfterMs?: number } | undefined;
      setRetryAfterMs(retry?.retryAfterMs ?? 0);
      setRefusals((n) => n + 1);
    } finally {
      setBusy(false);
    }
  };
  return { fields, error, busy, retryAfterMs, details, run };
}

/**
 * After a refusal, focus goes to the first field marked invalid, else to the form's first field, so a
 * keyboard user is not left on a button that is disabled while the retry delay runs.
 */
function focusFirstProblem(form: HTMLFormElement): void {
  const target =
    form.querySelector<HTMLElement>('[aria-invalid="true"]') ??
    form.querySelector<HTMLElement>('input:not([type="hidden"]):not([disabled])');
  target?.focus();
}
