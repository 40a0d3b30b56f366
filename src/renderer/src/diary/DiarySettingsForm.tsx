import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  DEFAULT_RECALL_TEMPLATE,
  DEFAULT_REMINDER_TEMPLATE,
  MERGE_FIELDS,
  RECALL_MERGE_FIELDS,
} from '../../../shared/diary/reminders';
import type { Settings } from '../../../shared/settings/schema';
import { ApiFailure, clinic, unwrap } from '../api/clinic';
import { Field } from '../components/Field';
import { FormAlert } from '../components/FormAlert';
import { FormActions } from '../components/form/FormActions';
import { settingsKeys } from '../settings/queries';
import { settingErrorAt, TimeZoneField, WorkingHoursTable } from './WorkingHoursTable';

/** The diary's settings: the clinic's time zone, working hours with their breaks, days off, the reminder texts. */
export function DiarySettingsForm({
  settings,
  onNotice,
}: {
  settings: Settings;
  onNotice: (m: string) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const client = useQueryClient();
  const [zone, setZone] = useState(settings.clinicTimeZone);
  const [week, setWeek] = useState(settings.workingWeek);
  const [daysOff, setDaysOff] = useState(settings.daysOff.join('\n'));
  const [template, setTemplate] = useState(settings.reminderTemplate);
  const [recallTemplate, setRecallTemplate] = useState(settings.recallReminderTemplate);
  const [ahead, setAhead] = useState(String(settings.reminderDaysAhead));
  const save = useMutation({
    mutationFn: () =>
      unwrap(
        clinic.settings.update({
          patch: {
            clinicTimeZone: zone.trim(),
            workingWeek: week,
            daysOff: daysOff
              .split(/[\s,]+/)
              .map((d) => d.trim())
              .filter(Boolean),
            reminderTemplate: template.trim() ? template : '',
            recallReminderTemplate: recallTemplate.trim() ? recallTemplate : '',
            reminderDaysAhead: Number(ahead),
          },
        }),
      ),
    onSuccess: (saved) => {
      client.setQueryData(settingsKeys.all, saved);
      void client.invalidateQueries({ queryKey: ['diary'] });
      onNotice(t('settings.saved'));
    },
  });
  const fields = save.error instanceof ApiFailure ? (save.error.error.fields ?? {}) : {};
  const at = (prefix: string) => settingErrorAt(fields, prefix);
  const alert =
    save.error instanceof ApiFailure && !Object.keys(fields).length ? save.error.error.message : null;
  return (
    <form
      className="card"
      aria-labelledby={`${id}-title`}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate();
      }}
    >
      <h2 id={`${id}-title`}>{t('diary.settings.title')}</h2>
      <div className="diary-grid">
        <TimeZoneField value={zone} onChange={setZone} error={at('clinicTimeZone')} />
        <Field label={t('diary.settings.remindAhead')} error={at('reminderDaysAhead')}>
          {(a) => (
            <input
              {...a}
              type="number"
              min={1}
              max={14}
              value={ahead}
              onChange={(e) => setAhead(e.target.value)}
            />
          )}
        </Field>
      </div>
      <WorkingHoursTable
        week={week}
        onChange={setWeek}
        errorAt={(i, path) => at(path ? `workingWeek.${i}.${path}` : `workingWeek.${i}`)}
      />
      <Field label={t('diary.settings.daysOff')} hint={t('diary.settings.daysOffHint')} error={at('daysOff')}>
        {(a) => <textarea {...a} rows={3} value={daysOff} onChange={(e) => setDaysOff(e.target.value)} />}
      </Field>
      <ReminderTemplateField
        label={t('diary.settings.template')}
        hint={(fields) => t('diary.settings.templateHint', { fields })}
        mergeFields={MERGE_FIELDS}
        rows={9}
        value={template}
        defaultText={DEFAULT_REMINDER_TEMPLATE}
        onChange={setTemplate}
        error={at('reminderTemplate')}
      />
      <ReminderTemplateField
        label={t('diary.settings.recallTemplate')}
        hint={(fields) => t('diary.settings.recallTemplateHint', { fields })}
        mergeFields={RECALL_MERGE_FIELDS}
        rows={6}
        value={recallTemplate}
        defaultText={DEFAULT_RECALL_TEMPLATE}
        onChange={setRecallTemplate}
        error={at('recallReminderTemplate')}
      />
      <FormAlert message={alert} />
      <FormActions submitLabel={t('diary.settings.save')} pending={save.isPending} />
    </form>
  );
}

/** A reminder text the clinic writes: its merge fields named in the hint, the default shown while empty. */
function ReminderTemplateField(props: {
  label: string;
  /** The hint, given the merge fields as "{{a}}, {{b}}". */
  hint: (fields: string) => string;
  mergeFields: readonly string[];
  rows: number;
  value: string;
  defaultText: string;
  onChange: (value: string) => void;
  error?: string;
}) {
  return (
    <Field
      label={props.label}
      hint={props.hint(props.mergeFields.map((f) => `{{${f}}}`).join(', '))}
      error={props.error}
    >
      {(a) => (
        <textarea
          {...a}
          rows={props.rows}
          translate="no"
          value={props.value}
          placeholder={props.defaultText}
          onChange={(e) => props.onChange(e.target.value)}
        />
      )}
    </Field>
  );
}
