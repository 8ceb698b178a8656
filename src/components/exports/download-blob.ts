/** Long enough for the browser to start reading the file; the URL is revoked afterwards so memory is freed. */
const REVOKE_AFTER_MS = 60_000;

/**
 * Saves a Blob as a file. A Blob URL and an `<a download>` work under the app's Content-Security-Policy
 * (no data: navigation, no inline script) and in every current browser.
 */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
