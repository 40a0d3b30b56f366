import type { intakeContract } from '../../shared/intake/contract';
import { NOT_AUDITED, type Routes } from '../route';

export const intakeRoutes: Routes<typeof intakeContract> = {
  'intakes.list': {
    handle: (s, i) => s.intakes.list(i.patientId),
    audit: NOT_AUDITED,
  },
  'intakes.get': {
    handle: (s, i) => s.intakes.get(i.id),
    audit: (_i, intake) => ['open', 'intake', intake.id],
  },
  'intakes.start': {
    handle: (s, i) => s.intakes.start(i.patientId),
    audit: (_i, intake) => ['create', 'intake', intake.id],
  },
  'intakes.saveDraft': {
    handle: (s, i) => s.intakes.saveDraft(i.id, i.version, i.answers),
    audit: (_i, saved) => ['update', 'intake', saved.intake.id],
  },
  'intakes.sign': {
    handle: (s, i) => s.intakes.sign(i),
    audit: (_i, intake) => ['sign', 'intake', intake.id],
  },
  'intakes.verify': {
    handle: (s, i) => s.intakes.verify(i.id),
    audit: NOT_AUDITED,
  },
};
