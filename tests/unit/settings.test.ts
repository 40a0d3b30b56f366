import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/shared/settings/schema';
import { apiPerTest } from '../fixtures/db';

const t = apiPerTest();

describe('settings', () => {
  it('starts from the defaults', async () => {
    expect(await t.api.call('settings.get', {})).toEqual({ ok: true, value: DEFAULT_SETTINGS });
    expect(DEFAULT_SETTINGS.intakeValidityMonths).toBe(6);
  });

  it('stores a partial update and keeps the other values', async () => {
    const result = await t.api.call('settings.update', {
      patch: { currency: 'GBP', intakeValidityMonths: 12 },
    });
    expect(result).toMatchObject({
      ok: true,
      value: { currency: 'GBP', intakeValidityMonths: 12, paperSize: 'A4' },
    });
    expect(await t.api.call('settings.get', {})).toMatchObject({ value: { currency: 'GBP' } });
    await t.api.call('settings.update', { patch: { paperSize: 'LETTER' } });
    expect(await t.api.call('settings.get', {})).toMatchObject({
      value: { currency: 'GBP', intakeValidityMonths: 12, paperSize: 'LETTER' },
    });
    expect(t.db.prepare('SELECT key FROM settings ORDER BY key').pluck().all()).toEqual([
      'currency',
      'intakeValidityMonths',
      'paperSize',
    ]);
  });

  it('refuses bad values with a field message and stores nothing', async () => {
    const result = await t.api.call('settings.update', {
      patch: { currency: 'euro', intakeValidityMonths: 0 },
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.fields).toEqual({
      'patch.currency': 'errors.currency',
      'patch.intakeValidityMonths': 'errors.range',
    });
    expect(t.db.prepare('SELECT count(*) FROM settings').pluck().get()).toBe(0);
  });

  it('falls back to the default when a stored value no longer validates', async () => {
    t.db.prepare("INSERT INTO settings VALUES ('paperSize', '\"A5\"', '2026-01-01T00:00:00Z')").run();
    expect(await t.api.call('settings.get', {})).toMatchObject({ value: { paperSize: 'A4' } });
  });
});
