import { useId, type ReactNode } from 'react';
import { useI18n } from '../i18n/i18n-context';

/** A titled section of a detail page; says "none recorded" rather than showing an empty box. */
export function DetailSection({ title, isEmpty, children }: { title: string; isEmpty?: boolean; children: ReactNode }) {
  const { t } = useI18n();
  const id = useId();
  return (
    <section className="detail-section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {isEmpty ? <p className="detail-section__none">{t('detail.none')}</p> : children}
    </section>
  );
}
