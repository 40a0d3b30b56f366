import type { ReactNode } from 'react';
import { Navigate, useParams } from 'react-router';
import type { Intake } from '../../../shared/intake/schema';
import type { Patient } from '../../../shared/patients/schema';
import { QueryState } from '../components/QueryState';
import { usePatient } from '../patients/queries';
import { useIntake } from './queries';

/**
 * The patient and intake named in the address, loaded. A draft belongs in the editor and a signed
 * intake in the viewer: asked for on the other page, it is sent to its own.
 */
export function IntakeRoute({
  page,
  children,
}: {
  page: 'view' | 'edit';
  children: (patient: Patient, intake: Intake) => ReactNode;
}) {
  const params = useParams();
  const patientId = Number(params.id);
  const intakeId = Number(params.intakeId);
  const patient = usePatient(patientId);
  const intake = useIntake(intakeId);
  if (!patient.data) return <QueryState query={patient} />;
  if (!intake.data) return <QueryState query={intake} />;
  const viewPath = `/patients/${patientId}/intakes/${intakeId}`;
  if (page === 'view' && intake.data.status === 'draft') return <Navigate to={`${viewPath}/edit`} replace />;
  if (page === 'edit' && intake.data.status === 'signed') return <Navigate to={viewPath} replace />;
  return children(patient.data, intake.data);
}
