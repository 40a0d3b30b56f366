import type { Migration } from '../types';
import { migration0001 } from './0001-patients';
import { migration0002 } from './0002-settings';
import { migration0003 } from './0003-audit';
import { migration0004 } from './0004-intake';
import { migration0005 } from './0005-documents';
import { migration0006 } from './0006-treatments';
import { migration0007 } from './0007-erasure';
import { migration0008 } from './0008-provenance-and-signed-pdfs';
import { migration0009 } from './0009-lot-quarantine';
import { migration0010 } from './0010-diary';
import { migration0011 } from './0011-photos';
import { migration0012 } from './0012-day-check';
import { migration0013 } from './0013-languages';
import { migration0014 } from './0014-archiving';
import { migration0015 } from './0015-recall-reminders';
import { migration0016 } from './0016-photo-import-and-archive';
import { migration0017 } from './0017-lighter-patient-search';
import { migration0018 } from './0018-photo-restore';
import { migration0019 } from './0019-patient-sort-key-by-id';
import { migration0020 } from './0020-search-blocks-fit-a-page';
import { migration0021 } from './0021-photo-files-to-remove';

/** Every migration ever shipped, in order. Never edit or remove one: add the next. */
export const MIGRATIONS: readonly Migration[] = [
  migration0001,
  migration0002,
  migration0003,
  migration0004,
  migration0005,
  migration0006,
  migration0007,
  migration0008,
  migration0009,
  migration0010,
  migration0011,
  migration0012,
  migration0013,
  migration0014,
  migration0015,
  migration0016,
  migration0017,
  migration0018,
  migration0019,
  migration0020,
  migration0021,
];

export const LATEST_SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 0;
