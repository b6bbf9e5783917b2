/** Content that carries its own language (training, project names), keyed by BCP 47 tag. */
export type LocalizedText = Partial<Record<'en' | 'zh-CN' | 'zh-TW', string>> & { en: string };

/** Picks the text for `language`, falling back zh-TW → zh-CN and then to English. */
export function pickText(text: LocalizedText, language: string): string {
  if (language === 'zh-TW') return text['zh-TW'] ?? text['zh-CN'] ?? text.en;
  if (language.startsWith('zh')) return text['zh-CN'] ?? text['zh-TW'] ?? text.en;
  return text.en;
}
