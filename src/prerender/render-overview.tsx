import { renderToString } from 'react-dom/server';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StaticRouter } from 'react-router';
import { AppRoutes } from '../app/routes';
import { parseDatasetText } from '../data/parse-dataset';
import { datasetKeys, type ActiveDataset } from '../data/dataset-query';
import { registerCatalogue } from '../i18n/locale';
import { coreMessagesEn } from '../i18n/messages-en';

/**
 * The overview as HTML, for index.html (run by scripts/build.mjs after the client build): the page a reader sees
 * at `/` in English with no filters, drawn from the dataset that ships beside it. It shows while the JavaScript
 * loads and is replaced by the app's first render, which waits for the dataset so the two look the same. Charts
 * are lazy in the app, so here too they are their loading placeholders. `base` is the path the app is served under.
 */
export function renderOverview(datasetText: string, base = '/'): string {
  const parsed = parseDatasetText(datasetText);
  if (!parsed.ok) {
    throw new Error(`The dataset to pre-render is invalid: ${JSON.stringify(parsed.problems.slice(0, 3))}`);
  }
  registerCatalogue('en', coreMessagesEn);
  const queryClient = new QueryClient();
  const active: ActiveDataset = { origin: 'built-in', dataset: parsed.dataset };
  queryClient.setQueryData(datasetKeys.active, active);
  return renderToString(
    <QueryClientProvider client={queryClient}>
      <StaticRouter location={base} basename={base}>
        <AppRoutes />
      </StaticRouter>
    </QueryClientProvider>,
  );
}
