import 'i18next';
import type clock from './locales/en/clock.json';
import type common from './locales/en/common.json';
import type escalation from './locales/en/escalation.json';
import type kpis from './locales/en/kpis.json';
import type me from './locales/en/me.json';
import type pay from './locales/en/pay.json';
import type readiness from './locales/en/readiness.json';
import type roster from './locales/en/roster.json';
import type today from './locales/en/today.json';
import type training from './locales/en/training.json';
import type welcome from './locales/en/welcome.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: {
      common: typeof common;
      welcome: typeof welcome;
      today: typeof today;
      clock: typeof clock;
      roster: typeof roster;
      training: typeof training;
      kpis: typeof kpis;
      pay: typeof pay;
      me: typeof me;
      escalation: typeof escalation;
      readiness: typeof readiness;
    };
  }
}
