import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createHashRouter, RouterProvider } from 'react-router';
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

// A data router: forms use useBlocker to ask before leaving unsaved changes. The app's own <Routes> sit below.
const router = createHashRouter([
  {
    path: '*',
    element: (
      <LockGate>
        <App />
      </LockGate>
    ),
  },
]);

const root = document.getElementById('root');
if (!root) throw new Error('Missing #root element');
createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  </StrictMode>,
);
