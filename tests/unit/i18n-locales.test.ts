import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

// Loaded by path: the renderer is a project of its own (tsconfig.web.json), outside this one.
const I18N = path.resolve(__dirname, '../../src/renderer/src/i18n');
type Strings = { [key: string]: string | Strings };
type Completeness = { missing: string[]; extra: string[]; placeholders: string[] };

let en: Strings;
let translations: Record<string, Strings>;
let completeness: (en: Strings, t: Strings, language: string) => Completeness;
let withPluralForms: (t: Strings, language: string) => Strings;
let pseudoString: (text: string) => string;
let resolveInterfaceLanguage: (setting: string, preferred: string[]) => string;

beforeAll(async () => {
  ({ en } = await import(path.join(I18N, 'en.ts')));
  ({ TRANSLATIONS: translations } = await import(path.join(I18N, 'resources.ts')));
  ({ completeness, withPluralForms } = await import(path.join(I18N, 'completeness.ts')));
  ({ pseudoString } = await import('../../src/shared/language/pseudo'));
  ({ resolveInterfaceLanguage } = await import(path.join(I18N, 'interface-language.ts')));
});

describe('interface translations', () => {
  // One test per language: it lists the keys still to translate (`npm run i18n:missing` prints them
  // with their English text). Each goes green when that language's file is complete.
  for (const language of ['fr', 'it', 'es', 'de', 'pt']) {
    it(`${language} has exactly the English keys, plurals and placeholders`, () => {
      const result = completeness(en, translations[language] as Strings, language);
      expect({
        language,
        ...result,
        missing: result.missing.slice(0, 40),
        missingCount: result.missing.length,
      }).toEqual({ language, missing: [], missingCount: 0, extra: [], placeholders: [] });
    });
  }
});

describe('completeness check', () => {
  const english: Strings = {
    a: { title: 'Title', greet: 'Hello {{name}}' },
    patients_one: '{{count}} patient',
    patients_other: '{{count}} patients',
  };

  it('accepts a full translation with the language’s own plural forms', () => {
    const french = {
      a: { title: 'Titre', greet: 'Bonjour {{name}}' },
      patients_one: 'un patient',
      patients_many: '{{count}} de patients',
      patients_other: '{{count}} patients',
    };
    expect(completeness(english, french, 'fr')).toEqual({ missing: [], extra: [], placeholders: [] });
  });

  it('names missing keys, extra keys, foreign plural forms and changed placeholders', () => {
    const german = {
      a: { greet: 'Hallo {{nom}}', subtitle: 'Untertitel' },
      patients_one: '{{count}} Patient',
      patients_many: '{{count}} Patienten',
    };
    expect(completeness(english, german, 'de')).toEqual({
      missing: ['a.title', 'patients_other'],
      extra: ['a.subtitle', 'patients_many'],
      placeholders: ['a.greet'],
    });
  });

  it('fills the forms i18next asks for from _other, never overriding a given form', () => {
    const filled = withPluralForms({ n_one: 'un', n_other: 'plusieurs', deep: { x_other: 'x' } }, 'fr');
    expect(filled).toEqual({
      n_one: 'un',
      n_other: 'plusieurs',
      n_many: 'plusieurs',
      deep: { x_other: 'x', x_one: 'x', x_many: 'x' },
    });
  });
});

describe('pseudo-locale', () => {
  it('accents, lengthens by about 40% and brackets, keeping placeholders and nesting intact', () => {
    const text = 'Saved {{count}} patients for $t(app.name)';
    const pseudo = pseudoString(text);
    expect(pseudo.startsWith('⟦Šáṽéð {{count}} þáţíéñţš ƒöŕ $t(app.name)')).toBe(true);
    expect(pseudo.endsWith('⟧')).toBe(true);
    const plainLength = 'Saved  patients for '.length;
    expect(pseudo.length - text.length - 2).toBe(Math.ceil(plainLength * 0.4));
  });
});

describe('interface language', () => {
  it('follows the computer when set to auto, only for languages with a complete translation', () => {
    expect(resolveInterfaceLanguage('auto', ['xx-YY', 'en-GB'])).toBe('en');
    expect(resolveInterfaceLanguage('auto', [])).toBe('en');
    expect(resolveInterfaceLanguage('pseudo', ['fr-FR'])).toBe('pseudo');
    expect(resolveInterfaceLanguage('nonsense', ['de'])).toBe('en');
  });
});
