import { afterEach, beforeEach, expect, it } from 'vitest';
import { createAuditLog } from '../../src/main/audit/repository';
import { summarize, UNCHANGING_ACTIONS } from '../../src/main/backup/inspect';
import { AUDIT_ACTIONS, type AuditAction } from '../../src/shared/audit/schema';
import { createTestDb, type TestDb } from '../fixtures/test-db';

/*
 * A backup's "last change to its records" is the newest audit entry of an action that changes a
 * record: reads, copies, the vault's own events and the cancelling of an export do not count.
 */

let t: TestDb;
let clock: number;
beforeEach(() => {
  t = createTestDb();
  clock = Date.parse('2026-06-01T08:00:00Z');
});
afterEach(() => t.close());

function log(action: AuditAction, entity = 'patient') {
  createAuditLog(
    t.db,
    () => new Date(clock),
    () => 'tester',
  ).append(action, entity, '1');
  clock += 60_000;
}

const newest = () => summarize(t.db).newestRecordAt;

it('has none while the trail records no change', () => {
  expect(newest()).toBeNull();
  for (const action of ['open', 'print', 'export', 'backup', 'unlock', 'lock', 'recover'] as const)
    log(action);
  log('update', 'clinic-export');
  expect(newest()).toBeNull();
});

it('takes the newest change, whatever reads, copies and vault events follow it', () => {
  log('create');
  log('update');
  expect(newest()).toBe('2026-06-01T08:01:00.000Z');
  for (const action of ['open', 'export', 'print', 'backup', 'restore-backup', 'lock', 'unlock'] as const) {
    log(action);
  }
  log('passphrase-change', 'session');
  log('update', 'clinic-export');
  expect(newest()).toBe('2026-06-01T08:01:00.000Z');
});

it('counts every other action, a new one included', () => {
  const unchanging = new Set<AuditAction>(UNCHANGING_ACTIONS);
  for (const action of AUDIT_ACTIONS.filter((a) => !unchanging.has(a))) {
    const at = new Date(clock).toISOString();
    log(action);
    expect(newest(), action).toBe(at);
  }
});
