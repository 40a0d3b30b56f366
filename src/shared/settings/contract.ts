import { call, empty } from '../api/call';
import { type ClinicLogo, type Settings, settingsSetLogoSchema, settingsUpdateSchema } from './schema';

export const settingsContract = {
  'settings.get': call<typeof empty, Settings>(empty),
  'settings.update': call<typeof settingsUpdateSchema, Settings>(settingsUpdateSchema),
  'settings.logo': call<typeof empty, ClinicLogo | null>(empty),
  'settings.setLogo': call<typeof settingsSetLogoSchema, Settings>(settingsSetLogoSchema),
} as const;
