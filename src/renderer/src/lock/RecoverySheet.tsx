import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../format';

/**
 * Shows a new recovery key once, as a printable sheet. The user must confirm they kept it before
 * going on: without it and the passphrase, the data cannot be opened by anyone.
 */
export function RecoverySheet({ recoveryKey, onDone }: { recoveryKey: string; onDone: () => void }) {
  const { t } = useTranslation();
  const [kept, setKept] = useState(false);
  const [issuedAt] = useState(() => new Date().toISOString());
  return (
    <section className="recovery-sheet session-card" aria-labelledby="recovery-title">
      <p className="print-only">{t('session.recoveryPrintHeader')}</p>
      <h1 id="recovery-title">{t('session.recoveryTitle')}</h1>
      <p>{t('session.recoveryBody')}</p>
      <div>
        <p className="recovery-sheet__label" id="recovery-key-label">
          {t('session.recoveryKeyLabel')}
        </p>
        <output className="recovery-sheet__key" aria-labelledby="recovery-key-label">
          {recoveryKey}
        </output>
      </div>
      <p className="recovery-sheet__meta">
        {t('session.recoveryIssued', { date: formatDateTime(issuedAt) })}
      </p>
      <ul className="recovery-sheet__advice">
        <li>{t('session.recoveryAdvice1')}</li>
        <li>{t('session.recoveryAdvice2')}</li>
        <li>{t('session.recoveryAdvice3')}</li>
        <li>{t('session.recoveryAdvice4')}</li>
      </ul>
      <div className="no-print">
        <button type="button" className="button" onClick={() => window.print()}>
          {t('session.printSheet')}
        </button>
        <label className="checkbox recovery-sheet__confirm">
          <input type="checkbox" checked={kept} onChange={(e) => setKept(e.target.checked)} />
          {t('session.recoveryKept')}
        </label>
        <button type="button" className="button button--primary" disabled={!kept} onClick={onDone}>
          {t('session.continue')}
        </button>
      </div>
    </section>
  );
}
