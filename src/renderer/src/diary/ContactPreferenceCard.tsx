import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReminderChannel } from '../../../shared/diary/schema';
import { ApiFailure, clinic, unwrap } from '../api/clinic';
import { Card } from '../components/Card';
import { FormAlert } from '../components/FormAlert';
import { Checkbox } from '../components/form/Checkbox';
import { formatDateTime } from '../format';
import { ChannelSelect } from './ChannelSelect';

/** How the patient wants to be reminded, and whether they agreed to be contacted at all. */
export function ContactPreferenceCard({ patientId, archived }: { patientId: number; archived: boolean }) {
  const { t } = useTranslation();
  const id = useId();
  const client = useQueryClient();
  const key = ['diary', 'contact', patientId];
  const pref = useQuery({
    queryKey: key,
    queryFn: () => unwrap(clinic.contactPreferences.get({ patientId })),
  });
  const [edit, setEdit] = useState<{ channel: ReminderChannel; consent: boolean } | null>(null);
  const save = useMutation({
    mutationFn: (fields: { channel: ReminderChannel; consent: boolean }) =>
      unwrap(clinic.contactPreferences.set({ patientId, fields })),
    onSuccess: (saved) => {
      client.setQueryData(key, saved);
      void client.invalidateQueries({ queryKey: ['diary'] });
      setEdit(null);
    },
  });
  if (!pref.data) return null;
  const current = edit ?? { channel: pref.data.channel, consent: pref.data.consent };
  return (
    <Card id={`${id}-title`} title={t('diary.contact.title')}>
      <p className="muted small">
        {pref.data.consent && pref.data.consentRecordedAt
          ? t('diary.contact.agreed', {
              channel: t(`diary.channels.${pref.data.channel}`),
              when: formatDateTime(pref.data.consentRecordedAt),
            })
          : t('diary.contact.notAgreed')}
      </p>
      <form
        className="button-row"
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate(current);
        }}
      >
        <ChannelSelect
          label={t('diary.contact.channel')}
          value={current.channel}
          disabled={archived}
          onChange={(channel) => setEdit({ ...current, channel })}
        />
        <Checkbox
          className=""
          label={t('diary.contact.consent')}
          checked={current.consent}
          disabled={archived}
          onChange={(consent) => setEdit({ ...current, consent })}
        />
        <button type="submit" className="button button--small" disabled={archived || !edit || save.isPending}>
          {t('diary.contact.save')}
        </button>
      </form>
      <FormAlert message={save.error instanceof ApiFailure ? save.error.error.message : null} />
    </Card>
  );
}
