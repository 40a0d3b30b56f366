import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSettings } from '../settings/queries';
import { missingContactDetails } from './useSetupStatus';

/**
 * Before a patient document is given or printed: a warning while the clinic's contact details are
 * missing, since the sheet would not tell the patient how to reach the clinic.
 */
export function ClinicDetailsWarning() {
  const { t } = useTranslation();
  const settings = useSettings();
  if (!settings.data || !missingContactDetails(settings.data)) return null;
  return (
    <div className="alert alert--warning" role="status">
      <p>{t('setup.contactMissing')}</p>
      <Link to="/setup?step=profile">{t('setup.contactMissingLink')}</Link>
    </div>
  );
}
