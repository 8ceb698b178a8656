import { useDataset } from '../../data/dataset-query';
import { PendingView } from '../../components/pending-view';

export function InitiativesView() {
  const dataset = useDataset();
  return <PendingView title="initiatives.title" recordCount={dataset.initiatives.length} />;
}
