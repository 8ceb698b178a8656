import type { DraftSlide } from './briefing-slide';
import type { DeckContext } from './deck-context';
import { selectMeetingInitiatives, selectTouchedPillars, selectTouchedSectors } from './select-deck-records';

/** The counts of what is in scope, and only that: a meeting's outcomes and chairs, a pillar's initiatives, … */
export function buildFiguresSlide(ctx: DeckContext): DraftSlide | null {
  const { scope, filtered, t } = ctx;
  const pillars = selectTouchedPillars(ctx).length;
  const sectors = selectTouchedSectors(ctx).length;
  let figures: { label: string; value: number }[];
  if (scope.kind === 'meeting') {
    const tied = selectMeetingInitiatives(filtered, scope.meeting.id);
    const launched = tied.filter((n) =>
      n.meetings.some((m) => m.meeting === scope.meeting.id && m.relation === 'announced'),
    );
    figures = [
      { label: t('briefing.figure.outcomes'), value: scope.meeting.outcomes.length },
      { label: t('briefing.figure.launched'), value: launched.length },
      { label: t('briefing.figure.reviewed'), value: tied.length - launched.length },
      { label: t('briefing.figure.chairs'), value: filtered.participations.filter((p) => p.role === 'chair').length },
      { label: t('briefing.figure.pillars'), value: pillars },
      { label: t('briefing.figure.sectors'), value: sectors },
    ];
  } else {
    figures = [
      { label: t('briefing.figure.meetings'), value: filtered.meetings.length },
      ...(scope.kind === 'pillar' ? [] : [{ label: t('briefing.figure.pillars'), value: pillars }]),
      ...(scope.kind === 'sector' ? [] : [{ label: t('briefing.figure.sectors'), value: sectors }]),
      { label: t('briefing.figure.initiatives'), value: filtered.initiatives.length },
      { label: t('briefing.figure.people'), value: filtered.people.length },
    ];
    if (scope.kind === 'country')
      figures.push({ label: t('briefing.figure.organizations'), value: filtered.organizations.length });
  }
  if (figures.every((f) => f.value === 0)) return null;
  return {
    id: 'figures',
    kind: 'figures',
    title: t('briefing.slide.figures'),
    figures,
    notes: t('briefing.notes.figures', { figures: figures.map((f) => `${f.label}: ${f.value}`).join('; ') }),
    sourceIds: [],
  };
}
