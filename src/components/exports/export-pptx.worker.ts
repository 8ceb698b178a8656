/**
 * Writes the PowerPoint off the main thread: a 100× dataset's deck has some 900 slides, and laying them out and
 * zipping them blocked the page for most of a second at a time. The page posts the deck (plain data) and the
 * options; the worker answers with progress, then the file or the reason it failed.
 */
import type { BriefingSlide } from '../../model/briefing/briefing-slide';
import { writePptx, type PptxDeckOptions } from './export-pptx';

export type PptxWorkerRequest = { slides: BriefingSlide[]; options: Omit<PptxDeckOptions, 'onProgress'> };
export type PptxWorkerReply =
  { kind: 'progress'; done: number; total: number } | { kind: 'done'; file: Blob } | { kind: 'failed'; reason: string };

const reply = (message: PptxWorkerReply) => self.postMessage(message);

self.addEventListener('message', (event: MessageEvent<PptxWorkerRequest>) => {
  const { slides, options } = event.data;
  writePptx(slides, { ...options, onProgress: (done, total) => reply({ kind: 'progress', done, total }) }).then(
    (file) => reply({ kind: 'done', file }),
    (error: unknown) => reply({ kind: 'failed', reason: error instanceof Error ? error.message : String(error) }),
  );
});
