import type { Channel } from './contract';

/**
 * The channel names, kept free of zod so the sandboxed preload bundle stays tiny.
 * A unit test checks this list equals the contract's keys.
 */
export const CHANNELS = [
  'app.info',
  'session.status',
  'session.setup',
  'session.unlock',
  'session.lock',
  'session.changePassphrase',
  'session.recover',
  'patients.search',
  'patients.get',
  'patients.create',
  'patients.update',
  'patients.archive',
  'patients.restore',
  'patients.history',
  'intakes.list',
  'intakes.get',
  'intakes.start',
  'intakes.saveDraft',
  'intakes.sign',
  'intakes.verify',
  'screening.forPatient',
  'screening.decide',
  'settings.get',
  'settings.update',
  'audit.list',
  'audit.verify',
  'settings.logo',
  'settings.setLogo',
  'templates.list',
  'templates.get',
  'templates.versions',
  'templates.update',
  'templates.restoreBuiltin',
  'templates.copy',
  'documents.list',
  'documents.get',
  'documents.preview',
  'documents.signConsent',
  'documents.giveAftercare',
  'documents.withdraw',
  'documents.pdf',
  'documents.print',
  'documents.save',
] as const satisfies readonly Channel[];

/** The single IPC channel that carries every call. */
export const IPC_CHANNEL = 'clinic:invoke';
