import { call } from '../api/call';
import { idInput, patientInput } from '../kernel/record-inputs';
import * as s from './schema';

export const intakeContract = {
  'intakes.list': call(patientInput).returns<s.IntakeSummary[]>(),
  'intakes.get': call(idInput).returns<s.Intake>(),
  'intakes.start': call(patientInput).returns<s.Intake>(),
  'intakes.saveDraft': call(s.intakeSaveSchema).returns<s.IntakeSaved>(),
  'intakes.discard': call(s.intakeDiscardSchema).returns<s.IntakeSummary>(),
  'intakes.sign': call(s.intakeSignSchema).returns<s.Intake>(),
  'intakes.verify': call(idInput).returns<s.IntakeVerification>(),
} as const;
