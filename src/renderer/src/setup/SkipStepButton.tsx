import { useTranslation } from 'react-i18next';

/** Every setup step can be skipped: the setup goes on to the next one. */
export function SkipStepButton({ onSkip }: { onSkip: () => void }) {
  const { t } = useTranslation();
  return (
    <button type="button" className="button" onClick={onSkip}>
      {t('setup.skipStep')}
    </button>
  );
}
