import '../../i18n/pack-briefing';
import { translate } from '../../i18n/locale';
import { buildBriefingDeck, type DeckInput } from '../../model/briefing/build-briefing-deck';
import type { BriefingSlide } from '../../model/briefing/briefing-slide';
import { deckFileName } from '../../model/briefing/deck-file-name';
import { selectPillarColors } from '../../model/select-pillar-colors';

export type BriefingExportInput = Omit<DeckInput, 't'>;

/** The briefing deck for the input, in its language: the one the screen shows for the same filters. */
export function buildDeck(input: BriefingExportInput): BriefingSlide[] {
  return buildBriefingDeck({ ...input, t: (key, params) => translate(input.locale, key, params) });
}

/**
 * Exports the briefing deck to PowerPoint: the same deck as the screen's (buildBriefingDeck), named by scope, date
 * and language. `onProgress` follows the slides as they are laid out; the writer loads on demand.
 */
export async function exportBriefingDeck(
  input: BriefingExportInput,
  onProgress?: (done: number, total: number) => void,
): Promise<string> {
  const slides = buildDeck(input);
  const fileName = deckFileName(input.filters, input.dataset, input.locale, input.generated);
  const { exportDeckToPptx } = await import('./export-pptx');
  await exportDeckToPptx(slides, fileName, {
    title: slides[0]?.title ?? translate(input.locale, 'app.name'),
    kicker: translate(input.locale, 'app.name'),
    locale: input.locale,
    pillarSlots: new Map([...selectPillarColors(input.dataset)].map(([id, style]) => [id, style.slot])),
    onProgress,
  });
  return fileName;
}
