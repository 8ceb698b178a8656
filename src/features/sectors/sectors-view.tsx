import { useDataset } from '../../data/dataset-query';
import { PendingView } from '../../components/pending-view';

export function SectorsView() {
  const dataset = useDataset();
  return <PendingView title="sectors.title" recordCount={dataset.sectors.length} />;
}
