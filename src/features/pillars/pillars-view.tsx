import { useDataset } from '../../data/dataset-query';
import { PendingView } from '../../components/pending-view';

export function PillarsView() {
  const dataset = useDataset();
  return <PendingView title="pillars.title" recordCount={dataset.pillars.length} />;
}
