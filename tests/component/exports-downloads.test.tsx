import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { InitiativesByPillarPanel } from '../../src/components/charts/initiatives-by-pillar-panel';
import CopyLinkButton from '../../src/components/exports/copy-link-button';
import { parseDataset } from '../../src/data/parse-dataset';
import type { Dataset } from '../../src/data/dataset-schema';
import { selectPillarColors } from '../../src/model/select-pillar-colors';
import { toLocalDateStamp } from '../../src/model/exports/to-local-date-stamp';
import JSZip from 'jszip';
import { loadFixture } from '../fixtures/load-fixture';
import { renderInApp, stubChartLayout } from './chart-test-helpers';

function mini(): Dataset {
  const result = parseDataset(loadFixture('mini-dataset.json'));
  if (!result.ok) throw new Error('mini-dataset.json is invalid');
  return result.dataset;
}

/** Catches what would be downloaded: the Blob handed to URL.createObjectURL and the file name of the link clicked. */
function captureDownloads() {
  const blobs: Blob[] = [];
  const names: string[] = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    if (blob instanceof Blob) blobs.push(blob);
    return 'blob:test';
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    names.push(this.download);
  });
  return { blobs, names };
}

stubChartLayout();

describe('chart downloads', () => {
  it('offers PNG, SVG, CSV, CSV + README, Excel and JSON from a "Download" button', async () => {
    const user = userEvent.setup();
    const dataset = mini();
    renderInApp(<InitiativesByPillarPanel dataset={dataset} pillarStyles={selectPillarColors(dataset)} />);
    const figure = screen.getByRole('figure', { name: 'Initiatives by year and pillar' });
    await user.click(within(figure).getByRole('button', { name: 'Download' }));
    expect(within(figure).getByRole('button', { name: 'Download' })).toHaveAttribute('aria-expanded', 'true');
    const items = [
      'Download PNG image',
      'Download SVG image',
      'Download table (CSV)',
      'Download table (CSV + README, .zip)',
      'Download table (Excel, .xlsx)',
      'Download table (JSON)',
    ];
    for (const name of items) {
      expect(within(figure).getByRole('button', { name })).toBeVisible();
    }
    await user.keyboard('{Escape}');
    expect(within(figure).queryByRole('button', { name: 'Download PNG image' })).not.toBeInTheDocument();
  });

  it('downloads the table twin as CSV: byte order mark, the header on line 1, the rows; named with language and date', async () => {
    const user = userEvent.setup();
    const downloads = captureDownloads();
    const dataset = mini();
    const name = `hled-initiatives-by-year-and-pillar-en-${toLocalDateStamp(new Date())}.csv`;
    renderInApp(<InitiativesByPillarPanel dataset={dataset} pillarStyles={selectPillarColors(dataset)} />);
    await user.click(screen.getByRole('button', { name: 'Download' }));
    await user.click(screen.getByRole('button', { name: 'Download table (CSV)' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(`Downloaded ${name}.`));
    expect(downloads.names).toEqual([name]);
    const [blob] = downloads.blobs;
    if (blob === undefined) throw new Error('no file was made');
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    // TextDecoder drops the byte order mark (checked above) as it decodes.
    expect(new TextDecoder().decode(bytes)).toBe('Year,Building Back Together,Initiatives of the year\r\n2013,1,1\r\n');
  });

  it('downloads the table with a README in a .zip: the README says the title, the filters and how to cite', async () => {
    const user = userEvent.setup();
    const downloads = captureDownloads();
    const dataset = mini();
    const stem = `hled-initiatives-by-year-and-pillar-en-${toLocalDateStamp(new Date())}`;
    renderInApp(<InitiativesByPillarPanel dataset={dataset} pillarStyles={selectPillarColors(dataset)} />);
    await user.click(screen.getByRole('button', { name: 'Download' }));
    await user.click(screen.getByRole('button', { name: 'Download table (CSV + README, .zip)' }));
    await waitFor(() => expect(downloads.names).toEqual([`${stem}.zip`]));
    const archive = await JSZip.loadAsync(await (downloads.blobs[0] ?? new Blob()).arrayBuffer());
    expect(Object.keys(archive.files).sort()).toEqual(['README.txt', `${stem}.csv`]);
    expect(await archive.file(`${stem}.csv`)?.async('string')).toBe(
      '\uFEFFYear,Building Back Together,Initiatives of the year\r\n2013,1,1\r\n',
    );
    const readme = (await archive.file('README.txt')?.async('string')) ?? '';
    expect(readme.split('\r\n').slice(0, 3)).toEqual(['\uFEFFInitiatives by year and pillar', '='.repeat(30), '']);
    expect(readme).toContain(`\r\n- ${stem}.csv\r\n`);
    expect(readme).toContain('\r\nFilters: none (all data)\r\n');
  });

  it('downloads the table as JSON with an "about" block', async () => {
    const user = userEvent.setup();
    const downloads = captureDownloads();
    const dataset = mini();
    renderInApp(<InitiativesByPillarPanel dataset={dataset} pillarStyles={selectPillarColors(dataset)} />);
    await user.click(screen.getByRole('button', { name: 'Download' }));
    await user.click(screen.getByRole('button', { name: 'Download table (JSON)' }));
    await waitFor(() => expect(downloads.blobs).toHaveLength(1));
    const parsed: unknown = JSON.parse((await downloads.blobs[0]?.text()) ?? '');
    expect(parsed).toMatchObject({
      about: { title: 'Initiatives by year and pillar', filters: 'none (all data)' },
      rows: [{ Year: 2013, 'Building Back Together': 1, 'Initiatives of the year': 1 }],
    });
  });
});

describe('Copy link', () => {
  it('copies the address of the view and says so', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    renderInApp(<CopyLinkButton />);
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(writeText).toHaveBeenCalledWith(window.location.href);
    expect(screen.getByRole('status')).toHaveTextContent('Link copied.');
  });

  it('when the clipboard refuses, says so and shows the link selected in a read-only field', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn(() => Promise.reject(new Error('NotAllowedError')));
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    renderInApp(<CopyLinkButton />, 'es');
    await user.click(screen.getByRole('button', { name: 'Copiar enlace' }));
    // The clipboard's refusal arrives as a rejected promise: wait for it rather than assume it came with the click.
    expect(await screen.findByRole('alert')).toHaveTextContent('No se pudo copiar el enlace automáticamente.');
    const field = screen.getByRole('textbox', { name: 'Enlace a esta vista' });
    expect(field).toHaveValue(window.location.href);
    expect(field).toHaveAttribute('readonly');
    expect(field).toHaveFocus();
  });

  it('on a file the reader opened, says the link opens the built-in data for anyone without that file', async () => {
    const user = userEvent.setup();
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: () => Promise.resolve() },
      configurable: true,
    });
    renderInApp(<CopyLinkButton fromFile />);
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(screen.getByRole('status')).toHaveTextContent(
      'Link copied. This link opens the built-in HLED data unless the person who receives it opens the same file.',
    );
  });
});
