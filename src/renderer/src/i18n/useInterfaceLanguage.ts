import { useEffect } from 'react';
import type { InterfaceLanguageSetting } from '../../../shared/language/languages';
import i18next, { formatLocale } from '.';
import { interfaceLanguageFor } from './interface-language';

/** Switches the screens to the language of a setting, and tells assistive technology which it is. */
export function applyInterfaceLanguage(setting: InterfaceLanguageSetting): void {
  const language = interfaceLanguageFor(setting);
  document.documentElement.lang = formatLocale(language);
  if (i18next.language !== language) void i18next.changeLanguage(language);
}

/** Keeps the screens in the language the clinic's settings ask for, once they can be read. */
export function useInterfaceLanguage(setting: InterfaceLanguageSetting | undefined): void {
  useEffect(() => {
    if (setting) applyInterfaceLanguage(setting);
  }, [setting]);
}
