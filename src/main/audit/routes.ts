import type { auditContract } from '../../shared/audit/contract';
import { NOT_AUDITED, type Routes } from '../route';
import { findAnchors } from './anchor-files';

export const auditRoutes: Routes<typeof auditContract> = {
  'audit.list': [(s, i) => s.audit.list(i, i.offset, i.limit), NOT_AUDITED],
  'audit.verify': [
    (s, i, ctx) => s.audit.verify(ctx.dataDir ? findAnchors(ctx.dataDir) : [], i.anchor ?? null),
    NOT_AUDITED,
  ],
  'audit.anchor': [(s) => s.audit.anchor(), NOT_AUDITED],
};
