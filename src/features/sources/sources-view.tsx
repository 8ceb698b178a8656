import { useDataset } from '../../data/dataset-query';
import { PendingView } from '../../components/pending-view';

export function SourcesView() {
  const dataset = useDataset();
  return <PendingView title="sources.title" recordCount={dataset.sources.length} />;
}
