import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from './render-app';

afterEach(() => vi.unstubAllGlobals());

const jsonFile = (path: string, name: string) =>
  new File([readFileSync(path, 'utf8')], name, { type: 'application/json' });

async function openApp() {
  const user = userEvent.setup();
  const view = renderApp('/');
  await screen.findByRole('heading', { level: 1, name: 'Demo Economic Dialogue' });
  return { user, ...view };
}

describe('bring your own dataset', () => {
  it('opening a valid file switches the whole app to it, and "Back to the HLED dataset" switches back', async () => {
    const { user } = await openApp();
    await user.upload(
      screen.getByLabelText('Open dataset…'),
      jsonFile('public/data/examples/demo-dialogue.json', 'demo-dialogue.json'),
    );
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Demo: Atlantis–Lemuria Trade Dialogue (fictional)' }),
    ).toBeInTheDocument();
    // The banner's code loads when there is something to say.
    const banner = await screen.findByText(/You are viewing/);
    expect(banner).toHaveTextContent(
      'You are viewing Demo: Atlantis–Lemuria Trade Dialogue (fictional) from “demo-dialogue.json”.',
    );
    // jsdom has no IndexedDB, so the banner is honest that a reload will not keep it.
    expect(banner).toHaveTextContent('a reload will bring back the HLED dataset');
    expect(screen.getByText('Data: 3 public sources, each fact cited.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Back to the HLED dataset' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Demo Economic Dialogue' })).toBeInTheDocument();
    expect(screen.queryByText(/You are viewing/)).not.toBeInTheDocument();
  });

  it('refuses an invalid file, lists each problem with its JSON path and keeps the dataset on screen', async () => {
    const { user } = await openApp();
    await user.upload(
      screen.getByLabelText('Open dataset…'),
      jsonFile('tests/fixtures/byod/invalid-dataset.json', 'broken.json'),
    );
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading', { name: 'The file could not be opened' })).toBeInTheDocument();
    expect(alert).toHaveTextContent('“broken.json” is not a valid dataset: 2 problem(s) found.');
    expect(within(alert).getByText('meetings[1].title')).toBeInTheDocument();
    expect(within(alert).getByText('sources[0].url')).toBeInTheDocument();
    expect(alert).toHaveTextContent('Nothing changed');
    // Focus moves in an effect after the panel renders; the file was read outside act(), so wait for it.
    await waitFor(() => expect(alert).toHaveFocus());
    expect(screen.getByRole('heading', { level: 1, name: 'Demo Economic Dialogue' })).toBeInTheDocument();
    expect(screen.queryByText(/You are viewing/)).not.toBeInTheDocument();

    await user.click(within(alert).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('says an empty file is empty', async () => {
    const { user } = await openApp();
    await user.upload(screen.getByLabelText('Open dataset…'), new File([], 'empty.json', { type: 'application/json' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('“empty.json” is empty.');
    expect(screen.getByRole('heading', { level: 1, name: 'Demo Economic Dialogue' })).toBeInTheDocument();
  });

  it('says a file that is not JSON is not JSON', async () => {
    const { user } = await openApp();
    await user.upload(
      screen.getByLabelText('Open dataset…'),
      jsonFile('tests/fixtures/byod/not-json.json', 'notes.json'),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent('“notes.json” is not a JSON file (');
    expect(screen.getByRole('heading', { level: 1, name: 'Demo Economic Dialogue' })).toBeInTheDocument();
  });

  it('refuses a file over the 50 MB limit without reading it', async () => {
    const { user } = await openApp();
    const big = new File(['{}'], 'huge.json', { type: 'application/json' });
    Object.defineProperty(big, 'size', { value: 60 * 1024 * 1024 });
    const read = vi.spyOn(big, 'text');
    await user.upload(screen.getByLabelText('Open dataset…'), big);
    expect(await screen.findByRole('alert')).toHaveTextContent('“huge.json” is 60 MB; files can be at most 50 MB.');
    expect(read).not.toHaveBeenCalled();
  });

  it('states the size limit next to the button, and speaks Spanish', async () => {
    const { user } = await openApp();
    expect(screen.getByLabelText('Open dataset…')).toHaveAccessibleDescription(/up to 50 MB/);
    await user.click(screen.getByRole('button', { name: 'Español' }));
    expect(await screen.findByLabelText('Abrir conjunto de datos…')).toHaveAccessibleDescription(/hasta 50 MB/);
  });

  it('opens a file dropped anywhere on the page, showing an overlay while it is dragged', async () => {
    await openApp();
    const file = jsonFile('public/data/examples/demo-dialogue.json', 'dropped.json');
    const dataTransfer = { types: ['Files'], files: [file], dropEffect: 'none' };
    fireEvent.dragEnter(document.body, { dataTransfer });
    expect(await screen.findByText('Drop the file to open it')).toBeInTheDocument();
    expect(screen.getByText('A JSON dataset file, up to 50 MB')).toBeInTheDocument();
    fireEvent.drop(document.body, { dataTransfer });
    expect(screen.queryByText('Drop the file to open it')).not.toBeInTheDocument();
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Demo: Atlantis–Lemuria Trade Dialogue (fictional)' }),
    ).toBeInTheDocument();
    expect(await screen.findByText(/You are viewing/)).toHaveTextContent('from “dropped.json”');
  });
});
