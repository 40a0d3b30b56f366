import { call, empty } from '../api/call';
import * as s from './schema';

/** Backups are served by the vault too: they need its keys and close and reopen the database. */
export const backupContract = {
  'backups.list': call(empty).returns<s.BackupList>(),
  'backups.create': call(s.backupCreateSchema).returns<s.BackupInfo>(),
  /** Writes, reads back and removes a small file: the folder can hold backups. */
  'backups.testFolder': call(s.backupFolderSchema).returns<s.FolderTest>(),
  /** How far the backup being taken has got (answered at once, also while one runs). */
  'backups.progress': call(empty).returns<s.BackupProgress>(),
  'backups.preview': call(s.backupFileSchema).returns<s.BackupInfo>(),
  'backups.restore': call(s.backupFileSchema).returns<s.BackupInfo>(),
} as const;
