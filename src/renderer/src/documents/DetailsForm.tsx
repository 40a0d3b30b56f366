import { useEffect, useState } from 'react';
import { type FieldPath, useFieldArray } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { todayIso } from '../../../shared/dates';
import { AREA_GROUPS, AREAS, suggestAreaGroup } from '../../../shared/documents/areas';
import {
  type DocumentDetails,
  type DocumentDetailsInput,
  documentDetailsSchema,
} from '../../../shared/documents/schema';
import type { DocumentKind, TemplateSummary } from '../../../shared/documents/template-schema';
import { Field } from '../components/Field';
import { FormSection } from '../components/form/FormSection';
import { InputField } from '../components/form/fields';
import { FormLeaveGuard } from '../components/form/LeaveGuard';
import { useZodForm } from '../components/form/useZodForm';

type FormValues = {
  treatmentDate: string;
  areas: string[];
  products: { name: string; lot: string; expiry: string }[];
  plannedSessions: string;
  nextAppointment: string;
};

export interface DetailsChoice {
  templateId: number;
  details: DocumentDetails;
}

interface DetailsFormProps {
  kind: DocumentKind;
  templates: TemplateSummary[];
  initial?: DocumentDetailsInput;
  serverErrors?: Record<string, string>;
  busy: boolean;
  onSubmit: (choice: DetailsChoice) => void;
  onCancel: () => void;
}

/** The suggested template: the one for the area group most chosen areas belong to, else a generic one. */
function suggestTemplate(templates: TemplateSummary[], areas: string[]): TemplateSummary | undefined {
  const group = suggestAreaGroup(areas);
  return (
    templates.find((t) => t.builtin && t.areaGroup === group) ??
    templates.find((t) => t.builtin && t.areaGroup === null) ??
    templates[0]
  );
}

/**
 * Personalises a document: areas, products and dates typed here for a standalone document (a
 * treatment session will supply the same details), plus the template, suggested from the areas.
 */
export function DetailsForm({
  kind,
  templates,
  initial,
  serverErrors,
  busy,
  onSubmit,
  onCancel,
}: DetailsFormProps) {
  const { t } = useTranslation();
  const { form, field } = useZodForm(documentDetailsSchema, {
    treatmentDate: initial?.treatmentDate ?? todayIso(),
    areas: initial?.areas ?? [],
    products: (initial?.products ?? []).map((p) => ({
      name: p.name,
      lot: p.lot ?? '',
      expiry: p.expiry ?? '',
    })),
    plannedSessions: initial?.plannedSessions ?? '',
    nextAppointment: initial?.nextAppointment ?? '',
  } as FormValues);
  const { register, handleSubmit, watch, control, setError } = form;
  const products = useFieldArray({ control, name: 'products' });
  const areas = watch('areas');
  const suggested = suggestTemplate(templates, areas ?? []);
  const [chosen, setChosen] = useState<number | null>(null);
  const templateId = chosen ?? suggested?.id;

  useEffect(() => {
    for (const [name, message] of Object.entries(serverErrors ?? {})) {
      const field = name.replace(/^details\./, '') as FieldPath<FormValues>;
      setError(field, { type: 'server', message });
    }
  }, [serverErrors, setError]);

  const submit = handleSubmit((details) => {
    if (templateId !== undefined) onSubmit({ templateId, details });
  });

  return (
    <form className="document-form" noValidate onSubmit={submit}>
      <FormLeaveGuard form={form} />
      <FormSection legend={t('documents.treatmentLegend')}>
        <InputField
          label={t('documents.treatmentDate')}
          required
          field={field('treatmentDate')}
          type="date"
        />
        {kind === 'consent' ? (
          <InputField
            label={t('documents.plannedSessions')}
            hint={t('documents.plannedSessionsHint')}
            field={field('plannedSessions')}
            maxLength={200}
          />
        ) : (
          <InputField
            label={t('documents.nextAppointment')}
            hint={t('documents.nextAppointmentHint')}
            field={field('nextAppointment')}
            maxLength={200}
          />
        )}
      </FormSection>

      <fieldset>
        <legend>{t('documents.areasLegend')}</legend>
        <div className="area-groups">
          {AREA_GROUPS.map((group) => (
            <fieldset key={group} className="area-group">
              <legend>{t(`documents.areaGroups.${group}`)}</legend>
              {AREAS[group].map((area) => (
                <label key={area} className="checkbox">
                  <input type="checkbox" value={area} {...register('areas')} />
                  {area}
                </label>
              ))}
            </fieldset>
          ))}
        </div>
      </fieldset>

      <fieldset>
        <legend>{t('documents.productsLegend')}</legend>
        <p className="field__hint">{t('documents.productsHint')}</p>
        {products.fields.map((row, i) => (
          <div className="product-row" key={row.id}>
            <InputField
              label={t('documents.productName', { n: i + 1 })}
              required
              field={field(`products.${i}.name`)}
              maxLength={200}
            />
            <InputField
              label={t('documents.productLot', { n: i + 1 })}
              field={field(`products.${i}.lot`)}
              maxLength={60}
            />
            <InputField
              label={t('documents.productExpiry', { n: i + 1 })}
              field={field(`products.${i}.expiry`)}
              type="date"
            />
            <button type="button" className="button button--small" onClick={() => products.remove(i)}>
              {t('documents.removeProduct', { n: i + 1 })}
            </button>
          </div>
        ))}
        <button
          type="button"
          className="button button--small"
          onClick={() => products.append({ name: '', lot: '', expiry: '' })}
          disabled={products.fields.length >= 20}
        >
          {t('documents.addProduct')}
        </button>
      </fieldset>

      <fieldset>
        <legend>{t('documents.templateLegend')}</legend>
        <Field
          label={t('documents.template')}
          hint={suggested ? t('documents.suggested', { title: suggested.title }) : undefined}
        >
          {(a) => (
            <select {...a} value={templateId ?? ''} onChange={(e) => setChosen(Number(e.target.value))}>
              {templates.map((tpl) => (
                <option key={tpl.id} value={tpl.id}>
                  {tpl.title} · {t('documents.versionShort', { version: tpl.version })}
                </option>
              ))}
            </select>
          )}
        </Field>
      </fieldset>

      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={busy || templateId === undefined}>
          {kind === 'consent' ? t('documents.continueToRead') : t('documents.continueToCheck')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('form.cancel')}
        </button>
      </div>
    </form>
  );
}
