import type { MeetingKind } from '../data/dataset-schema';
import { useI18n } from '../i18n/i18n-context';

export function MeetingKindLabel({ kind }: { kind: MeetingKind }) {
  const { t } = useI18n();
  return <span className={`badge badge--kind badge--kind-${kind}`}>{t(`meetingKind.${kind}`)}</span>;
}
