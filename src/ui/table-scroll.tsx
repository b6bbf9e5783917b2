import type { ReactNode } from 'react';

/**
 * The horizontal scroll area of a table wider than a phone: focusable and named after its section's
 * heading, so a keyboard user can scroll it and a screen reader announces what it holds (WCAG 2.1.1,
 * axe's scrollable-region-focusable).
 */
export function TableScroll({ labelledBy, children }: { labelledBy: string; children: ReactNode }) {
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrollable region must take focus
    <div className="record-table-wrap" role="region" aria-labelledby={labelledBy} tabIndex={0}>
      {children}
    </div>
  );
}
