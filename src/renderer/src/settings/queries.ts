import { useQuery } from '@tanstack/react-query';
import { apiQuery, clinic } from '../api/clinic';

export const settingsKeys = { all: ['settings'] as const, logo: ['settings', 'logo'] as const };

export function useSettings() {
  return useQuery(apiQuery(settingsKeys.all, () => clinic.settings.get({})));
}

export function useLogo() {
  return useQuery(apiQuery(settingsKeys.logo, () => clinic.settings.logo({})));
}
