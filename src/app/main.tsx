import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { AppProviders } from './AppProviders';
import { prestartWorker } from '@/data/worker-client';
import { registerServiceWorker } from './service-worker';
import './app.css';

// The dataset worker's script loads while React renders the shell (data/worker-client.ts).
prestartWorker();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AppProviders>
      <App />
    </AppProviders>
  </StrictMode>,
);

// The worker's precache downloads the whole app: after the page has loaded and gone idle, so
// it never competes with the first view.
window.addEventListener('load', () => {
  if ('requestIdleCallback' in window)
    requestIdleCallback(registerServiceWorker, { timeout: 3000 });
  else setTimeout(registerServiceWorker, 1000);
});
