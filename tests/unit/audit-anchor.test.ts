import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { entryHash, GENESIS_HASH } from '../../src/main/audit/chain';
import type { Db } from '../../src/main/db/types';
import type { ClinicVault } from '../../src/main/vault/vault';
import { type AuditAnchor, anchorCode, parseAnchorCode } from '../../src/shared/audit/anchor';
import type { AuditVerification } from '../../src/shared/audit/schema';
import type { BackupInfo } from '../../src/shared/backup/schema';
import type { ExportJob, ExportResult } from '../../src/shared/exports/schema';
import type { Patient } from '../../src/shared/patients/schema';
import type { Result } from '../../src/shared/result';
import { apiPerTest } from '../fixtures/db';
import { patientFields } from '../fixtures/patients';
import { testVault } from '../fixtures/vault';

const PASS = 'seven silver otters at dawn';

const value = <T>(r: Result<unknown>): T => {
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value as T;
};

interface Row {
  id: number;
  at: string;
  actor: string;
  action: string;
  entity: string;
  entity_id: string | null;
}

/**
 * What someone with the passphrase can do: lift the append-only guard, change the trail with `sql`,
 * then renumber every entry and recompute every hash, so the chain alone looks intact.
 */
function rewriteTrail(db: Db, sql: string): void {
  db.exec('DROP TRIGGER IF EXISTS audit_log_append_only_update');
  db.exec('DROP TRIGGER IF EXISTS audit_log_append_only_delete');
  db.transaction(() => {
    db.exec(sql);
    const rows = db
      .prepare('SELECT id, at, actor, action, entity, entity_id FROM audit_log ORDER BY id')
      .all() as Row[];
    db.exec('DELETE FROM audit_log');
    const insert = db.prepare(
      'INSERT INTO audit_log (id, at, actor, action, entity, entity_id, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    );
    let prev = GENESIS_HASH;
    rows.forEach((r, i) => {
      const entry = { ...r, id: i + 1, entityId: r.entity_id };
      const hash = entryHash(prev, entry);
      insert.run(entry.id, r.at, r.actor, r.action, r.entity, r.entity_id, prev, hash);
      prev = hash;
    });
    db.prepare("UPDATE sqlite_sequence SET seq = ? WHERE name = 'audit_log'").run(rows.length);
  })();
}

describe('anchor codes', () => {
  const anchor = { count: 1234, headHash: `3f9a0c1e5b7d2a48${'c'.repeat(48)}` };

  it('writes a short code a person can copy, and the whole value', () => {
    expect(anchorCode(anchor)).toBe('1234:3f9a-0c1e-5b7d-2a48');
    expect(anchorCode(anchor, true)).toBe(`1234:3f9a-0c1e-5b7d-2a48-${'cccc-'.repeat(11)}cccc`);
  });

  it('reads a code back, forgiving case, spaces and dashes, and refuses what is not one', () => {
    const short = { count: 1234, hashPrefix: '3f9a0c1e5b7d2a48' };
    expect(parseAnchorCode('1234:3f9a-0c1e-5b7d-2a48')).toEqual(short);
    expect(parseAnchorCode(' 1234 3F9A 0C1E 5B7D 2A48 ')).toEqual(short);
    expect(parseAnchorCode('1234-3f9a0c1e5b7d2a48')).toEqual(short);
    expect(parseAnchorCode(anchorCode(anchor, true))).toEqual({ count: 1234, hashPrefix: anchor.headHash });
    for (const bad of [
      '',
      '1234',
      '1234:3f9a',
      'abc:3f9a0c1e5b7d2a48',
      '12:3f9a0c1e5b7d2a4g',
      `1:${'a'.repeat(65)}`,
    ]) {
      expect(parseAnchorCode(bad)).toBeNull();
    }
  });
});

describe('anchors in backups, restores and the data folder', () => {
  let dir: string;
  let clock: number;
  let session: ClinicVault;

  beforeEach(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mesodesk-anchor-'));
    clock = Date.parse('2026-06-01T08:00:00Z');
    session = testVault(dir, () => new Date(clock));
    await call('vault.setup', { passphrase: PASS, confirmation: PASS });
  });
  afterEach(() => {
    session.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const call = async <T>(channel: string, input: unknown = {}): Promise<T> =>
    value<T>(await session.dispatch(channel, input));
  const db = () => session.database() as Db;
  const entries = () => db().prepare('SELECT count(*) FROM audit_log').pluck().get() as number;
  const verify = (input = {}) => call<AuditVerification>('audit.verify', input);
  async function activity(n: number) {
    for (let i = 0; i < n; i++) {
      clock += 60_000;
      await call('patients.create', {
        fields: patientFields({ lastName: `Person${i}` }),
        allowDuplicate: true,
      });
    }
  }

  it('writes the chain count and head hash into each backup sidecar, matching the trail inside the copy', async () => {
    await activity(3);
    const info = await call<BackupInfo>('backups.create');
    const head = db().prepare('SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1').pluck().get();
    expect(info.auditAnchor).toEqual({ count: entries(), headHash: head, at: '2026-06-01T08:03:00.000Z' });
    // The copy carries its own backup entry: the anchor describes exactly the copied trail.
    expect(info.contents?.counts.audit_log).toBe(info.auditAnchor?.count);
    const sidecar = JSON.parse(fs.readFileSync(`${info.file}.json`, 'utf8')) as BackupInfo;
    expect(sidecar.auditAnchor).toEqual(info.auditAnchor);
  });

  it('says ok, and which backup it compared with, when nothing changed since the backup', async () => {
    await activity(2);
    const info = await call<BackupInfo>('backups.create');
    await activity(2);
    // The backup taken at setup is compared too.
    expect(await verify()).toMatchObject({
      ok: true,
      status: 'ok',
      anchorsCompared: 2,
      found: { source: 'backup', origin: info.name, count: info.auditAnchor?.count, status: 'ok' },
      typed: null,
    });
  });

  it('reports a trail rewritten since the backup: an entry removed in the middle and every hash re-chained', async () => {
    await activity(4);
    const info = await call<BackupInfo>('backups.create');
    await activity(1);
    rewriteTrail(db(), 'DELETE FROM audit_log WHERE id = 3');
    const result = await verify();
    // The chain alone is consistent again: only the anchor outside the database shows the change.
    expect(result).toMatchObject({ ok: false, status: 'rewritten', brokenAt: null });
    expect(result.found).toMatchObject({
      source: 'backup',
      count: info.auditAnchor?.count,
      status: 'rewritten',
    });
  });

  it('reports the newest entries cut off since the backup, even with the chain intact', async () => {
    await activity(4);
    const info = await call<BackupInfo>('backups.create');
    const count = info.auditAnchor?.count as number;
    db().exec('DROP TRIGGER audit_log_append_only_delete');
    db()
      .prepare('DELETE FROM audit_log WHERE id > ?')
      .run(count - 2);
    const result = await verify();
    expect(result).toMatchObject({ ok: false, status: 'truncated', brokenAt: null, checked: count - 2 });
    expect(result.found).toMatchObject({ count, status: 'truncated', entriesNow: count - 2 });
  });

  it('reports a trail cut and refilled to the same length as rewritten: the head at the anchored count differs', async () => {
    await activity(3);
    const info = await call<BackupInfo>('backups.create');
    // Both backup entries go (the setup's and this one): three new entries refill past the anchor.
    rewriteTrail(db(), "DELETE FROM audit_log WHERE action = 'backup'");
    await activity(3);
    expect(entries()).toBeGreaterThan(info.auditAnchor?.count as number);
    expect(await verify()).toMatchObject({ status: 'rewritten', found: { status: 'rewritten' } });
  });

  it('compares every backup anchor and names the oldest one that disagrees', async () => {
    await activity(2);
    const first = await call<BackupInfo>('backups.create');
    clock += 60_000;
    await activity(2);
    const second = await call<BackupInfo>('backups.create');
    // A forger who rewrites entry 3 (after the setup's backup) and fixes the newest sidecar still
    // contradicts the older one.
    rewriteTrail(db(), "UPDATE audit_log SET entity_id = 'P-999999' WHERE id = 3");
    const head = db().prepare('SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1').pluck().get();
    const sidecar = JSON.parse(fs.readFileSync(`${second.file}.json`, 'utf8')) as BackupInfo;
    const fixed = { ...sidecar, auditAnchor: { ...sidecar.auditAnchor, headHash: head, count: entries() } };
    fs.writeFileSync(`${second.file}.json`, JSON.stringify(fixed));
    const result = await verify();
    expect(result).toMatchObject({ status: 'rewritten', anchorsCompared: 3 });
    expect(result.found).toMatchObject({ origin: first.name, status: 'rewritten' });
  });

  it('after restoring an older backup, anchors of the abandoned history no longer count', async () => {
    await activity(2);
    const older = await call<BackupInfo>('backups.create');
    clock += 60_000;
    await activity(3);
    await call<BackupInfo>('backups.create');
    clock += 60_000;
    await call('backups.restore', { file: older.file });
    const result = await verify();
    expect(result).toMatchObject({ ok: true, status: 'ok', found: { source: 'restore', status: 'ok' } });
    // The restore anchor counts the restored trail with its restore entry.
    expect(result.found?.count).toBe(entries());
    expect(fs.readdirSync(path.join(dir, 'backups')).filter((n) => n.endsWith('.anchor.json'))).toHaveLength(
      1,
    );
    // Cutting the restored trail is still seen.
    db().exec('DROP TRIGGER audit_log_append_only_delete');
    db().prepare('DELETE FROM audit_log WHERE id = (SELECT max(id) FROM audit_log)').run();
    expect(await verify()).toMatchObject({ status: 'truncated' });
  });

  it('after bringing back an older backup over a damaged database, the restored trail is the one in force', async () => {
    await activity(50);
    const older = await call<BackupInfo>('backups.create');
    clock += 60_000;
    await activity(2);
    await call<BackupInfo>('backups.create');
    await call('vault.lock');
    const file = path.join(dir, 'mesodesk.db');
    const bytes = fs.readFileSync(file);
    bytes.fill(0x33, 4096 * 3, 4096 * 3 + 2048);
    fs.writeFileSync(file, bytes);
    expect(await session.dispatch('vault.unlock', { passphrase: PASS })).toMatchObject({ ok: false });
    clock += 60_000;
    await call('vault.restoreDamaged', { passphrase: PASS, file: older.file });
    expect(await verify()).toMatchObject({ ok: true, found: { source: 'restore', status: 'ok' } });
  });
});

describe('anchors in exports and typed by the practitioner', () => {
  const t = apiPerTest((test) => ({ dataDir: test.dir }));

  const call = async <T>(channel: string, input: unknown = {}): Promise<T> =>
    value<T>(await t.api.call(channel, input));
  const verify = (input = {}) => call<AuditVerification>('audit.verify', input);
  async function activity(n: number): Promise<Patient> {
    let last: Patient | null = null;
    for (let i = 0; i < n; i++) {
      t.api.clock.advance(60_000);
      last = await call<Patient>('patients.create', {
        fields: patientFields({ lastName: `Person${i}` }),
        allowDuplicate: true,
      });
    }
    return last as Patient;
  }
  const readAnchorFile = (folder: string) =>
    JSON.parse(fs.readFileSync(path.join(folder, 'audit-anchor.json'), 'utf8')) as AuditAnchor & {
      code: string;
    };

  it('shows the current anchor: entry count and head hash', async () => {
    expect(await call<AuditAnchor>('audit.anchor')).toEqual({
      count: 0,
      headHash: GENESIS_HASH,
      at: '2026-03-01T09:00:00.000Z',
    });
    await activity(2);
    const head = t.db.prepare('SELECT hash FROM audit_log WHERE id = 2').pluck().get();
    expect(await call<AuditAnchor>('audit.anchor')).toMatchObject({ count: 2, headHash: head });
  });

  it('puts the anchor into a patient export folder, and verify compares with it', async () => {
    const patient = await activity(3);
    const anchor = await call<AuditAnchor>('audit.anchor');
    const result = await call<ExportResult>('exports.patient', { patientId: patient.id });
    expect(result.files).toContain('audit-anchor.json');
    const written = readAnchorFile(result.folder);
    expect(written).toMatchObject({
      count: anchor.count,
      headHash: anchor.headHash,
      code: anchorCode(anchor),
    });
    expect(await verify()).toMatchObject({ ok: true, found: { source: 'export', count: anchor.count } });

    rewriteTrail(t.db, 'DELETE FROM audit_log WHERE id = 1');
    expect(await verify()).toMatchObject({
      status: 'rewritten',
      found: { source: 'export', status: 'rewritten' },
    });
  });

  it('puts the anchor into a whole-clinic export folder', async () => {
    await activity(2);
    const anchor = await call<AuditAnchor>('audit.anchor');
    const started = await call<ExportJob>('exports.clinicStart', {});
    const job = await t.api.services.exports.settled(started.id);
    expect(readAnchorFile(job.folder)).toMatchObject({ count: anchor.count, headHash: anchor.headHash });
  });

  it('checks a noted anchor the user types, which catches a rewrite even when every anchor file was replaced', async () => {
    await activity(3);
    const noted = anchorCode(await call<AuditAnchor>('audit.anchor'));
    await activity(2);
    expect(await verify({ anchor: noted })).toMatchObject({
      ok: true,
      typed: { source: 'typed', count: 3, status: 'ok' },
      found: null,
    });

    rewriteTrail(t.db, 'DELETE FROM audit_log WHERE id = 2');
    expect(await verify()).toMatchObject({ ok: true, status: 'ok', found: null });
    expect(await verify({ anchor: noted })).toMatchObject({
      ok: false,
      status: 'rewritten',
      typed: { count: 3, status: 'rewritten' },
    });
  });

  it('reports a typed anchor counting more entries than the trail has as truncated', async () => {
    await activity(2);
    const result = await verify({ anchor: anchorCode({ count: 9, headHash: 'a'.repeat(64) }) });
    expect(result).toMatchObject({
      ok: false,
      status: 'truncated',
      typed: { status: 'truncated', entriesNow: 2 },
    });
  });

  it('refuses a typed anchor that is not one, with a message for the field', async () => {
    expect(await t.api.call('audit.verify', { anchor: 'yesterday' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { anchor: 'errors.anchorFormat' } },
    });
  });
});
