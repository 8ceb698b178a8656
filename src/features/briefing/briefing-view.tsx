import { useDataset } from '../../data/dataset-query';
import { PendingView } from '../../components/pending-view';

export function BriefingView() {
  const dataset = useDataset();
  return <PendingView title="briefing.title" recordCount={dataset.initiatives.length} />;
}
