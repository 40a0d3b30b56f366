import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { HashRouter } from 'react-router';
import { App } from './App';
import { LockGate } from './lock/LockGate';
import './i18n';
import './styles.css';

const queryClient = new QueryClient({
  defaultOptions: {
    // Local data: no retries against a local database, and no refetch storms on focus.
    queries: { retry: false, refetchOnWindowFocus: false, staleTime: 0 },
  },
});

const root = document.getElementById('root');
if (!root) throw new Error('Missing #root element');
createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <HashRouter>
        <LockGate>
          <App />
        </LockGate>
      </HashRouter>
    </QueryClientProvider>
  </StrictMode>,
);
