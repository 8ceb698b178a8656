import { useDataset } from '../../data/dataset-query';
import { PendingView } from '../../components/pending-view';

export function MeetingsView() {
  const dataset = useDataset();
  return <PendingView title="meetings.title" recordCount={dataset.meetings.length} />;
}
