/**
 * Tabs of the app share one stored file (stored-dataset.ts): a tab that stores or forgets it tells the others
 * (BroadcastChannel), so that their banners stay true without a reload. Kept apart from stored-dataset.ts, which
 * the first screen loads: only opening a file and the banner need it.
 */
export type StoredDatasetChange = { kind: 'stored'; fileName: string } | { kind: 'cleared' };

const CHANNEL = 'hled-explorer-dataset';

// One channel for sending and listening: a message reaches every other channel of that name, this tab's included,
// but never the one that sent it.
let channel: BroadcastChannel | null | undefined;
function sharedChannel(): BroadcastChannel | null {
  if (channel === undefined) channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL);
  return channel;
}

export function announceStoredDataset(change: StoredDatasetChange): void {
  sharedChannel()?.postMessage(change);
}

function isChange(value: unknown): value is StoredDatasetChange {
  if (typeof value !== 'object' || value === null || !('kind' in value)) return false;
  return (
    value.kind === 'cleared' || (value.kind === 'stored' && 'fileName' in value && typeof value.fileName === 'string')
  );
}

/** Calls `listener` when another tab stores or forgets the file; returns the way to stop. */
export function watchStoredDataset(listener: (change: StoredDatasetChange) => void): () => void {
  const shared = sharedChannel();
  if (shared === null) return () => undefined;
  const onMessage = (event: MessageEvent<unknown>) => {
    if (isChange(event.data)) listener(event.data);
  };
  shared.addEventListener('message', onMessage);
  return () => shared.removeEventListener('message', onMessage);
}
