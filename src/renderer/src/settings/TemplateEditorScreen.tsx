import { useState } from 'react';
import { type FieldErrors, type FieldPath, type Resolver, useFieldArray, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { MERGE_FIELDS } from '../../../shared/documents/merge-fields';
import {
  type TemplateContent,
  type TemplateVersion,
  templateContentSchema,
} from '../../../shared/documents/template-schema';
import { ApiFailure, clinic, unwrap } from '../api/clinic';
import { Card } from '../components/Card';
import { Field } from '../components/Field';
import { FormLeaveGuard } from '../components/form/LeaveGuard';
import { QueryState } from '../components/QueryState';
import { templateKeys, useInvalidate, useTemplate, useTemplateVersions } from '../documents/queries';
import { formatDateTime } from '../format';

/** Edits a template: saving stores a new version; documents already signed keep theirs. */
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

/** Validates with the shared schema; a problem in any declaration line is shown on the whole list. */
const resolver: Resolver<FormValues> = async (values) => {
  const parsed = templateContentSchema.safeParse(fromForm(values));
  if (parsed.success) return { values, errors: {} };
  const errors: Record<string, unknown> = {};
  for (const issue of parsed.error.issues) {
    const path = issue.path[0] === 'declarations' ? ['declarations'] : issue.path.map(String);
    let node = errors;
    path.slice(0, -1).forEach((part) => {
      node[part] ??= {};
      node = node[part] as Record<string, unknown>;
    });
    const last = path.at(-1) ?? 'root';
    node[last] ??= { type: 'schema', message: issue.message };
  }
  return { values: {}, errors: errors as FieldErrors<FormValues> };
};

interface EditorProps {
  template: TemplateVersion;
  versions: NonNullable<ReturnType<typeof useTemplateVersions>['data']>;
  onNotice: (message: string) => void;
}

function TemplateEditor({ template, versions, onNotice }: EditorProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const invalidate = useInvalidate();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<FormValues>({
    defaultValues: toForm(template.content),
    resolver,
  });
  const { register, handleSubmit, formState, control, setError } = form;
  const sections = useFieldArray({ control, name: 'sections' });
  const errors = formState.errors;
  const consent = template.kind === 'consent';

  const after = async (saved: TemplateVersion, notice: string) => {
    await invalidate(templateKeys.all);
    onNotice(t(notice, { version: saved.version }));
    if (saved.key !== template.key) navigate(`/settings/templates/${saved.key}`);
  };

  const fail = (e: unknown) => {
    if (e instanceof ApiFailure && e.error.fields) {
      for (const [name, message] of Object.entries(e.error.fields)) {
        setError(name.replace(/^content\./, '') as FieldPath<FormValues>, { type: 'server', message });
      }
    }
    setFormError(e instanceof ApiFailure ? e.error.message : 'errors.internal');
  };

  const save = handleSubmit(async (values) => {
    setFormError(null);
    try {
      const content = fromForm(values);
      const saved = await unwrap(
        clinic.templates.update({ key: template.key, baseVersion: template.version, content }),
      );
      form.reset(values);
      await after(saved, 'settings.templateSaved');
    } catch (e) {
      fail(e);
    }
  });

  const run = async (action: 'restoreBuiltin' | 'copy') => {
    setFormError(null);
    try {
      const saved = await unwrap(clinic.templates[action]({ key: template.key }));
      await after(saved, action === 'copy' ? 'settings.templateCopied' : 'settings.templateRestored');
    } catch (e) {
      fail(e);
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
      {formError && (
        <p className="alert alert--error" role="alert">
          {t(formError, { defaultValue: formError })}
        </p>
      )}
      <form noValidate onSubmit={save}>
        <FormLeaveGuard form={form} />
        <fieldset>
          <legend>{t('settings.templateText')}</legend>
          <Field label={t('settings.templateTitle')} required wide error={errors.title?.message}>
            {(a) => <input {...a} {...register('title')} maxLength={200} />}
          </Field>
          <Field
            label={t('settings.templateIntro')}
            hint={t('settings.bodyHint')}
            wide
            error={errors.intro?.message}
          >
            {(a) => <textarea {...a} {...register('intro')} rows={5} />}
          </Field>
        </fieldset>
        {sections.fields.map((row, i) => (
          <fieldset key={row.id}>
            <legend>{t('settings.sectionN', { n: i + 1 })}</legend>
            <Field
              label={t('settings.sectionHeading', { n: i + 1 })}
              required
              wide
              error={errors.sections?.[i]?.heading?.message}
            >
              {(a) => <input {...a} {...register(`sections.${i}.heading`)} maxLength={200} />}
            </Field>
            <Field
              label={t('settings.sectionBody', { n: i + 1 })}
              required
              wide
              error={errors.sections?.[i]?.body?.message}
            >
              {(a) => <textarea {...a} {...register(`sections.${i}.body`)} rows={6} />}
            </Field>
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
            <Field
              label={t('settings.declarations')}
              hint={t('settings.declarationsHint')}
              wide
              error={errors.declarations?.message}
            >
              {(a) => <textarea {...a} {...register('declarations')} rows={8} />}
            </Field>
            <Field label={t('settings.photoConsent')} wide error={errors.photoConsent?.message}>
              {(a) => <textarea {...a} {...register('photoConsent')} rows={4} />}
            </Field>
          </fieldset>
        )}
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={formState.isSubmitting}>
            {t('settings.saveTemplate')}
          </button>
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
