import { expect, it } from 'vitest';
import { recordCallInTransaction, runWithCallAudit } from '../../src/main/audit/call-audit';
import type { PhotoSummary } from '../../src/shared/photos/schema';
import { apiPerTest } from '../fixtures/db';
import { details } from '../fixtures/documents';
import { cameraJpeg, photoDetails } from '../fixtures/photos';
import { callOk, readyPatient, signConsentFor } from '../fixtures/treatments';

/*
 * A long-running call (it draws a PDF or cleans a photo first) stores its record and its audit
 * entry in one transaction: when the entry cannot be written, the record is not kept either. A
 * trigger refuses the entry, as a failing disk or a crash between two commits would.
 */

const t = apiPerTest((test) => ({ dataDir: test.dir }));

const count = (sql: string) => t.db.prepare(sql).pluck().get() as number;

function refuseAudit(action: string, entity: string) {
  t.db.exec(`CREATE TEMP TRIGGER refuse_audit BEFORE INSERT ON audit_log
    WHEN NEW.action = '${action}' AND NEW.entity = '${entity}'
    BEGIN SELECT RAISE(ABORT, 'the audit entry could not be written'); END`);
}
const allowAudit = () => t.db.exec('DROP TRIGGER refuse_audit');

it('a consent signed on the pad is kept only with its audit entry', async () => {
  const { patient } = await readyPatient(t.api);
  const documents = count('SELECT count(*) FROM documents');
  refuseAudit('sign', 'document');
  await expect(signConsentFor(t.api, patient.id)).rejects.toThrow();
  expect(count('SELECT count(*) FROM documents')).toBe(documents);
  expect(count('SELECT count(*) FROM signed_pdfs')).toBe(documents);
  allowAudit();
  const signed = await signConsentFor(t.api, patient.id);
  expect(count(`SELECT count(*) FROM audit_log WHERE action = 'sign' AND entity_id = '${signed.id}'`)).toBe(
    1,
  );
});

it('aftercare given is kept only with its audit entry', async () => {
  const { patient } = await readyPatient(t.api);
  const template = t.api.services.templates.list('aftercare')[0];
  const give = () =>
    t.api.call('documents.giveAftercare', {
      patientId: patient.id,
      templateId: template?.id,
      details: details(),
    });
  const documents = count('SELECT count(*) FROM documents');
  refuseAudit('create', 'document');
  expect(await give()).toMatchObject({ ok: false });
  expect(count('SELECT count(*) FROM documents')).toBe(documents);
  allowAudit();
  const given = await give();
  expect(given.ok).toBe(true);
  const id = (given as { value: { id: number } }).value.id;
  expect(
    count(
      `SELECT count(*) FROM audit_log WHERE action = 'create' AND entity = 'document' AND entity_id = '${id}'`,
    ),
  ).toBe(1);
});

it('a photo is kept only with its audit entry, and its sealed files go with a refused one', async () => {
  const { patient } = await readyPatient(t.api);
  await signConsentFor(t.api, patient.id, 'clinical');
  const input = { details: photoDetails(patient.id), data: (await cameraJpeg()).toString('base64') };
  const files = () => t.api.services.photos.folder;
  refuseAudit('import', 'photo');
  expect(await t.api.call('photos.import', input)).toMatchObject({ ok: false });
  expect(count('SELECT count(*) FROM photos')).toBe(0);
  const { readdirSync, existsSync } = await import('node:fs');
  expect(existsSync(files()) ? readdirSync(files()) : []).toEqual([]);
  allowAudit();
  const photo = await callOk<PhotoSummary>(t.api, 'photos.import', input);
  expect(count(`SELECT count(*) FROM audit_log WHERE entity = 'photo' AND entity_id = '${photo.id}'`)).toBe(
    1,
  );
});

it('refuses a second record stored under one call, rather than give it the call’s entry', async () => {
  const entries: unknown[] = [];
  await expect(
    runWithCallAudit<number>(
      (output) => entries.push(output),
      async () => {
        recordCallInTransaction(1);
        recordCallInTransaction(2);
        return 1;
      },
    ),
  ).rejects.toThrow(/already/);
  expect(entries).toEqual([1]);
  // Outside a call, nothing is recorded and nothing fails.
  recordCallInTransaction(3);
  expect(entries).toEqual([1]);
});
