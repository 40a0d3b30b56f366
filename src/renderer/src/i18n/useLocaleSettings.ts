import { useEffect } from 'react';
import type { InterfaceLanguage, InterfaceLanguageSetting } from '../../../shared/language/languages';
import type { Settings } from '../../../shared/settings/schema';
import { setClinicDateFormat } from '../format';
import i18next, { formatLocale } from '.';
import { interfaceLanguageFor } from './interface-language';

/**
 * Switches the screens to the language of a setting, and tells assistive technology which it is.
 * Returns the language, for a message written at the moment of the switch (a `t` taken before it
 * still speaks the old one).
 */
export function applyInterfaceLanguage(setting: InterfaceLanguageSetting): InterfaceLanguage {
  const language = interfaceLanguageFor(setting);
  document.documentElement.lang = formatLocale(language);
  if (i18next.language !== language) void i18next.changeLanguage(language);
  return language;
}

/** Keeps the screens in the language and date format the clinic's settings ask for, once they can be read. */
export function useLocaleSettings(
  settings: Pick<Settings, 'interfaceLanguage' | 'dateFormat'> | undefined,
): void {
  const language = settings?.interfaceLanguage;
  const dateFormat = settings?.dateFormat;
  useEffect(() => {
    if (dateFormat) setClinicDateFormat(dateFormat);
    if (language) applyInterfaceLanguage(language);
  }, [language, dateFormat]);
}
