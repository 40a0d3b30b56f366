import type { intakeContract } from '../../shared/intake/contract';
import { NOT_AUDITED, type Routes } from '../route';

export const intakeRoutes: Routes<typeof intakeContract> = {
  'intakes.list': [(s, i) => s.intakes.list(i.patientId), NOT_AUDITED],
  'intakes.get': [(s, i) => s.intakes.get(i.id), (_i, intake) => ['open', 'intake', intake.id]],
  'intakes.start': [(s, i) => s.intakes.start(i.patientId), (_i, intake) => ['create', 'intake', intake.id]],
  'intakes.saveDraft': [
    (s, i) => s.intakes.saveDraft(i.id, i.version, i.answers),
    (_i, saved) => ['update', 'intake', saved.intake.id],
  ],
  'intakes.discard': [
    (s, i) => s.intakes.discard(i.id, i.version),
    (_i, intake) => ['archive', 'intake', intake.id],
  ],
  'intakes.sign': [(s, i) => s.intakes.sign(i), (_i, intake) => ['sign', 'intake', intake.id]],
  'intakes.verify': [(s, i) => s.intakes.verify(i.id), NOT_AUDITED],
};
