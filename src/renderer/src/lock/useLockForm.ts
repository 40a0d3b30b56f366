import { useState } from 'react';
import type { Result } from '../../../shared/result';

/** Submits a session call and keeps its field errors and general error for display. */
export function useLockForm<T>(submit: () => Promise<Result<T>>, onSuccess: (value: T) => void) {
  const [fields, setFields] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [retryAfterMs, setRetryAfterMs] = useState(0);
  const [details, setDetails] = useState<unknown>(undefined);
  const run = async (e?: React.FormEvent) => {
    e?.preventDefault();
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
    } finally {
      setBusy(false);
    }
  };
  return { fields, error, busy, retryAfterMs, details, run };
}
