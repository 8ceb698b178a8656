import type { BriefingSlide } from '../../model/briefing/briefing-slide';
import type { PptxDeckOptions } from './export-pptx';
import type { PptxWorkerReply, PptxWorkerRequest } from './export-pptx.worker';

/**
 * The PowerPoint file of a deck, written in a worker so that the page keeps answering; where workers are missing,
 * on this thread. Either way pptxgenjs loads only now, in its own chunk.
 */
export async function writePptxOffThread(slides: readonly BriefingSlide[], options: PptxDeckOptions): Promise<Blob> {
  const { onProgress, ...rest } = options;
  if (typeof Worker === 'undefined') {
    const { writePptx } = await import('./export-pptx');
    return writePptx(slides, options);
  }
  const worker = new Worker(new URL('./export-pptx.worker.ts', import.meta.url), { type: 'module' });
  try {
    return await new Promise<Blob>((resolve, reject) => {
      worker.addEventListener('message', (event: MessageEvent<PptxWorkerReply>) => {
        const message = event.data;
        if (message.kind === 'progress') onProgress?.(message.done, message.total);
        else if (message.kind === 'done') resolve(message.file);
        else reject(new Error(message.reason));
      });
      worker.addEventListener('error', (event) => reject(new Error(event.message || 'The PowerPoint writer stopped.')));
      const request: PptxWorkerRequest = { slides: [...slides], options: rest };
      worker.postMessage(request);
    });
  } finally {
    worker.terminate();
  }
}
