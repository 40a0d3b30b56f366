import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DOCUMENT_KINDS, type TemplateSummary } from '../../../shared/documents/template-schema';
import { isLanguage, LANGUAGES, type Language } from '../../../shared/language/languages';
import { ApiFailure, apiQuery, clinic, unwrap } from '../api/clinic';
import { Card } from '../components/Card';
import { FormAlert } from '../components/FormAlert';
import { OptionsField } from '../components/OptionsField';
import { QueryState } from '../components/QueryState';
import { templateKeys } from '../documents/queries';

/** Every template with its archived ones, for Settings; new documents ask for the others only. */
function useAllTemplates() {
  return useQuery({
    ...apiQuery([...templateKeys.list(), 'with-archived'], () =>
      clinic.templates.list({ includeArchived: true }),
    ),
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
        · {t(`form.languageOptions.${tpl.language}`)} ·{' '}
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

/** The interface language when templates are written in it, else every language. */
function initialLanguage(interfaceLanguage: string): Language | '' {
  const base = interfaceLanguage.slice(0, 2);
  return isLanguage(base) ? base : '';
}

/** Settings' template list: grouped by kind, filtered by language; edit links and archiving of the clinic's own. */
export function TemplateListCard({ onNotice }: { onNotice: (message: string) => void }) {
  const { t, i18n } = useTranslation();
  const toggleId = useId();
  const [showArchived, setShowArchived] = useState(false);
  const [language, setLanguage] = useState<Language | ''>(() => initialLanguage(i18n.language));
  const templates = useAllTemplates();
  const toggle = useArchiveToggle(onNotice);
  const failure =
    toggle.error instanceof ApiFailure ? toggle.error.error.message : toggle.error ? 'errors.internal' : null;
  const shown = templates.data?.filter(
    (tpl) => (showArchived || !tpl.archivedAt) && (language === '' || tpl.language === language),
  );
  return (
    <Card id="templates-title" title={t('settings.templatesTitle')} intro={t('settings.templatesBody')}>
      <div className="template-filters">
        <OptionsField
          label={t('settings.templateLanguage')}
          value={language}
          options={LANGUAGES}
          labelPrefix="form.languageOptions"
          emptyLabel={t('settings.allLanguages')}
          onChange={setLanguage}
        />
        <p className="checkbox">
          <input
            id={toggleId}
            type="checkbox"
            checked={showArchived}
            onChange={(e) => setShowArchived(e.target.checked)}
          />
          <label htmlFor={toggleId}>{t('leftovers.archive.showArchived')}</label>
        </p>
      </div>
      <FormAlert message={failure} />
      {shown ? (
        <TemplateGroups templates={shown} busy={toggle.isPending} onToggle={(tpl) => toggle.mutate(tpl)} />
      ) : (
        <QueryState query={templates} />
      )}
    </Card>
  );
}

/** One titled list per kind of document (consent forms, aftercare sheets), each sorted by title. */
function TemplateGroups({
  templates,
  busy,
  onToggle,
}: {
  templates: TemplateSummary[];
  busy: boolean;
  onToggle: (tpl: TemplateSummary) => void;
}) {
  const { t } = useTranslation();
  if (!templates.length) return <p className="muted">{t('settings.noTemplatesShown')}</p>;
  return DOCUMENT_KINDS.map((kind) => {
    const ofKind = templates
      .filter((tpl) => tpl.kind === kind)
      .sort((a, b) => a.title.localeCompare(b.title));
    if (!ofKind.length) return null;
    const headingId = `templates-${kind}`;
    return (
      <section key={kind} aria-labelledby={headingId} className="template-group">
        <h3 id={headingId}>
          {t(`documents.kinds.${kind}`)}{' '}
          <span className="muted small">({t('settings.templateCount', { count: ofKind.length })})</span>
        </h3>
        <ul className="template-list">
          {ofKind.map((tpl) => (
            <TemplateLine key={tpl.key} tpl={tpl} busy={busy} onToggle={() => onToggle(tpl)} />
          ))}
        </ul>
      </section>
    );
  });
}
