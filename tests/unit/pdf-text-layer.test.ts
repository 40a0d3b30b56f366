import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import type { Patient } from '../../src/shared/patients/schema';
import { apiPerTest } from '../fixtures/db';
import { populatedPatient } from '../fixtures/populated';

const t = apiPerTest((test) => ({ dataDir: test.dir }));

/*
 * Its own file (its own process-wide font cache): the first PDF this process draws starts with a
 * Greek name, whose capital Alpha DejaVu draws with the Latin A glyph.
 */

it('a document PDF has the same bytes and text layer whatever the process drew before it', async () => {
  const { api, dir } = t;
  const greek = await api.call('patients.create', {
    fields: { firstName: 'Αικατερίνη', lastName: 'Παπαδοπούλου', dateOfBirth: '1985-03-12' },
  });
  expect(greek.ok).toBe(true);
  const first = await api.call('exports.patient', { patientId: (greek as { value: Patient }).value.id });
  expect(first.ok).toBe(true);

  const { consent } = await populatedPatient(api.call);
  const { bytes } = await api.services.documents.pdfBytes(consent.id);
  const file = path.join(dir, 'consent.pdf');
  fs.writeFileSync(file, bytes);
  const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
  // Latin capital A in "SHA-256" and "HA2291" reads back as Latin A, not as Greek Alpha.
  expect(text).toContain('SHA-256');
  expect(text).toContain('HA2291');
  expect(text).not.toMatch(/Α(?=[a-zA-Z0-9-])/u);
});
