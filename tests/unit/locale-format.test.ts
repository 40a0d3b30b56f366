import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatClinicInstant } from '../../src/main/documents/dates';
import { formatClinicDate } from '../../src/shared/dates';

// Loaded by path: the renderer is a project of its own (tsconfig.web.json), outside this one.
const RENDERER = path.resolve(__dirname, '../../src/renderer/src');
interface Format {
  setClinicDateFormat(format: 'DD/MM/YYYY' | 'MM/DD/YYYY' | 'YYYY-MM-DD'): void;
  formatDate(iso: string): string;
  formatDateTime(isoInstant: string): string;
  formatWallTime(hhmm: string): string;
  formatWallTimeSpan(hhmm: string, durationMin: number): string;
  formatMoney(minor: number, currency: string): string;
  compareText(a: string, b: string): number;
}
let format: Format;
let i18n: { changeLanguage: (l: string) => Promise<unknown> };

beforeAll(async () => {
  format = await import(path.join(RENDERER, 'format.ts'));
  i18n = (await import(path.join(RENDERER, 'i18n/index.ts'))).default;
});

describe('dates on screen follow the clinic’s date format, as its documents do', () => {
  it('formats a date of birth exactly as the PDF does, for every format', () => {
    for (const dateFormat of ['DD/MM/YYYY', 'MM/DD/YYYY', 'YYYY-MM-DD'] as const) {
      format.setClinicDateFormat(dateFormat);
      expect(format.formatDate('1988-03-14')).toBe(formatClinicDate('1988-03-14', dateFormat));
    }
    format.setClinicDateFormat('DD/MM/YYYY');
    expect(format.formatDate('1988-03-14')).toBe('14/03/1988');
    expect(formatClinicInstant('2026-04-12T09:30:00.000Z', 'DD/MM/YYYY')).toMatch(/^12\/04\/2026 /);
  });

  it('writes an instant’s date in the clinic format and its time in the interface language', async () => {
    format.setClinicDateFormat('YYYY-MM-DD');
    const text = format.formatDateTime('2026-04-12T12:00:00.000Z');
    expect(text).toMatch(/^2026-04-1[23] /);
    format.setClinicDateFormat('DD/MM/YYYY');
  });

  it('writes a stored wall-clock time as the interface language writes the time of an instant', async () => {
    await i18n.changeLanguage('en');
    expect(format.formatWallTime('10:30')).toBe(
      new Intl.DateTimeFormat('en', { timeStyle: 'short' }).format(new Date(2000, 0, 1, 10, 30)),
    );
    expect(format.formatWallTime('14:05')).toMatch(/^2:05\sPM$/);
    await i18n.changeLanguage('fr');
    expect(format.formatWallTime('14:05')).toBe('14:05');
    await i18n.changeLanguage('en');
  });

  it('writes an appointment’s span the interface language’s way, ending at midnight at the latest', async () => {
    await i18n.changeLanguage('en');
    expect(format.formatWallTimeSpan('08:00', 45)).toMatch(/^8:00\s–\s8:45\sAM$/);
    expect(format.formatWallTimeSpan('11:30', 90)).toMatch(/^11:30\sAM\s–\s1:00\sPM$/);
    expect(format.formatWallTimeSpan('23:30', 60)).toMatch(/^11:30\sPM–12:00\sAM$/);
    await i18n.changeLanguage('fr');
    expect(format.formatWallTimeSpan('08:00', 45)).toMatch(/^08:00\s–\s08:45$/);
    expect(format.formatWallTimeSpan('23:30', 60)).toBe('23:30–00:00');
    await i18n.changeLanguage('en');
  });

  it('writes money in the interface language, with the pseudo-locale as English', async () => {
    await i18n.changeLanguage('pseudo');
    expect(format.formatMoney(123456, 'EUR')).toBe('€1,234.56');
    await i18n.changeLanguage('en');
  });

  it('sorts with the language’s collation: accents and case do not push a name to the end', () => {
    const names = ['Zoë', 'émile', 'Eve', 'Ábel', 'adam', 'Item 10', 'Item 9'];
    expect([...names].sort(format.compareText)).toEqual([
      'Ábel',
      'adam',
      'émile',
      'Eve',
      'Item 9',
      'Item 10',
      'Zoë',
    ]);
  });
});
