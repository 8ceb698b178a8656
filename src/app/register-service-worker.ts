import { Workbox } from 'workbox-window';
import { APP_BASE } from '../components/app-href';
import { showUpdateNotice } from './show-update-notice';

/** An open page asks the host this often whether a new version is out (the browser also asks on every visit). */
const UPDATE_CHECK_MS = 60 * 60 * 1000;

/**
 * Registers the service worker that scripts/build.mjs writes (Workbox): after the first visit the app and its data
 * work with no network. A new deploy's worker installs beside the running one and waits; the reader is offered a
 * reload, and only when they take it does the new worker take over (SKIP_WAITING) and the page reload.
 */
export function registerServiceWorker(): void {
  const workbox = new Workbox(`${APP_BASE}sw.js`, { scope: APP_BASE });
  let reloadRequested = false;
  let takenOver = false;
  let offered = false;
  const offerReload = () => {
    if (offered) return;
    offered = true;
    showUpdateNotice(() => {
      if (takenOver) {
        window.location.reload();
        return;
      }
      reloadRequested = true;
      workbox.messageSkipWaiting();
    });
  };
  workbox.addEventListener('waiting', offerReload);
  // The new version took over: because this page's reader asked, or a reader in another tab did (this page still
  // runs the old code, so it offers the reload too).
  workbox.addEventListener('controlling', () => {
    takenOver = true;
    if (reloadRequested) window.location.reload();
    else offerReload();
  });
  workbox.register().then(
    (registration) => {
      // A check made with no network fails; the next one tries again, so there is nothing to tell the reader.
      if (registration !== undefined)
        setInterval(() => void registration.update().catch(() => undefined), UPDATE_CHECK_MS);
    },
    (error: unknown) =>
      console.warn('HLED Explorer: the service worker could not be registered; offline use is off.', error),
  );
}
