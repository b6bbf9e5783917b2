export const LANGUAGES = ['zh-CN', 'zh-TW', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const SOURCE_LANGUAGE: Language = 'en';
export const LANGUAGE_STORAGE_KEY = 'awb.language';

export const NAMESPACES = [
  'common',
  'welcome',
  'today',
  'clock',
  'roster',
  'training',
  'kpis',
  'pay',
  'me',
  'escalation',
  'readiness',
] as const;
export type Namespace = (typeof NAMESPACES)[number];

/**
 * Maps whatever the browser reports to one of our three languages: Traditional Chinese regions
 * and scripts read zh-TW, any other Chinese reads zh-CN, everything else English.
 */
export function toSupportedLanguage(tag: string | undefined | null): Language {
  const lower = (tag ?? '').toLowerCase();
  if (!lower.startsWith('zh')) return 'en';
  if (/hant|-tw|-hk|-mo/.test(lower)) return 'zh-TW';
  return 'zh-CN';
}
