import { call, empty } from '../api/call';
import {
  type BackupInfo,
  type BackupList,
  backupCreateSchema,
  backupFileSchema,
  backupFolderSchema,
  type FolderTest,
} from './schema';

/** Backups are served by the vault too: they need its keys and close and reopen the database. */
export const backupContract = {
  'backups.list': call<typeof empty, BackupList>(empty),
  'backups.create': call<typeof backupCreateSchema, BackupInfo>(backupCreateSchema),
  /** Writes, reads back and removes a small file: the folder can hold backups. */
  'backups.testFolder': call<typeof backupFolderSchema, FolderTest>(backupFolderSchema),
  'backups.preview': call<typeof backupFileSchema, BackupInfo>(backupFileSchema),
  'backups.restore': call<typeof backupFileSchema, BackupInfo>(backupFileSchema),
} as const;
