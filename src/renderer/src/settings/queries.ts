import { useQuery } from '@tanstack/react-query';
import { clinic, unwrap } from '../api/clinic';

export const settingsKeys = { all: ['settings'] as const, logo: ['settings', 'logo'] as const };

export function useSettings() {
  return useQuery({ queryKey: settingsKeys.all, queryFn: () => unwrap(clinic.settings.get({})) });
}

export function useLogo() {
  return useQuery({ queryKey: settingsKeys.logo, queryFn: () => unwrap(clinic.settings.logo({})) });
}
