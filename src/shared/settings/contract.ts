import { call, empty } from '../api/call';
import * as s from './schema';

export const settingsContract = {
  'settings.get': call(empty).returns<s.Settings>(),
  'settings.update': call(s.settingsUpdateSchema).returns<s.Settings>(),
  'settings.logo': call(empty).returns<s.ClinicLogo | null>(),
  'settings.setLogo': call(s.settingsSetLogoSchema).returns<s.Settings>(),
} as const;
