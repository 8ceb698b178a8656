import { useDataset } from '../../data/dataset-query';
import { useI18n } from '../../i18n/i18n-context';
import { Localized } from '../../i18n/localized';
import { formatPartialDate } from '../../i18n/format';
import { HeadlineStats } from './headline-stats';

export function OverviewView() {
  const dataset = useDataset();
  const { t, text, locale } = useI18n();
  const { dialogue } = dataset;
  return (
    <article className="view">
      <header className="view__header">
        <p className="eyebrow">
          <Localized value={dialogue.shortName} /> · {t('overview.established', { date: formatPartialDate(dialogue.established, locale) })}
        </p>
        <h1>
          <Localized value={dialogue.name} />
        </h1>
        <p className="page-lead">{t('overview.lead', { dialogue: text(dialogue.shortName).value })}</p>
      </header>
      <HeadlineStats
        stats={[
          { label: 'overview.stat.meetings', value: dataset.meetings.length },
          { label: 'overview.stat.pillars', value: dataset.pillars.length },
          { label: 'overview.stat.sectors', value: dataset.sectors.length },
          { label: 'overview.stat.initiatives', value: dataset.initiatives.length },
          { label: 'overview.stat.people', value: dataset.people.length },
          { label: 'overview.stat.sources', value: dataset.sources.length },
        ]}
      />
      <section className="card overview__about" aria-labelledby="about-title">
        <h2 id="about-title">
          <Localized value={dialogue.shortName} />
        </h2>
        <p>
          <Localized value={dialogue.description} />
        </p>
      </section>
    </article>
  );
}
