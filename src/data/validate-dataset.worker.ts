/** Validates dataset file text off the main thread: a large file must not freeze the page while it is checked. */
import { parseDatasetFileText } from './parse-dataset-file';

// Typed against the DOM lib the rest of the app uses; in a worker, `self.postMessage(value)` answers the page.
self.addEventListener('message', (event: MessageEvent<unknown>) => {
  const text = typeof event.data === 'string' ? event.data : '';
  self.postMessage(parseDatasetFileText(text));
});
