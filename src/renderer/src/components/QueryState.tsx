import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiFailure } from '../api/clinic';

interface QueryLike {
  isPending: boolean;
  error: Error | null;
  refetch: () => unknown;
}

/** Loading and error display for a query that has no data yet. */
export function QueryState({ query }: { query: QueryLike }) {
  const { t } = useTranslation();
  if (query.error) {
    const message = query.error instanceof ApiFailure ? query.error.error.message : 'errors.internal';
    return (
      <div className="alert alert--error" role="alert">
        <p>{t(message, { defaultValue: message })}</p>
        <button type="button" className="button" onClick={() => query.refetch()}>
          {t('common.retry')}
        </button>
      </div>
    );
  }
  return (
    <p className="muted" role="status">
      {t('common.loading')}
    </p>
  );
}

/** Renders `children` with the query's data once it has arrived; loading and errors until then. */
export function Loaded<T>({
  query,
  children,
}: {
  query: QueryLike & { data: T | undefined };
  children: (data: NonNullable<T>) => ReactNode;
}) {
  return query.data ? children(query.data) : <QueryState query={query} />;
}
