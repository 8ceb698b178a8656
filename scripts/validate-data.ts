/**
 * `npm run validate-data [file]` — checks a dataset file with the same code the app uses.
 * Prints each problem with its JSON path; exits 1 when there are problems, 2 when the file cannot be read.
 */
import { readFileSync } from 'node:fs';
import { parseDatasetText } from '../src/data/parse-dataset.ts';
import { describeProblem } from '../src/data/describe-problem.ts';

const file = process.argv[2] ?? 'public/data/hled.json';
let text: string;
try {
  text = readFileSync(file, 'utf8');
} catch (error) {
  console.error(`validate-data: cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(2);
}

const result = parseDatasetText(text);
if (result.ok) {
  const d = result.dataset;
  console.log(
    `${file}: valid — ${d.meetings.length} meetings, ${d.pillars.length} pillars, ${d.sectors.length} sectors, ` +
      `${d.initiatives.length} initiatives, ${d.people.length} people, ${d.participations.length} participations, ` +
      `${d.sources.length} sources`,
  );
} else {
  for (const problem of result.problems) console.error(`${problem.path}: ${describeProblem(problem)}`);
  console.error(`${file}: ${result.problems.length} problem(s)`);
  process.exit(1);
}
