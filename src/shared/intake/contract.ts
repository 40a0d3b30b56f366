import { call } from '../api/call';
import {
  type Intake,
  type IntakeSaved,
  type IntakeSummary,
  type IntakeVerification,
  intakeIdSchema,
  intakePatientSchema,
  intakeSaveSchema,
  intakeSignSchema,
} from './schema';

export const intakeContract = {
  'intakes.list': call<typeof intakePatientSchema, IntakeSummary[]>(intakePatientSchema),
  'intakes.get': call<typeof intakeIdSchema, Intake>(intakeIdSchema),
  'intakes.start': call<typeof intakePatientSchema, Intake>(intakePatientSchema),
  'intakes.saveDraft': call<typeof intakeSaveSchema, IntakeSaved>(intakeSaveSchema),
  'intakes.sign': call<typeof intakeSignSchema, Intake>(intakeSignSchema),
  'intakes.verify': call<typeof intakeIdSchema, IntakeVerification>(intakeIdSchema),
} as const;
