import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MountWhenNear } from '../../src/components/mount-when-near';

type Callback = (entries: { isIntersecting: boolean }[]) => void;
const observers: { callback: Callback; options: IntersectionObserverInit | undefined; observed: Element[] }[] = [];

class FakeIntersectionObserver {
  observed: Element[] = [];
  constructor(
    public callback: Callback,
    public options: IntersectionObserverInit | undefined = undefined,
  ) {
    observers.push(this);
  }
  observe(element: Element) {
    this.observed.push(element);
  }
  disconnect() {}
}

afterEach(() => {
  observers.length = 0;
  vi.unstubAllGlobals();
});

function Chart() {
  return <figure aria-label="Meetings over time">chart</figure>;
}

describe('MountWhenNear', () => {
  it('shows the placeholder until its place comes into view, then the content', async () => {
    vi.stubGlobal('IntersectionObserver', FakeIntersectionObserver);
    render(
      <MountWhenNear placeholder={<p>Loading the chart…</p>}>
        <Chart />
      </MountWhenNear>,
    );
    expect(screen.getByText('Loading the chart…')).toBeInTheDocument();
    expect(screen.queryByRole('figure')).not.toBeInTheDocument();
    const [observer] = observers;
    expect(observer?.observed).toHaveLength(1);
    act(() => observer?.callback([{ isIntersecting: false }]));
    expect(screen.queryByRole('figure')).not.toBeInTheDocument();
    act(() => observer?.callback([{ isIntersecting: true }]));
    expect(await screen.findByRole('figure', { name: 'Meetings over time' })).toBeInTheDocument();
    expect(screen.queryByText('Loading the chart…')).not.toBeInTheDocument();
  });

  it('a key press draws everything at once, so Tab never skips content that is still waiting', async () => {
    vi.stubGlobal('IntersectionObserver', FakeIntersectionObserver);
    render(
      <MountWhenNear placeholder={<p>Loading the chart…</p>}>
        <Chart />
      </MountWhenNear>,
    );
    await userEvent.keyboard('{Tab}');
    expect(await screen.findByRole('figure', { name: 'Meetings over time' })).toBeInTheDocument();
  });

  it('renders the content at once where IntersectionObserver does not exist', () => {
    vi.stubGlobal('IntersectionObserver', undefined);
    render(
      <MountWhenNear placeholder={<p>Loading the chart…</p>}>
        <Chart />
      </MountWhenNear>,
    );
    expect(screen.getByRole('figure', { name: 'Meetings over time' })).toBeInTheDocument();
  });
});
