import { useI18n } from '../../i18n/pack-initiatives';

/** A dash for the eye and words for screen readers, so an empty cell is not read as "dash" or skipped. */
export function EmptyCell({ label }: { label?: string }) {
  const { t } = useI18n();
  return (
    <>
      <span className="muted" aria-hidden="true">
        —
      </span>
      <span className="visually-hidden">{label ?? t('initiatives.none')}</span>
    </>
  );
}
