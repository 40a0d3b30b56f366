import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TemplateSummary } from '../../../shared/documents/template-schema';
import { ApiFailure, clinic, unwrap } from '../api/clinic';
import { Card } from '../components/Card';
import { FormAlert } from '../components/FormAlert';
import { QueryState } from '../components/QueryState';
import { templateKeys } from '../documents/queries';

/** Every template with its archived ones, for Settings; new documents ask for the others only. */
function useAllTemplates() {
  return useQuery({
    queryKey: [...templateKeys.list(), 'with-archived'],
    queryFn: () => unwrap(clinic.templates.list({ includeArchived: true })),
  });
}

/** Archives or un-archives a custom template; built-ins have no such button (main refuses them too). */
function useArchiveToggle(onNotice: (message: string) => void) {
  const { t } = useTranslation();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (tpl: TemplateSummary) =>
      unwrap(
        tpl.archivedAt
          ? clinic.templates.unarchive({ key: tpl.key })
          : clinic.templates.archive({ key: tpl.key }),
      ),
    onSuccess: async (saved) => {
      await client.invalidateQueries({ queryKey: templateKeys.all });
      onNotice(
        t(saved.archivedAt ? 'leftovers.archive.archivedNotice' : 'leftovers.archive.unarchivedNotice'),
      );
    },
  });
}

function TemplateLine({
  tpl,
  onToggle,
  busy,
}: {
  tpl: TemplateSummary;
  onToggle: () => void;
  busy: boolean;
}) {
  const { t } = useTranslation();
  return (
    <li className={tpl.archivedAt ? 'template-list__archived' : undefined}>
      <Link to={`/settings/templates/${tpl.key}`} lang={tpl.language} translate="no">
        {tpl.title}
      </Link>
      <span className="muted small">
        {' '}
        · {t(`form.languageOptions.${tpl.language}`)} · {t(`documents.kinds.${tpl.kind}`)} ·{' '}
        {t('documents.versionShort', { version: tpl.version })}
        {tpl.builtin && ` · ${t(tpl.modified ? 'settings.builtinEdited' : 'settings.builtin')}`}
        {tpl.review && ` · ${t('settings.reviewPending')}`}
        {tpl.archivedAt && ` · ${t('leftovers.archive.archived')}`}
      </span>
      {!tpl.builtin && (
        <button
          type="button"
          className="button button--small"
          onClick={onToggle}
          disabled={busy}
          aria-label={t(
            tpl.archivedAt ? 'leftovers.archive.unarchiveLabel' : 'leftovers.archive.archiveLabel',
            {
              title: tpl.title,
            },
          )}
        >
          {t(tpl.archivedAt ? 'leftovers.archive.unarchive' : 'leftovers.archive.archive')}
        </button>
      )}
    </li>
  );
}

/** Settings' template list: edit links, and archiving of the clinic's own templates. */
export function TemplateListCard({ onNotice }: { onNotice: (message: string) => void }) {
  const { t } = useTranslation();
  const toggleId = useId();
  const [showArchived, setShowArchived] = useState(false);
  const templates = useAllTemplates();
  const toggle = useArchiveToggle(onNotice);
  const failure =
    toggle.error instanceof ApiFailure ? toggle.error.error.message : toggle.error ? 'errors.internal' : null;
  const shown = templates.data?.filter((tpl) => showArchived || !tpl.archivedAt);
  return (
    <Card id="templates-title" title={t('settings.templatesTitle')} intro={t('settings.templatesBody')}>
      <p className="checkbox">
        <input
          id={toggleId}
          type="checkbox"
          checked={showArchived}
          onChange={(e) => setShowArchived(e.target.checked)}
        />
        <label htmlFor={toggleId}>{t('leftovers.archive.showArchived')}</label>
      </p>
      <FormAlert message={failure} />
      {shown ? (
        <ul className="template-list">
          {shown.map((tpl) => (
            <TemplateLine
              key={tpl.key}
              tpl={tpl}
              busy={toggle.isPending}
              onToggle={() => toggle.mutate(tpl)}
            />
          ))}
        </ul>
      ) : (
        <QueryState query={templates} />
      )}
    </Card>
  );
}
