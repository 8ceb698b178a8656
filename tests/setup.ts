import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { registerCatalogue } from '../src/i18n/locale';
import { messagesEs } from '../src/i18n/messages-es';

// The app fetches the Spanish catalogue on demand (main.tsx loads it before the first render); tests have it at hand.
registerCatalogue('es', messagesEs);

afterEach(() => {
  cleanup();
  // Test files that opt into the node environment have no DOM.
  if (typeof localStorage !== 'undefined') localStorage.clear();
  if (typeof document !== 'undefined') {
    document.documentElement.removeAttribute('data-theme');
    document.documentElement.lang = 'en';
  }
});
