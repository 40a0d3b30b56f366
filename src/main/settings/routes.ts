import type { settingsContract } from '../../shared/settings/contract';
import { NOT_AUDITED, type Routes } from '../route';

export const settingsRoutes: Routes<typeof settingsContract> = {
  'settings.get': {
    handle: (s) => s.settings.get(),
    audit: NOT_AUDITED,
  },
  'settings.update': {
    handle: (s, i) => s.settings.update(i.patch),
    audit: (i) => ['settings', 'settings', Object.keys(i.patch).sort().join(',')],
  },
  'settings.logo': {
    handle: (s) => s.logos.current(),
    audit: NOT_AUDITED,
  },
  'settings.setLogo': {
    handle: (s, i) => s.logos.set(i.dataUrl),
    audit: () => ['settings', 'settings', 'logo'],
  },
};
