import type { DatasetProblem } from '../data/dataset-problem';
import { describeProblem } from '../data/describe-problem';
import { useI18n } from '../i18n/i18n-context';

const SHOWN = 50;

/** Each dataset problem with its JSON path, capped at a readable number with the total said in words. */
export function ProblemList({ problems }: { problems: readonly DatasetProblem[] }) {
  const { t, locale } = useI18n();
  return (
    <>
      <ol className="problem-list">
        {problems.slice(0, SHOWN).map((problem, index) => (
          <li key={`${problem.path}-${index}`}>
            <code>{problem.path}</code>: {describeProblem(problem, locale)}
          </li>
        ))}
      </ol>
      {problems.length > SHOWN && <p>{t('error.dataset.more', { count: problems.length - SHOWN })}</p>}
    </>
  );
}
