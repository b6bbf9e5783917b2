import { Component, Suspense, type ErrorInfo, type ReactNode } from 'react';

/**
 * A part of a screen whose code loads on its own (`React.lazy`). Nothing shows while it loads,
 * and when it cannot load (the device went offline before the service worker had cached it) the
 * part is left out instead of taking the whole screen, and with it the escalation form or the
 * clock, down too. The next visit loads it again.
 */
export function OptionalSection({ children }: { children: ReactNode }) {
  return (
    <LeftOutOnError>
      <Suspense fallback={null}>{children}</Suspense>
    </LeftOutOnError>
  );
}

class LeftOutOnError extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('A section of the screen was left out', error, info.componentStack);
  }

  override render(): ReactNode {
    return this.state.failed ? null : this.props.children;
  }
}
