import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AUDIT_ACTIONS, type AuditAction } from '../../../shared/audit/schema';
import { apiQuery, clinic } from '../api/clinic';
import { Card } from '../components/Card';
import { Field } from '../components/Field';
import { OptionsField } from '../components/OptionsField';
import { QueryState } from '../components/QueryState';
import { Table } from '../components/Table';
import { formatDateTime } from '../format';
import { AnchorCard } from './AnchorCard';
import { VerifyCard } from './VerifyCard';

const PAGE = 50;

/** The audit trail: who did what to which record and when, with a check that nothing was altered. */
export function AuditScreen() {
  const { t } = useTranslation();
  const [action, setAction] = useState<AuditAction | ''>('');
  const [entityId, setEntityId] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [page, setPage] = useState(0);
  const filter = {
    action: action || undefined,
    entityId: entityId.trim() || undefined,
    from: from || undefined,
    to: to || undefined,
  };
  const list = useQuery({
    ...apiQuery(['audit', filter, page], () =>
      clinic.audit.list({ ...filter, offset: page * PAGE, limit: PAGE }),
    ),
    placeholderData: keepPreviousData,
  });
  const reset = (fn: () => void) => {
    fn();
    setPage(0);
  };
  const total = list.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / PAGE));

  return (
    <div className="audit">
      <h1>{t('audit.title')}</h1>
      <p className="muted">{t('audit.intro')}</p>

      <AnchorCard />
      <VerifyCard />

      <form
        className="card audit__filters"
        aria-labelledby="filter-title"
        onSubmit={(e) => e.preventDefault()}
      >
        <h2 id="filter-title">{t('audit.filterTitle')}</h2>
        <div className="grid">
          <OptionsField<AuditAction | ''>
            label={t('audit.action')}
            emptyLabel={t('audit.anyAction')}
            options={AUDIT_ACTIONS}
            labelPrefix="audit.actions"
            value={action}
            onChange={(value) => reset(() => setAction(value))}
          />
          <Field label={t('audit.record')} hint={t('audit.recordHint')}>
            {(a) => (
              <input {...a} value={entityId} onChange={(e) => reset(() => setEntityId(e.target.value))} />
            )}
          </Field>
          <Field label={t('audit.from')}>
            {(a) => (
              <input {...a} type="date" value={from} onChange={(e) => reset(() => setFrom(e.target.value))} />
            )}
          </Field>
          <Field label={t('audit.to')}>
            {(a) => (
              <input {...a} type="date" value={to} onChange={(e) => reset(() => setTo(e.target.value))} />
            )}
          </Field>
        </div>
      </form>

      {!list.data ? (
        <QueryState query={list} />
      ) : (
        <Card id="entries-title" title={t('audit.entries', { count: total })}>
          <Table
            headings={[
              t('audit.when'),
              t('audit.action'),
              t('audit.recordKind'),
              t('audit.record'),
              t('audit.who'),
            ]}
          >
            {list.data.items.map((e) => (
              <tr key={e.id}>
                <td>
                  <time dateTime={e.at}>{formatDateTime(e.at)}</time>
                </td>
                <td>{t(`audit.actions.${e.action}`)}</td>
                <td>{t(`audit.entities.${entityKind(e)}`, { defaultValue: e.entity })}</td>
                <td translate="no">{e.entityId ?? '—'}</td>
                <td>{t(`audit.actors.${e.actor}`, { defaultValue: e.actor })}</td>
              </tr>
            ))}
          </Table>
          <nav className="pager" aria-label={t('audit.pages')}>
            <button type="button" className="button" disabled={page === 0} onClick={() => setPage(page - 1)}>
              {t('audit.newer')}
            </button>
            <span>{t('audit.pageOf', { page: page + 1, pages })}</span>
            <button
              type="button"
              className="button"
              disabled={page + 1 >= pages}
              onClick={() => setPage(page + 1)}
            >
              {t('audit.older')}
            </button>
          </nav>
        </Card>
      )}
    </div>
  );
}

/**
 * Lock, unlock, setup and passphrase events are recorded with the entity 'session' and no id (their
 * name from before "session" meant a treatment visit); treatment sessions always carry their id.
 */
function entityKind(entry: { entity: string; entityId: string | null }): string {
  return entry.entity === 'session' && entry.entityId === null ? 'vault' : entry.entity;
}
