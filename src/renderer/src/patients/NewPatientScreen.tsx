import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { clinic } from '../api/clinic';
import { PatientForm } from './PatientForm';
import { useInvalidatePatients } from './queries';

export function NewPatientScreen({ onNotice }: { onNotice: (message: string) => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const invalidate = useInvalidatePatients();
  const created = useRef<{ id: number; number: string } | null>(null);
  return (
    <PatientForm
      title={t('form.newTitle')}
      submitLabel={t('form.save')}
      onCancel={() => navigate(-1)}
      onSubmit={async (fields, allowDuplicate) => {
        const result = await clinic.patients.create({ fields, allowDuplicate });
        if (!result.ok) return result;
        created.current = result.value;
        return { ok: true };
      }}
      onSaved={async () => {
        const saved = created.current;
        if (!saved) return;
        await invalidate();
        onNotice(t('detail.created', { number: saved.number }));
        navigate(`/patients/${saved.id}`, { replace: true });
      }}
    />
  );
}
