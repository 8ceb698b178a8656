import type { Citation, Dataset, Source } from '../data/dataset-schema';

/** Every source cited for a meeting: the meeting itself, its outcomes and its delegation. Official sources first. */
export function selectMeetingSources(dataset: Dataset, meetingId: string): Source[] {
  const meeting = dataset.meetings.find((m) => m.id === meetingId);
  if (!meeting) return [];
  const citations: Citation[] = [
    ...meeting.citations,
    ...meeting.outcomes.flatMap((o) => o.citations),
    ...dataset.participations.filter((p) => p.meeting === meetingId).flatMap((p) => p.citations),
  ];
  const ids = new Set(citations.map((c) => c.source));
  const rank = { official: 0, news: 1, low: 2 } as const;
  return dataset.sources
    .filter((s) => ids.has(s.id))
    .sort((a, b) => rank[a.reliability] - rank[b.reliability] || a.id.localeCompare(b.id));
}
