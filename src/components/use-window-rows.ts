import { useCallback, useEffect, useLayoutEffect, useState } from 'react';
import { defaultRangeExtractor, useWindowVirtualizer, type Range } from '@tanstack/react-virtual';

/**
 * Lists longer than this render only the rows near the screen. The shipped dataset (41 initiatives, 47 people,
 * 98 sources, 13 meetings) stays under it, so on the real data every row is in the page: find-in-page, printing
 * and reading the whole list with a screen reader keep working; a 10× or 100× dataset goes over it.
 */
export const VIRTUALIZE_ABOVE = 150;

/** What a list renders, in order: a real row, or an empty spacer standing in for rows that are not rendered. */
type RowSlot = { kind: 'row'; index: number } | { kind: 'gap'; key: string; size: number };

interface WindowRowsOptions {
  count: number;
  /** A generous guess of a row's height in px; rendered rows are measured. */
  estimateSize: number;
  /** Virtualise when true; by default when `count` is over VIRTUALIZE_ABOVE. */
  virtual?: boolean;
  overscan?: number;
}

export interface WindowRows<E extends HTMLElement> {
  virtual: boolean;
  slots: RowSlot[];
  /** Put on the element whose top is where the first row starts (a `<tbody>` or `<ol>`). */
  setListElement: (element: E | null) => void;
  /** Put on each rendered row, with `data-index={index}`, so its real height is measured. */
  measureRow: (element: Element | null) => void;
  /** Scrolls the page so that row `index` is at the top (rendering it first when it is far away). */
  scrollToIndex: (index: number) => void;
}

interface ListPlace {
  /** The list's top and bottom on the page, in px. */
  top: number;
  bottom: number;
  /** The part of the page on screen. */
  viewTop: number;
  viewBottom: number;
}

/**
 * The rows to render out of the virtualiser's (visible rows and overscan). A list wholly off screen renders only
 * its row nearest the screen — the first below it, the last above it — and the focused one: a page of many
 * virtualised lists (the meetings page lists each series apart) otherwise rendered the overscan of every list, 140
 * rows at 100× for 24 in view, and laid them all out on every filter change. That one row keeps the list in the Tab
 * order; focusing it scrolls the list on screen, and the virtualiser renders its neighbours.
 */
export function rowsToRender<T extends { index: number }>(
  items: readonly T[],
  count: number,
  focused: number | null,
  place: ListPlace,
): readonly T[] {
  if (place.viewBottom <= place.viewTop || count === 0) return items;
  const keep = place.top >= place.viewBottom ? 0 : place.bottom <= place.viewTop ? count - 1 : null;
  if (keep === null) return items;
  return items.filter((item) => item.index === keep || item.index === focused);
}

const indexOf = (target: EventTarget | null): number | null => {
  if (!(target instanceof Element)) return null;
  const row = target.closest('[data-index]');
  const value = row === null ? NaN : Number(row.getAttribute('data-index'));
  return Number.isInteger(value) ? value : null;
};

/**
 * The page scrolls as a whole, so long lists use TanStack Virtual's window virtualiser. Rows keep their place in
 * the document (the list stays a real table or list, with spacers above and below), and the focused row is
 * always kept in the rendered range so Tab, Shift+Tab and screen readers never lose their place.
 */
export function useWindowRows<E extends HTMLElement>({
  count,
  estimateSize,
  virtual = count > VIRTUALIZE_ABOVE,
  overscan = 6,
}: WindowRowsOptions): WindowRows<E> {
  // The list element, held in state (which re-renders) only while virtualised: a list that mounts after a filter
  // change (from an empty state) would otherwise render all its rows twice. The callback changes with `virtual`,
  // so React hands it the element again when the list starts being virtualised.
  const [container, setContainer] = useState<E | null>(null);
  const setListElement = useCallback(
    (element: E | null) => {
      if (virtual) setContainer(element);
    },
    [virtual],
  );
  // Where the list starts on the page; null until measured. A list not yet measured renders no rows: guessing 0
  // rendered the rows of the page's top for every list mounting below it (19 series lists at 100× inserted 324
  // rows on "Clear all", then removed 300 once measured). The measure is a layout effect, before the first paint.
  const [measuredMargin, setMeasuredMargin] = useState<number | null>(null);
  const scrollMargin = measuredMargin ?? 0;
  // The row holding keyboard focus stays rendered however far the page scrolls.
  const [focused, setFocused] = useState<number | null>(null);

  const virtualizer = useWindowVirtualizer({
    count: virtual ? count : 0,
    enabled: virtual,
    estimateSize: () => estimateSize,
    overscan,
    scrollMargin,
    rangeExtractor: (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      const pinned = focused;
      if (pinned === null || pinned >= range.count || indexes.includes(pinned)) return indexes;
      return [...indexes, pinned].sort((a, b) => a - b);
    },
  });

  // Where the list starts on the page moves when content above it changes (filters, charts loading): measured on
  // mount and whenever the page's size changes, not on every render (each measure forces a layout).
  useLayoutEffect(() => {
    if (!virtual || container === null) return;
    const update = () => {
      const top = Math.round(container.getBoundingClientRect().top + window.scrollY);
      setMeasuredMargin((current) => (current === top ? current : top));
    };
    update();
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(update);
    observer?.observe(document.body);
    return () => observer?.disconnect();
  }, [virtual, container]);

  useEffect(() => {
    if (!virtual || container === null) return;
    const onFocusIn = (event: FocusEvent) => setFocused(indexOf(event.target));
    const onFocusOut = (event: FocusEvent) => {
      if (!(event.relatedTarget instanceof Node) || !container.contains(event.relatedTarget)) setFocused(null);
    };
    container.addEventListener('focusin', onFocusIn);
    container.addEventListener('focusout', onFocusOut);
    return () => {
      container.removeEventListener('focusin', onFocusIn);
      container.removeEventListener('focusout', onFocusOut);
    };
  }, [virtual, container]);

  let slots: RowSlot[];
  if (!virtual) {
    slots = Array.from({ length: count }, (_, index) => ({ kind: 'row', index }));
  } else {
    slots = [];
    let cursor = scrollMargin;
    const items = measuredMargin === null ? [] : virtualizer.getVirtualItems();
    for (const item of rowsToRender(items, count, focused, {
      top: scrollMargin,
      bottom: scrollMargin + virtualizer.getTotalSize(),
      viewTop: virtualizer.scrollOffset ?? 0,
      viewBottom: (virtualizer.scrollOffset ?? 0) + (virtualizer.scrollRect?.height ?? 0),
    })) {
      if (item.start > cursor) slots.push({ kind: 'gap', key: `gap-${item.index}`, size: item.start - cursor });
      slots.push({ kind: 'row', index: item.index });
      cursor = item.end;
    }
    const end = scrollMargin + virtualizer.getTotalSize();
    if (end > cursor) slots.push({ kind: 'gap', key: 'gap-end', size: end - cursor });
  }

  return {
    virtual,
    slots,
    setListElement,
    measureRow: virtualizer.measureElement,
    scrollToIndex: (index) => virtualizer.scrollToIndex(index, { align: 'start' }),
  };
}
