import { useEffect, useRef, type ReactNode } from 'react';

/**
 * A screen: one h1, then its sections. Focus moves to the heading when the screen opens, so a
 * screen-reader user hears where they arrived after a route change.
 */
export function Page({
  title,
  children,
  actions,
}: {
  title: string;
  children: ReactNode;
  actions?: ReactNode;
}) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    headingRef.current?.focus({ preventScroll: true });
  }, [title]);
  return (
    <div className="page">
      <header className="page-header">
        <h1 ref={headingRef} tabIndex={-1}>
          {title}
        </h1>
        {actions}
      </header>
      {children}
    </div>
  );
}

/** A titled card; the heading names the region for assistive technology. */
export function Section({
  title,
  children,
  id,
}: {
  title: string;
  children: ReactNode;
  id: string;
}) {
  const headingId = `${id}-heading`;
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      {children}
    </section>
  );
}
