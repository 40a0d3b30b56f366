import type { ClinicApi } from '../../src/shared/api/client';

declare global {
  interface Window {
    clinic?: ClinicApi;
  }
}
