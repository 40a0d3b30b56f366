import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';

export const DEFAULT_NS = 'translation';

void i18next.use(initReactI18next).init({
  lng: 'en',
  fallbackLng: 'en',
  resources: { en: { translation: en } },
  // Message keys come from main; zod's own messages contain ':' which must not read as a namespace.
  nsSeparator: false,
  interpolation: { escapeValue: false },
  returnNull: false,
});

export default i18next;
