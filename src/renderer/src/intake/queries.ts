import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import type { PlannedTreatment } from '../../../shared/screening/types';
import { apiQuery, clinic, unwrap } from '../api/clinic';

export const intakeKeys = {
  all: ['intakes'] as const,
  list: (patientId: number) => ['intakes', 'list', patientId] as const,
  one: (id: number) => ['intakes', 'one', id] as const,
  verify: (id: number) => ['intakes', 'verify', id] as const,
  screening: (patientId: number) => ['intakes', 'screening', patientId] as const,
};

export function useIntakes(patientId: number) {
  return useQuery(apiQuery(intakeKeys.list(patientId), () => clinic.intakes.list({ patientId })));
}

export function useIntake(id: number) {
  return useQuery(apiQuery(intakeKeys.one(id), () => clinic.intakes.get({ id })));
}

export function useIntakeVerification(id: number, enabled: boolean) {
  return useQuery({
    ...apiQuery(intakeKeys.verify(id), () => clinic.intakes.verify({ id })),
    enabled,
  });
}

/** The patient's screening; with a plan (a session's areas and ingredients), its flags too. */
export function useScreening(patientId: number, planned?: PlannedTreatment) {
  return useQuery(
    apiQuery(planned ? [...intakeKeys.screening(patientId), planned] : intakeKeys.screening(patientId), () =>
      clinic.screening.forPatient({ patientId, planned }),
    ),
  );
}

/** After any intake or decision write: refresh lists, records and the header's screening. */
export function useInvalidateIntakes() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: intakeKeys.all });
}

/** Starts (or resumes) the patient's draft intake and opens it. */
export function useStartIntake(patientId: number) {
  const navigate = useNavigate();
  const invalidate = useInvalidateIntakes();
  return useMutation({
    mutationFn: () => unwrap(clinic.intakes.start({ patientId })),
    onSuccess: async (intake) => {
      await invalidate();
      navigate(`/patients/${patientId}/intakes/${intake.id}/edit`);
    },
  });
}
