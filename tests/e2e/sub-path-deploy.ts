import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The build made with a base path by scripts/run-e2e.mjs, which the deploy specs serve under that path. */
export const SUB_PATH = '/hled/';
export const SUB_PATH_DIST = process.env.E2E_SUB_PATH_DIST ?? 'dist-hled';

interface Named {
  id: string;
  name?: { en: string } | string;
  title?: { en: string };
}
const shipped = JSON.parse(readFileSync(join(SUB_PATH_DIST, 'data', 'hled.json'), 'utf8')) as Record<string, Named[]>;
const first = (kind: string): Named => {
  const record = shipped[kind]?.[0];
  if (record === undefined) throw new Error(`the shipped dataset has no ${kind}`);
  return record;
};
const label = (r: Named) => (typeof r.name === 'string' ? r.name : (r.name?.en ?? r.title?.en ?? r.id));

/** Every route of the app (a detail page per kind, for the first record of the shipped dataset) and its h1. */
export const ROUTES: { path: string; h1: string }[] = [
  { path: '', h1: 'U.S.–Mexico High-Level Economic Dialogue' },
  { path: 'pillars', h1: 'Pillars' },
  { path: `pillars/${first('pillars').id}`, h1: label(first('pillars')) },
  { path: 'sectors', h1: 'Sectors' },
  { path: `sectors/${first('sectors').id}`, h1: label(first('sectors')) },
  { path: 'delegations', h1: 'Delegations' },
  { path: `people/${first('people').id}`, h1: label(first('people')) },
  { path: 'meetings', h1: 'Meetings' },
  { path: `meetings/${first('meetings').id}`, h1: label(first('meetings')) },
  { path: 'initiatives', h1: 'Initiatives' },
  { path: `initiatives/${first('initiatives').id}`, h1: label(first('initiatives')) },
  { path: 'sources', h1: 'Sources' },
  { path: 'briefing', h1: 'Briefing' },
];

/** The footer names the dataset's sources once it has loaded: "with data", on any page. */
export const DATA_LINE = /^Data: \d+ public sources, each fact cited\.$/;
