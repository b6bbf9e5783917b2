import type { EscalationCategory } from '@/domain/policy/project-policy';
import type { EscalationLinks } from './escalation-links';
import { useWatchReport } from './use-watch-report';
import { WatchCard } from './watch-card';

/**
 * The watch-after-escalating card with the reading behind it. Loaded lazily by the Escalate
 * screen, which ships with the app shell: the comparison is not needed to raise an escalation.
 */
export function WatchSection({
  links,
  onRaise,
}: {
  links: EscalationLinks;
  onRaise: (category: EscalationCategory, description: string) => void;
}) {
  const watch = useWatchReport();
  return watch && <WatchCard {...watch} links={links} onRaise={onRaise} />;
}
