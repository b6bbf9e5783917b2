import { createContext, useContext, type ReactNode } from 'react';

export type Clock = () => Date;

const ClockContext = createContext<Clock>(() => new Date());

/** Lets tests and the demo fix "now"; the app passes the real clock. */
export function ClockProvider({ clock, children }: { clock: Clock; children: ReactNode }) {
  return <ClockContext.Provider value={clock}>{children}</ClockContext.Provider>;
}

export function useClock(): Clock {
  return useContext(ClockContext);
}
