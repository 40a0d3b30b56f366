import { beforeEach, describe, expect, it } from 'vitest';
import { buildMergeValues, clinicSnapshot } from '../../src/main/documents/merge-values';
import { renderBody, renderedTexts } from '../../src/shared/documents/render';
import type { DocumentRecord } from '../../src/shared/documents/schema';
import { apiPerTest } from '../fixtures/db';
import { CLINIC_PROFILE, details } from '../fixtures/documents';
import { patientFields } from '../fixtures/patients';

const t = apiPerTest();
let patientId: number;
beforeEach(() => {
  t.api.services.settings.update(CLINIC_PROFILE);
  patientId = t.api.services.patients.create(patientFields() as never).id;
});

async function give(overrides: Parameters<typeof details>[0]): Promise<string[]> {
  const template = t.api.services.templates.list('aftercare')[0];
  const given = await t.api.call('documents.giveAftercare', {
    patientId,
    templateId: template?.id,
    details: details(overrides),
  });
  if (!given.ok) throw new Error(JSON.stringify(given.error));
  const record = await t.api.call('documents.get', { id: (given.value as { id: number }).id });
  if (!record.ok) throw new Error(JSON.stringify(record.error));
  return renderedTexts((record.value as DocumentRecord).snapshot.content);
}

describe('aftercare wording', () => {
  it('lists the products used', async () => {
    const texts = await give({});
    expect(texts).toContain('Products used:');
    expect(texts).toContain('Non-crosslinked hyaluronic acid 1%, lot HA2291, expiry 31/01/2027');
  });

  it('leaves out "products used" and "areas treated" when there are none, with no consent phrasing', async () => {
    const texts = await give({ products: [], areas: [] });
    expect(texts).not.toContain('Products used:');
    expect(texts).not.toContain('Areas treated:');
    expect(texts.join('\n')).not.toMatch(/to be agreed/i);
    expect(texts.join('\n')).toContain(CLINIC_PROFILE.clinicPhone);
  });

  it('keeps "to be agreed" on a consent, signed before anything is chosen', () => {
    const settings = t.api.services.settings.get();
    const none = { ...details(), products: [], areas: [], plannedSessions: '', nextAppointment: '' };
    const identity = { name: 'A', dateOfBirth: '01/01/1990', number: 'P-1' };
    const consent = buildMergeValues(identity, clinicSnapshot(settings), none, settings, 'consent');
    expect(consent['treatment.products']).toEqual(['To be agreed with your practitioner']);
    const aftercare = buildMergeValues(identity, clinicSnapshot(settings), none, settings, 'aftercare');
    expect(aftercare['treatment.products']).toEqual([]);
  });

  it('drops only a lead-in line ending with a colon when its list comes out empty', () => {
    const values = { 'treatment.products': [] } as never;
    expect(renderBody('Products used:\n\n- {{treatment.products}}\n\nKeep this.', values)).toEqual([
      { type: 'paragraph', text: 'Keep this.' },
    ]);
    expect(renderBody('A sentence.\n\n- {{treatment.products}}', values)).toEqual([
      { type: 'paragraph', text: 'A sentence.' },
    ]);
  });
});
