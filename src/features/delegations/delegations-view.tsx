import { useDataset } from '../../data/dataset-query';
import { PendingView } from '../../components/pending-view';

export function DelegationsView() {
  const dataset = useDataset();
  return <PendingView title="delegations.title" recordCount={dataset.participations.length} />;
}
