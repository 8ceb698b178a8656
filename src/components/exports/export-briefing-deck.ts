import { translate } from '../../i18n/pack-briefing';
import { buildBriefingDeck, type DeckInput } from '../../model/briefing/build-briefing-deck';
import type { BriefingSlide } from '../../model/briefing/briefing-slide';
import { deckFileName } from '../../model/briefing/deck-file-name';
import { selectPillarColors } from '../../model/select-pillar-colors';
import { downloadBlob } from './download-blob';
import { pillarColorsHex } from './pillar-colors-hex';
import { writePptxOffThread } from './write-pptx-off-thread';

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
  /** The deck already built for the same input (the screen's), so that it is not built twice. */
  built?: readonly BriefingSlide[],
): Promise<string> {
  const slides = built ?? buildDeck(input);
  const fileName = deckFileName(input.filters, input.dataset, input.locale, input.generated);
  const file = await writePptxOffThread(slides, {
    title: slides[0]?.title ?? translate(input.locale, 'app.name'),
    kicker: translate(input.locale, 'app.name'),
    locale: input.locale,
    pillarColors: pillarColorsHex(
      new Map([...selectPillarColors(input.dataset)].map(([id, style]) => [id, style.slot])),
    ),
    onProgress,
  });
  downloadBlob(file, fileName);
  return fileName;
}
