import { StrictMode, useSyncExternalStore } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nProvider } from '../i18n/i18n-context';
import { isLocale, type Locale } from '../i18n/locale';
import { UpdateNotice } from './update-notice';
import './update-notice.css';

/** The interface language, as the app writes it on <html lang> (src/app/use-url-state.ts). */
function subscribeToDocumentLanguage(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  return () => observer.disconnect();
}
const documentLocale = (): Locale => {
  const lang = document.documentElement.lang;
  return isLocale(lang) ? lang : 'en';
};

function LocalizedUpdateNotice({ onReload }: { onReload: () => void }) {
  const locale = useSyncExternalStore(subscribeToDocumentLanguage, documentLocale);
  return (
    <I18nProvider locale={locale}>
      <UpdateNotice onReload={onReload} />
    </I18nProvider>
  );
}

/**
 * Shows the new-version notice at the foot of the window, in its own React root: it is loaded with the service
 * worker's code, long after the first screen, and needs nothing from the app but its language. The polite live
 * region is in the page before its text, so that screen readers announce the text when it arrives.
 */
export function showUpdateNotice(onReload: () => void): void {
  const region = document.createElement('div');
  region.className = 'update-notice';
  region.setAttribute('role', 'status');
  document.body.append(region);
  // Keeps whatever has keyboard focus clear of the notice when the page scrolls it into view (WCAG 2.4.11).
  document.documentElement.classList.add('has-update-notice');
  createRoot(region).render(
    <StrictMode>
      <LocalizedUpdateNotice onReload={onReload} />
    </StrictMode>,
  );
}
