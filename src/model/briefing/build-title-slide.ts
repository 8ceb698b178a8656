import type { DraftSlide } from './briefing-slide';
import type { DeckContext } from './deck-context';
import { describeScope } from './describe-scope';

/** The cover: what the deck is about (the meeting, pillar, sector or dialogue), the scope in words and the date. */
export function buildTitleSlide(ctx: DeckContext): DraftSlide {
  const { scope, dataset, locale, t, text } = ctx;
  const dialogue = text(dataset.dialogue.name);
  const scopeLine = describeScope(ctx.filters, dataset, locale, t);
  const generated = ctx.date(ctx.generated);
  let title = dialogue;
  let subtitle = '';
  const cited: { citations: readonly { source: string }[] }[] = [dataset.dialogue];
  if (scope.kind === 'meeting') {
    const m = scope.meeting;
    title = text(m.title);
    const place = [m.venue === null ? null : text(m.venue), m.city].filter((p): p is string => p !== null).join(', ');
    subtitle = t(place === '' ? 'briefing.cover.meeting' : 'briefing.cover.meetingAt', {
      date: ctx.date(m.date),
      place,
      dialogue,
    });
    // The meeting's own citations say where and when; the dialogue's would only lengthen the sources slides.
    cited.splice(0, 1, m);
  } else if (scope.kind === 'pillar' || scope.kind === 'sector') {
    const record = scope.kind === 'pillar' ? scope.pillar : scope.sector;
    title = text(record.name);
    subtitle = dialogue;
    cited.push(record);
  } else if (scope.kind === 'country') {
    const country = dataset.dialogue.countries.find((c) => c.code === scope.country);
    subtitle = t('briefing.cover.country', { country: country === undefined ? scope.country : text(country.name) });
  }
  return {
    id: 'title',
    kind: 'title',
    title,
    subtitle,
    scope: scopeLine,
    generated: t('briefing.generated', { date: generated }),
    notes: t('briefing.notes.title', { title, date: generated, scope: scopeLine }),
    sourceIds: ctx.cites(cited),
  };
}
