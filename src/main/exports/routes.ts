import type { exportsContract } from '../../shared/exports/contract';
import { AppError } from '../errors';
import { NOT_AUDITED, type Routes } from '../route';

export const exportRoutes: Routes<typeof exportsContract> = {
  'files.chooseFolder': {
    handle: async (_s, i, ctx) => {
      if (!ctx.folderActions) throw new AppError('FORBIDDEN', 'errors.desktopOnly');
      const title =
        i.purpose === 'backup' ? 'Choose where to save the backup' : 'Choose where to save the export';
      return { path: await ctx.folderActions.chooseFolder(title) };
    },
    audit: NOT_AUDITED,
  },
  'exports.patient': {
    handle: (s, i) => s.exports.exportPatient(i.patientId, i.folder),
    audit: (_i, result) => ['export', 'patient', result.subject],
  },
  'exports.clinicStart': {
    handle: (s, i) => s.exports.startClinicExport(i.folder),
    audit: (_i, job) => ['export', 'clinic', job.id],
  },
  'exports.clinicStatus': {
    handle: (s, i) => s.exports.status(i.jobId),
    audit: NOT_AUDITED,
  },
  'exports.clinicCancel': {
    handle: (s, i) => s.exports.cancel(i.jobId),
    audit: (_i, job) => ['update', 'clinic-export', job.id],
  },
};
