import { call } from '../api/call';
import * as s from './schema';

export const intakeContract = {
  'intakes.list': call(s.intakePatientSchema).returns<s.IntakeSummary[]>(),
  'intakes.get': call(s.intakeIdSchema).returns<s.Intake>(),
  'intakes.start': call(s.intakePatientSchema).returns<s.Intake>(),
  'intakes.saveDraft': call(s.intakeSaveSchema).returns<s.IntakeSaved>(),
  'intakes.discard': call(s.intakeDiscardSchema).returns<s.IntakeSummary>(),
  'intakes.sign': call(s.intakeSignSchema).returns<s.Intake>(),
  'intakes.verify': call(s.intakeIdSchema).returns<s.IntakeVerification>(),
} as const;
