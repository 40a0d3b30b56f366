import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, type ReactNode, useCallback, useContext, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ApiFailure, apiQuery, clinic, LOCKED_EVENT } from '../api/clinic';
import { QueryState } from '../components/QueryState';
import { SampleBanner } from '../sample/SampleBanner';
import { RecoverScreen } from './RecoverScreen';
import { RecoverySheet } from './RecoverySheet';
import { SetupScreen } from './SetupScreen';
import { UnlockScreen } from './UnlockScreen';
import { useAutoLock } from './useAutoLock';

export const VAULT_KEY = ['vault'] as const;

/** Shows the app only while the data is unlocked; otherwise setup, unlock or recovery. */
export function LockGate({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const status = useQuery(apiQuery(VAULT_KEY, () => clinic.vault.status({})));
  const [issuedKey, setIssuedKey] = useState<string | null>(null);
  const [recovering, setRecovering] = useState(false);
  // A brand-new clinic goes on to the first-start setup once its recovery sheet is put away.
  const [newClinic, setNewClinic] = useState(false);
  const navigate = useNavigate();

  const refresh = useCallback(() => queryClient.invalidateQueries({ queryKey: VAULT_KEY }), [queryClient]);
  // Drop every cached record from memory, not only from the screen.
  const forgetData = useCallback(() => {
    queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== VAULT_KEY[0] });
    return refresh();
  }, [queryClient, refresh]);
  const lock = useCallback(async () => {
    await clinic.vault.lock({});
    await forgetData();
  }, [forgetData]);

  useEffect(() => {
    const onLocked = () => void forgetData();
    window.addEventListener(LOCKED_EVENT, onLocked);
    return () => window.removeEventListener(LOCKED_EVENT, onLocked);
  }, [forgetData]);

  const unlocked = status.data?.state === 'unlocked' && !issuedKey;
  useAutoLock(unlocked ? (status.data?.autoLockMinutes ?? 5) : null, lock);

  const notConnected = status.error instanceof ApiFailure && status.error.error.message === 'errors.noToken';
  if (!status.data && !notConnected) return <QueryState query={status} />;
  const onIssued = (key: string) => {
    setRecovering(false);
    setIssuedKey(key);
    void refresh();
  };

  let screen: ReactNode;
  if (notConnected || !status.data) screen = <NotConnectedScreen />;
  else if (issuedKey) {
    const onDone = () => {
      setIssuedKey(null);
      if (newClinic) navigate('/setup');
      setNewClinic(false);
    };
    screen = <RecoverySheet recoveryKey={issuedKey} onDone={onDone} />;
  } else if (status.data.state === 'setup')
    screen = (
      <SetupScreen
        onCreated={(key) => {
          setNewClinic(true);
          onIssued(key);
        }}
        onIssued={onIssued}
        onRestored={() => void refresh()}
        onSampleOpened={() => void forgetData()}
      />
    );
  else if (status.data.state === 'locked' && recovering)
    screen = <RecoverScreen onIssued={onIssued} onCancel={() => setRecovering(false)} />;
  else if (status.data.state === 'locked')
    screen = <UnlockScreen onUnlocked={() => void refresh()} onRecover={() => setRecovering(true)} />;
  if (screen) {
    return (
      <div className="session-screen">
        <SampleBanner />
        <p className="session-screen__brand">{t('app.name')}</p>
        <main>{screen}</main>
      </div>
    );
  }
  return (
    <SessionContext.Provider value={{ lock, showRecoveryKey: setIssuedKey }}>
      <SampleBanner />
      {children}
    </SessionContext.Provider>
  );
}

/** Browser mode without a session token (a reload, or a used or expired address): where to get one. */
function NotConnectedScreen() {
  const { t } = useTranslation();
  return (
    <section className="session-card" aria-labelledby="not-connected-title">
      <h1 id="not-connected-title">{t('session.notConnectedTitle')}</h1>
      <p>{t('session.notConnectedBody')}</p>
    </section>
  );
}

interface LockActions {
  lock: () => Promise<void>;
  showRecoveryKey: (key: string) => void;
}
const SessionContext = createContext<LockActions | null>(null);

export function useLock(): LockActions {
  const actions = useContext(SessionContext);
  if (!actions) throw new Error('useLock outside LockGate');
  return actions;
}
