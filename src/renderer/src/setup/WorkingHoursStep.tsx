import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../shared/settings/schema';
import { ApiFailure, clinic, unwrap } from '../api/clinic';
import { settingErrorAt, TimeZoneField, WorkingHoursTable } from '../diary/WorkingHoursTable';
import { settingsKeys } from '../settings/queries';
import { StepForm, settingsStep } from './StepForm';
import type { StepProps } from './steps';

/**
 * The working-hours step: the clinic's time zone and its hours and breaks per weekday, which the diary
 * proposes times in and warns about. Saved with its zone, the step counts as done.
 */
export const WorkingHoursStep = settingsStep(HoursForm);

function HoursForm({ onDone, onNotice, settings }: StepProps & { settings: Settings }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [zone, setZone] = useState(
    settings.clinicTimeZone || Intl.DateTimeFormat().resolvedOptions().timeZone,
  );
  const [week, setWeek] = useState(settings.workingWeek);
  const save = useMutation({
    mutationFn: () =>
      unwrap(clinic.settings.update({ patch: { clinicTimeZone: zone.trim(), workingWeek: week } })),
    onSuccess: (saved) => {
      client.setQueryData(settingsKeys.all, saved);
      void client.invalidateQueries({ queryKey: ['diary'] });
      onNotice(t('setup.steps.workingHours.saved'));
      onDone();
    },
  });
  const fields = save.error instanceof ApiFailure ? (save.error.error.fields ?? {}) : {};
  const alert =
    save.error instanceof ApiFailure && !Object.keys(fields).length ? save.error.error.message : null;
  return (
    <StepForm
      step="workingHours"
      onSubmit={() => save.mutate()}
      alert={alert}
      submitLabel={t('setup.saveAndContinue')}
      pending={save.isPending}
      onSkip={onDone}
    >
      <TimeZoneField value={zone} onChange={setZone} error={settingErrorAt(fields, 'clinicTimeZone')} />
      <WorkingHoursTable
        week={week}
        onChange={setWeek}
        errorAt={(i, path) => settingErrorAt(fields, path ? `workingWeek.${i}.${path}` : `workingWeek.${i}`)}
      />
    </StepForm>
  );
}
