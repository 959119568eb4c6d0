import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { loadLocale, storedLocale, ZH_CN } from './locales';
import './styles.css';

async function start(): Promise<void> {
  const locale = storedLocale();
  const initial = await loadLocale(locale).catch(() => ZH_CN);
  document.documentElement.lang = initial.locale;
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root');
  createRoot(root).render(
    <StrictMode>
      <App initialLocale={initial} />
    </StrictMode>,
  );
}

void start();
