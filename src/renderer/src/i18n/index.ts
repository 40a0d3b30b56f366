import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { type InterfaceLanguage, PSEUDO_LOCALE } from '../../../shared/language/languages';
import { initialInterfaceLanguage } from './interface-language';
import { interfaceResources } from './resources';

export const DEFAULT_NS = 'translation';

void i18next.use(initReactI18next).init({
  lng: initialInterfaceLanguage(),
  // No fallback: only complete languages are offered (see resources.ts), so a missing key is a bug to see.
  fallbackLng: false,
  resources: interfaceResources,
  // Message keys come from main; zod's own messages contain ':' which must not read as a namespace.
  nsSeparator: false,
  interpolation: { escapeValue: false },
  returnNull: false,
});

/** The locale dates, numbers and sorting follow: the pseudo-locale formats as English. */
export const formatLocale = (language: string = i18next.language): string =>
  language === PSEUDO_LOCALE ? 'en' : language;

export const currentInterfaceLanguage = (): InterfaceLanguage => i18next.language as InterfaceLanguage;

export default i18next;
