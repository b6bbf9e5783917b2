import { describe, expect, it } from 'vitest';
import { pickText } from './localized-text';

describe('pickText', () => {
  it.each([
    {
      text: { en: 'Rules', 'zh-CN': '规则', 'zh-TW': '規則' },
      language: 'zh-TW',
      expected: '規則',
    },
    { text: { en: 'Rules', 'zh-CN': '规则' }, language: 'zh-TW', expected: '规则' },
    { text: { en: 'Rules', 'zh-TW': '規則' }, language: 'zh-CN', expected: '規則' },
    { text: { en: 'Rules', 'zh-CN': '规则' }, language: 'en', expected: 'Rules' },
    { text: { en: 'Rules' }, language: 'zh-CN', expected: 'Rules' },
  ])('picks $expected for $language', ({ text, language, expected }) => {
    expect(pickText(text, language)).toBe(expected);
  });
});
