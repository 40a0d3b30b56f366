import { useTranslation } from 'react-i18next';
import type { ImportedFrom } from '../../../shared/imports/provenance';
import { formatDateTime } from '../format';

/** "Imported from … on …": shown instead of the signed badge for a record a FHIR re-import brought in. */
export function ImportedBadge({ from }: { from: Pick<ImportedFrom, 'source' | 'importedAt'> }) {
  const { t } = useTranslation();
  return (
    <span className="badge badge--imported" title={t('imported.notSignedHere')}>
      {t('imported.from', { source: from.source, date: formatDateTime(from.importedAt) })}
    </span>
  );
}

/** What a verification says of an imported record: never "signed and verified here". */
export function ImportedCheck({ imported }: { imported: ImportedFrom & { originalHashMatches: boolean } }) {
  const { t } = useTranslation();
  return imported.originalHashMatches ? (
    <p className="integrity integrity--imported">
      {t('imported.hashMatches', { hash: (imported.originalHash ?? '').slice(0, 16) })}
    </p>
  ) : (
    <p className="alert alert--error" role="alert">
      {t('imported.hashDiffers')}
    </p>
  );
}
