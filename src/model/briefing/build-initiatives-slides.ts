import type { Initiative } from '../../data/dataset-schema';
import type { DraftSlide } from './briefing-slide';
import type { DeckContext } from './deck-context';
import { DECK_LIMITS } from './deck-limits';
import type { DeckTableColumn } from './briefing-slide';
import { buildTableSlides } from './build-table-slides';

/** "In progress (as of September 2023)", or "Not recorded". */
function initiativeStatus(ctx: DeckContext, initiative: Initiative): string {
  const { status } = initiative;
  if (status === undefined) return ctx.t('briefing.status.none');
  return ctx.t('briefing.status.asOf', {
    status: ctx.t(`briefing.status.${status.value}`),
    date: ctx.date(status.asOf, 'short'),
  });
}

/**
 * The initiatives in scope with their status: at one meeting, whether it launched or reviewed each; for one country,
 * only those one of its organisations leads, and which.
 */
export function buildInitiativesSlides(ctx: DeckContext): DraftSlide[] {
  const { scope, filtered, dataset, t, text } = ctx;
  let initiatives = filtered.initiatives;
  const organizations = new Map(dataset.organizations.map((o) => [o.id, o]));
  const columns: DeckTableColumn[] = [{ header: t('briefing.col.initiative'), weight: 4 }];
  let extra: (n: Initiative) => string[] = (n) => [n.date === null ? t('briefing.undated') : ctx.date(n.date, 'short')];
  let title = t('briefing.slide.initiatives');
  if (scope.kind === 'meeting') {
    const id = scope.meeting.id;
    title = t('briefing.slide.meetingInitiatives');
    columns.push({ header: t('briefing.col.atMeeting'), weight: 1.3 });
    extra = (n) => [
      t(
        n.meetings.some((m) => m.meeting === id && m.relation === 'announced')
          ? 'briefing.relation.announced'
          : 'briefing.relation.reviewed',
      ),
    ];
  } else if (scope.kind === 'country') {
    const leads = (n: Initiative) =>
      n.leadOrganizations.flatMap((o) => {
        const org = organizations.get(o);
        return org !== undefined && org.country === scope.country ? [org] : [];
      });
    initiatives = initiatives.filter((n) => leads(n).length > 0);
    title = t('briefing.slide.countryInitiatives');
    columns.push({ header: t('briefing.col.lead'), weight: 2 });
    extra = (n) => [
      leads(n)
        .map((o) => o.abbreviation ?? text(o.name))
        .join(', '),
    ];
  } else {
    columns.push({ header: t('briefing.col.date'), weight: 1.2 });
  }
  columns.push({ header: t('briefing.col.status'), weight: 1.8 });
  return buildTableSlides(ctx, {
    id: 'initiatives',
    title,
    columns,
    rows: initiatives.map((n) => ({
      cells: [text(n.name), ...extra(n), initiativeStatus(ctx, n)],
      sourceIds: ctx.cites([n, ...(n.status === undefined ? [] : [n.status])]),
    })),
    perSlide: DECK_LIMITS.rows,
    notes: (first, last, total) =>
      t('briefing.notes.initiatives', {
        first,
        last,
        total,
        names: initiatives
          .slice(first - 1, last)
          .map((n) => text(n.name))
          .join('; '),
      }),
  });
}
