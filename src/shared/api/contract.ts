import type { z } from 'zod';
import { auditContract } from '../audit/contract';
import { backupContract } from '../backup/contract';
import { catalogContract } from '../catalog/contract';
import { clinicalTextsContract } from '../clinical-texts/contract';
import { diaryContract } from '../diary/contract';
import { documentsContract, templatesContract } from '../documents/contract';
import { exportsContract } from '../exports/contract';
import { importsContract } from '../imports/contract';
import { intakeContract } from '../intake/contract';
import { patientsContract } from '../patients/contract';
import { photosContract } from '../photos/contract';
import { sampleContract } from '../sample/contract';
import { screeningContract } from '../screening/contract';
import { settingsContract } from '../settings/contract';
import { treatmentsContract } from '../treatments/contract';
import { vaultContract } from '../vault/contract';

export type { AppInfo } from '../vault/contract';

/**
 * The one API contract between the renderer and main: every name here is a channel. Each capability
 * owns its slice (src/shared/<capability>/contract.ts); this file only combines them.
 */
export const contract = {
  ...vaultContract,
  ...backupContract,
  ...patientsContract,
  ...intakeContract,
  ...screeningContract,
  ...settingsContract,
  ...auditContract,
  ...templatesContract,
  ...documentsContract,
  ...catalogContract,
  ...treatmentsContract,
  ...exportsContract,
  ...importsContract,
  ...diaryContract,
  ...photosContract,
  ...clinicalTextsContract,
  ...sampleContract,
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type InputOf<C extends Channel> = z.input<Contract[C]['input']>;
export type ParsedInputOf<C extends Channel> = z.output<Contract[C]['input']>;
export type OutputOf<C extends Channel> = Contract[C]['output'];
