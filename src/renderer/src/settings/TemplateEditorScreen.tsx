import { useFieldArray } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { MERGE_FIELDS } from '../../../shared/documents/merge-fields';
import {
  type TemplateContent,
  type TemplateVersion,
  templateContentSchema,
} from '../../../shared/documents/template-schema';
import { clinic, unwrap } from '../api/clinic';
import { Card } from '../components/Card';
import { FormAlert } from '../components/FormAlert';
import { BusyButton } from '../components/form/BusyButton';
import { InputField, TextAreaField } from '../components/form/fields';
import { FormLeaveGuard } from '../components/form/LeaveGuard';
import { useFormMutation } from '../components/form/useFormMutation';
import { useZodForm } from '../components/form/useZodForm';
import { QueryState } from '../components/QueryState';
import { templateKeys, useInvalidate, useTemplate, useTemplateVersions } from '../documents/queries';
import { formatDateTime } from '../format';

/** Edits a template: saving stores a new version; documents already signed keep theirs. */

/** The title and each section heading: printed as headings, so one line of at most 200 characters. */
const HEADING_INPUT = { required: true, wide: true, maxLength: 200 } as const;
export function TemplateEditorScreen({ onNotice }: { onNotice: (message: string) => void }) {
  const key = useParams().key ?? '';
  const versions = useTemplateVersions(key);
  const latest = useTemplate(versions.data?.[0]?.id);
  if (!versions.data) return <QueryState query={versions} />;
  if (!latest.data) return <QueryState query={latest} />;
  return (
    <TemplateEditor
      key={latest.data.id}
      template={latest.data}
      versions={versions.data}
      onNotice={onNotice}
    />
  );
}

type FormValues = Omit<TemplateContent, 'declarations'> & { declarations: string };

const toForm = (c: TemplateContent): FormValues => ({ ...c, declarations: c.declarations.join('\n') });
const fromForm = (v: FormValues): TemplateContent => ({
  ...v,
  declarations: v.declarations
    .split('\n')
    .map((d) => d.trim())
    .filter(Boolean),
});

interface EditorProps {
  template: TemplateVersion;
  versions: NonNullable<ReturnType<typeof useTemplateVersions>['data']>;
  onNotice: (message: string) => void;
}

function TemplateEditor({ template, versions, onNotice }: EditorProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const invalidate = useInvalidate();
  const { form, field } = useZodForm(templateContentSchema, toForm(template.content), {
    toInput: fromForm,
  });
  const sections = useFieldArray({ control: form.control, name: 'sections' });
  const consent = template.kind === 'consent';

  const after = async (saved: TemplateVersion, notice: string) => {
    await invalidate(templateKeys.all);
    onNotice(t(notice, { version: saved.version }));
    if (saved.key !== template.key) navigate(`/settings/templates/${saved.key}`);
  };

  const saving = useFormMutation(
    form,
    (content: TemplateContent) =>
      unwrap(clinic.templates.update({ key: template.key, baseVersion: template.version, content })),
    { fieldPrefix: 'content.', onSaved: (saved) => after(saved, 'settings.templateSaved') },
  );

  const run = async (action: 'restoreBuiltin' | 'copy') => {
    try {
      const saved = await unwrap(clinic.templates[action]({ key: template.key }));
      await after(saved, action === 'copy' ? 'settings.templateCopied' : 'settings.templateRestored');
    } catch (e) {
      saving.showFailure(e);
    }
  };

  return (
    <section className="template-editor" aria-labelledby="template-title">
      <p>
        <Link to="/settings">{t('settings.backToSettings')}</Link>
      </p>
      <h1 id="template-title">{t('settings.editTemplate', { title: template.title })}</h1>
      <p className="muted">
        {t(`documents.kinds.${template.kind}`)} · {t('documents.versionShort', { version: template.version })}
        {template.builtin && ` · ${t(template.modified ? 'settings.builtinEdited' : 'settings.builtin')}`}
      </p>
      <p className="alert alert--info">{t('settings.versioningNote')}</p>
      <details className="merge-fields">
        <summary>{t('settings.mergeFields')}</summary>
        <ul>
          {MERGE_FIELDS.map((f) => (
            <li key={f}>
              <code>{`{{${f}}}`}</code> {t(`settings.merge.${f.replace('.', '_')}`)}
            </li>
          ))}
        </ul>
      </details>
      <FormAlert message={saving.formError} />
      <form noValidate onSubmit={saving.submit}>
        <FormLeaveGuard form={form} />
        <fieldset>
          <legend>{t('settings.templateText')}</legend>
          <InputField label={t('settings.templateTitle')} field={field('title')} {...HEADING_INPUT} />
          <TextAreaField
            label={t('settings.templateIntro')}
            hint={t('settings.bodyHint')}
            wide
            field={field('intro')}
            rows={5}
          />
        </fieldset>
        {sections.fields.map((row, i) => (
          <fieldset key={row.id}>
            <legend>{t('settings.sectionN', { n: i + 1 })}</legend>
            <InputField
              label={t('settings.sectionHeading', { n: i + 1 })}
              field={field(`sections.${i}.heading`)}
              {...HEADING_INPUT}
            />
            <TextAreaField
              label={t('settings.sectionBody', { n: i + 1 })}
              required
              wide
              field={field(`sections.${i}.body`)}
              rows={6}
            />
            <button
              type="button"
              className="button button--small"
              onClick={() => sections.remove(i)}
              disabled={sections.fields.length <= 1}
            >
              {t('settings.removeSection', { n: i + 1 })}
            </button>
          </fieldset>
        ))}
        <p>
          <button
            type="button"
            className="button button--small"
            onClick={() => sections.append({ heading: '', body: '' })}
          >
            {t('settings.addSection')}
          </button>
        </p>
        {consent && (
          <fieldset>
            <legend>{t('settings.consentParts')}</legend>
            <TextAreaField
              label={t('settings.declarations')}
              hint={t('settings.declarationsHint')}
              wide
              field={field('declarations')}
              rows={8}
            />
            <TextAreaField label={t('settings.photoConsent')} wide field={field('photoConsent')} rows={4} />
          </fieldset>
        )}
        <div className="form-actions">
          <BusyButton label={t('settings.saveTemplate')} busy={saving.pending} />
          {template.builtin && template.modified && (
            <button type="button" className="button" onClick={() => void run('restoreBuiltin')}>
              {t('settings.restoreBuiltin')}
            </button>
          )}
          <button type="button" className="button" onClick={() => void run('copy')}>
            {t('settings.copyTemplate')}
          </button>
        </div>
      </form>
      <Card id="versions-title" title={t('settings.versions')}>
        <ul className="history">
          {versions.map((v) => (
            <li key={v.id}>
              <time dateTime={v.createdAt}>{formatDateTime(v.createdAt)}</time>
              {t('documents.versionShort', { version: v.version })} · {v.title}
            </li>
          ))}
        </ul>
      </Card>
    </section>
  );
}
