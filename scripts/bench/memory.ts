import type { CDPSession } from 'playwright-core';
import type { MemorySnapshot } from './bench-results.ts';

/** After a forced garbage collection: the JS heap in use, DOM nodes and event listeners alive. */
export async function readMemory(cdp: CDPSession): Promise<MemorySnapshot> {
  await cdp.send('Performance.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? Number.NaN;
  return { usedHeap: heap.usedSize, nodes: metric('Nodes'), listeners: metric('JSEventListeners') };
}
