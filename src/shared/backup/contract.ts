import { call, empty } from '../api/call';
import {
  type BackupInfo,
  type BackupList,
  type BackupProgress,
  backupCreateSchema,
  backupFileSchema,
} from './schema';

/** Backups are served by the vault too: they need its keys and close and reopen the database. */
export const backupContract = {
  'backups.list': call<typeof empty, BackupList>(empty),
  'backups.create': call<typeof backupCreateSchema, BackupInfo>(backupCreateSchema),
  /** How far the backup being taken has got (answered at once, also while one runs). */
  'backups.progress': call<typeof empty, BackupProgress>(empty),
  'backups.preview': call<typeof backupFileSchema, BackupInfo>(backupFileSchema),
  'backups.restore': call<typeof backupFileSchema, BackupInfo>(backupFileSchema),
} as const;
