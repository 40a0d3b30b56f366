import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { clinic, unwrap } from '../api/clinic';

export const intakeKeys = {
  all: ['intakes'] as const,
  list: (patientId: number) => ['intakes', 'list', patientId] as const,
  one: (id: number) => ['intakes', 'one', id] as const,
  verify: (id: number) => ['intakes', 'verify', id] as const,
  screening: (patientId: number) => ['intakes', 'screening', patientId] as const,
};

export function useIntakes(patientId: number) {
  return useQuery({
    queryKey: intakeKeys.list(patientId),
    queryFn: () => unwrap(clinic.intakes.list({ patientId })),
  });
}

export function useIntake(id: number) {
  return useQuery({ queryKey: intakeKeys.one(id), queryFn: () => unwrap(clinic.intakes.get({ id })) });
}

export function useIntakeVerification(id: number, enabled: boolean) {
  return useQuery({
    queryKey: intakeKeys.verify(id),
    queryFn: () => unwrap(clinic.intakes.verify({ id })),
    enabled,
  });
}

export function useScreening(patientId: number) {
  return useQuery({
    queryKey: intakeKeys.screening(patientId),
    queryFn: () => unwrap(clinic.screening.forPatient({ patientId })),
  });
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
