/**
 * Element ids made from record ids. A record id is only unique among its own kind and may be any word — "main",
 * "root", "sources-list-title" are valid source ids — so an id used as is would clash with the page's own
 * (`<main id="main">`) or with another kind's, and a link would land on the wrong element. Each kind gets its own
 * prefix, and no prefix is the start of another's.
 */
export type RecordElementKind = 'source' | 'delegation' | 'meeting-series' | 'pillar-series';

export function toRecordElementId(kind: RecordElementKind, id: string): string {
  return `${kind}-${id}`;
}

/** The fragment that links to a source on /sources: "#source-S05". */
export function toSourceFragment(id: string): string {
  return `#${toRecordElementId('source', id)}`;
}

/**
 * The source a `/sources` fragment names: "#source-S05" (the form links are written in) or "#S05" (the form of
 * older links, which keep working); null when it names none. `isSource` says whether an id is a source's.
 */
export function parseSourceFragment(hash: string, isSource: (id: string) => boolean): string | null {
  let fragment: string;
  try {
    fragment = decodeURIComponent(hash.replace(/^#/, ''));
  } catch {
    return null;
  }
  if (fragment === '') return null;
  const prefix = toRecordElementId('source', '');
  if (fragment.startsWith(prefix) && isSource(fragment.slice(prefix.length))) return fragment.slice(prefix.length);
  return isSource(fragment) ? fragment : null;
}
