import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { displayName } from '../../../shared/patients/schema';
import { clinic } from '../api/clinic';
import { QueryState } from '../components/QueryState';
import { PatientForm, toFormValues } from './PatientForm';
import { useInvalidatePatients, usePatient } from './queries';

export function EditPatientScreen({ onNotice }: { onNotice: (message: string) => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const id = Number(useParams().id);
  const patient = usePatient(id);
  const invalidate = useInvalidatePatients();
  if (!patient.data) return <QueryState query={patient} />;
  const current = patient.data;
  return (
    <PatientForm
      key={`${current.id}-${current.version}`}
      title={t('form.editTitle', { name: displayName(current) })}
      submitLabel={t('form.saveChanges')}
      initial={toFormValues(current)}
      onCancel={() => navigate(`/patients/${id}`)}
      onSubmit={async (fields) => {
        const result = await clinic.patients.update({ id, version: current.version, fields });
        return result.ok ? { ok: true } : result;
      }}
      onSaved={async () => {
        await invalidate();
        onNotice(t('detail.saved'));
        navigate(`/patients/${id}`, { replace: true });
      }}
    />
  );
}
