import { Suspense } from 'react';
import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { lazyPreloaded } from '../../src/components/lazy-preloaded';

function Greeting({ name }: { name: string }) {
  return <p>Hello, {name}</p>;
}

describe('lazyPreloaded', () => {
  it('renders in the same pass as its parent once preloaded: no fallback, the props passed through', async () => {
    const Lazy = lazyPreloaded(() => Promise.resolve(Greeting));
    await Lazy.preload();
    render(
      <Suspense fallback={<p>Loading…</p>}>
        <Lazy name="Ana" />
      </Suspense>,
    );
    expect(screen.getByText('Hello, Ana')).toBeInTheDocument();
    expect(screen.queryByText('Loading…')).not.toBeInTheDocument();
  });

  it('suspends like lazy when rendered before its code has arrived, and loads it once', async () => {
    const load = vi.fn(() => Promise.resolve(Greeting));
    const Lazy = lazyPreloaded(load);
    render(
      <Suspense fallback={<p>Loading…</p>}>
        <Lazy name="Ana" />
        <Lazy name="Luis" />
      </Suspense>,
    );
    expect(screen.getByText('Loading…')).toBeInTheDocument();
    expect(await screen.findByText('Hello, Luis')).toBeInTheDocument();
    expect(screen.getByText('Hello, Ana')).toBeInTheDocument();
    await Lazy.preload();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('tries a failed preload again when it renders', async () => {
    const load = vi
      .fn<() => Promise<typeof Greeting>>()
      .mockRejectedValueOnce(new Error('offline'))
      .mockResolvedValue(Greeting);
    const Lazy = lazyPreloaded(load);
    await expect(Lazy.preload()).rejects.toThrow('offline');
    render(
      <Suspense fallback={<p>Loading…</p>}>
        <Lazy name="Ana" />
      </Suspense>,
    );
    expect(await screen.findByText('Hello, Ana')).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(2);
  });
});
