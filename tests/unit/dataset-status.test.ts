import { describe, expect, it } from 'vitest';
import type { Meeting } from '../../src/data/dataset-schema';
import { registerCatalogue } from '../../src/i18n/locale';
import { coreMessagesEn } from '../../src/i18n/messages-en';
import { coreMessagesEs } from '../../src/i18n/messages-es';
import { formatEditionLine } from '../../src/model/format-edition-line';
import { selectDatasetStatus } from '../../src/model/select-dataset-status';

registerCatalogue('en', coreMessagesEn);
registerCatalogue('es', coreMessagesEs);

const meeting = (id: string, date: string) => ({ id, date }) as Meeting;
const edition = { version: '2026.12.1', asOf: '2026-12-01' };

describe('selectDatasetStatus', () => {
  it('gives the edition and the latest meeting date, whatever the order of the meetings', () => {
    const meetings = [meeting('a', '2023-09-29'), meeting('b', '2024-04-19'), meeting('c', '2013-05-02')];
    expect(selectDatasetStatus({ edition, meetings })).toEqual({ edition, lastMeeting: '2024-04-19' });
  });

  it('claims nothing for a file without an edition, and has no last meeting for a file without meetings', () => {
    expect(selectDatasetStatus({ meetings: [meeting('a', '2024-04-19')] })).toBeNull();
    expect(selectDatasetStatus({ edition, meetings: [] })).toEqual({ edition, lastMeeting: null });
  });
});

describe('formatEditionLine', () => {
  it('says the version and the day the status was checked up to, in English and in Spanish', () => {
    expect(formatEditionLine(edition, 'en')).toBe('Data edition 2026.12.1, status checked up to December 1, 2026.');
    expect(formatEditionLine(edition, 'es')).toBe(
      'Edición de los datos 2026.12.1, situación revisada hasta el 1 de diciembre de 2026.',
    );
  });

  it('is empty without an edition', () => {
    expect(formatEditionLine(undefined, 'en')).toBe('');
  });
});
