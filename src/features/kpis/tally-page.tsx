import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { KpiInputError } from '@/data/kpi-repository';
import { useRepositories } from '@/data/workspace-context';
import {
  compareTally,
  latestTallies,
  type TallyDraft,
  type TallyIssue,
} from '@/domain/kpi/kpi-tally';
import { useClock } from '@/ui/clock-context';
import { Page, Section } from '@/ui/page';
import type { KpiLinks } from './kpi-links';
import { TallyComparisonTable } from './tally-comparison';
import { TallyForm } from './tally-form';
import { useKpiContext } from './use-kpi-context';
import './kpis.css';

/** The agent's own counts: a form to log a day, and every logged day beside the employer's record. */
export function TallyPage({ links }: { links: KpiLinks }) {
  const { t } = useTranslation('kpis');
  const repositories = useRepositories();
  const clock = useClock();
  const context = useKpiContext();
  const loaded = useLiveQuery(async () => {
    const tallies = latestTallies(await repositories.kpis.listTallies());
    if (tallies.length === 0) return { tallies, employer: [] };
    const days = tallies.map((tally) => tally.day).sort();
    const employer = await repositories.kpis.listDays(days[0]!, days[days.length - 1]!);
    return { tallies, employer };
  }, [repositories]);
  const comparisons = useMemo(() => {
    if (!loaded) return undefined;
    const byDay = new Map(loaded.employer.map((record) => [record.day, record]));
    return loaded.tallies.map((tally) => compareTally(tally, byDay.get(tally.day) ?? null));
  }, [loaded]);

  async function save(draft: TallyDraft): Promise<TallyIssue[]> {
    if (!context) return [];
    try {
      await repositories.kpis.recordTally(draft, clock(), context.timeZone);
      return [];
    } catch (error) {
      if (error instanceof KpiInputError) return error.issues as TallyIssue[];
      throw error;
    }
  }

  return (
    <Page title={t('tally.title')}>
      <p>
        <Link className="back-link" to={links.kpis()}>
          {t('back')}
        </Link>
      </p>
      <p>{t('tally.intro')}</p>
      {context && <TallyForm today={context.today} onSave={save} />}
      <Section id="kpi-tally-comparison" title={t('tally.comparisonTitle')}>
        {!comparisons ? (
          <p className="muted">{t('loading')}</p>
        ) : comparisons.length === 0 ? (
          <p>{t('tally.none')}</p>
        ) : (
          comparisons.map((comparison) => (
            <TallyComparisonTable key={comparison.tally.id} comparison={comparison} />
          ))
        )}
      </Section>
    </Page>
  );
}
