import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSettings } from '../settings/queries';

/** On the Data page: where the automatic backups are also written, and the way to change it. */
export function SecondFolderLine() {
  const { t } = useTranslation();
  const folder = useSettings().data?.secondBackupFolder;
  if (folder === undefined) return null;
  return (
    <p className="small">
      {folder ? t('setup.secondFolder', { folder }) : t('setup.noSecondFolder')}{' '}
      <Link to="/setup?step=backupFolder">
        {folder ? t('setup.changeSecondFolder') : t('setup.chooseSecondFolder')}
      </Link>
    </p>
  );
}
