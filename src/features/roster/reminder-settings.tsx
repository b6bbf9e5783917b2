import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOpenWorkspace } from '@/data/workspace-context';
import { reminderSupport, type ReminderSupport } from '@/domain/roster/reminders';
import { formatDurationMinutes } from '@/i18n/format';
import { Section } from '@/ui/page';
import { readReminderCapabilities } from './notification-support';
import {
  REMINDER_LEAD_CHOICES,
  useReminderLead,
  type ReminderLeadMinutes,
} from './reminder-setting';

/**
 * The reminder lead time (off, 15 min … 2 h), asking for notification permission when turned on,
 * and a plain statement of what this browser can do: no push service is used (issue #6, item 8).
 */
export function ReminderSettings() {
  const { t, i18n } = useTranslation('roster');
  const { workspace } = useOpenWorkspace();
  const [lead, setLead] = useReminderLead(workspace.id);
  const [support, setSupport] = useState<ReminderSupport>(() =>
    reminderSupport(readReminderCapabilities()),
  );
  const isUnavailable = support === 'unsupported' || support === 'denied';

  async function handleChange(next: ReminderLeadMinutes) {
    setLead(next);
    if (next > 0 && support === 'permission-needed') {
      try {
        await Notification.requestPermission();
      } catch {
        // Older Safari takes a callback instead; the state is read again below either way.
      }
      setSupport(reminderSupport(readReminderCapabilities()));
    }
  }

  return (
    <Section id="roster-reminders" title={t('reminders.title')}>
      <div className="field roster-setting">
        <label htmlFor="reminder-lead">{t('reminders.label')}</label>
        <select
          id="reminder-lead"
          value={lead}
          disabled={isUnavailable && lead === 0}
          aria-describedby="reminder-status"
          onChange={(event) => void handleChange(Number(event.target.value) as ReminderLeadMinutes)}
        >
          {REMINDER_LEAD_CHOICES.map((choice) => (
            <option key={choice} value={choice}>
              {choice === 0
                ? t('reminders.off')
                : t('reminders.before', {
                    duration: formatDurationMinutes(choice, i18n.language),
                  })}
            </option>
          ))}
        </select>
      </div>
      <p
        id="reminder-status"
        role="status"
        className={isUnavailable ? 'notice notice-warning' : 'muted'}
      >
        {t(`reminders.support.${support}`)}
      </p>
      <p className="muted">{t('reminders.howItWorks')}</p>
    </Section>
  );
}
