import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import { registerCatalogue } from '../src/i18n/locale';
import { coreMessagesEn } from '../src/i18n/messages-en';
import { coreMessagesEs } from '../src/i18n/messages-es';

// Views load lazily (dynamic import): on a busy machine the first import of a view can take over a second.
configure({ asyncUtilTimeout: 5000 });

// The app fetches the reader's core catalogue before the first render (main.tsx); tests have both at hand. The
// packs are not registered here: the modules that use them import them, as in the app.
registerCatalogue('en', coreMessagesEn);
registerCatalogue('es', coreMessagesEs);

afterEach(() => {
  cleanup();
  // Test files that opt into the node environment have no DOM.
  if (typeof localStorage !== 'undefined') localStorage.clear();
  if (typeof document !== 'undefined') {
    document.documentElement.removeAttribute('data-theme');
    document.documentElement.lang = 'en';
  }
});
