import { useTranslation } from 'react-i18next';
import { Page, Section } from '@/ui/page';
import { ShiftList } from './shift-list';
import { useRoster } from './use-roster';

export function RosterPage() {
  const { t } = useTranslation('roster');
  const roster = useRoster();
  const zone = roster?.upcoming[0]?.timeZone ?? roster?.past[0]?.timeZone;
  return (
    <Page title={t('title')}>
      {zone && <p className="muted">{t('zoneNote', { zone })}</p>}
      {roster && (
        <>
          <Section id="upcoming" title={t('upcoming')}>
            <ShiftList shifts={roster.upcoming} />
          </Section>
          <Section id="past" title={t('past')}>
            <ShiftList shifts={roster.past} />
          </Section>
        </>
      )}
    </Page>
  );
}
