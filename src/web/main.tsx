import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AppRouter } from './app/router.js';
import { initI18n } from './i18n/i18n.js';
import { registerServiceWorker } from './lib/service-worker.js';
import { SessionProvider } from './lib/session.js';
import './styles.css';

await initI18n();
registerServiceWorker();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <SessionProvider>
      <AppRouter />
    </SessionProvider>
  </StrictMode>,
);
