import type { settingsContract } from '../../shared/settings/contract';
import { NOT_AUDITED, type Routes } from '../route';

export const settingsRoutes: Routes<typeof settingsContract> = {
  'settings.get': [(s) => s.settings.get(), NOT_AUDITED],
  'settings.update': [
    (s, i) => s.settings.update(i.patch),
    (i) => ['settings', 'settings', Object.keys(i.patch).sort().join(',')],
  ],
  'settings.logo': [(s) => s.logos.current(), NOT_AUDITED],
  'settings.setLogo': [(s, i) => s.logos.set(i.dataUrl), () => ['settings', 'settings', 'logo']],
};
