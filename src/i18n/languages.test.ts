import { describe, expect, it } from 'vitest';
import { toSupportedLanguage } from './languages';

describe('toSupportedLanguage', () => {
  it.each([
    ['zh-CN', 'zh-CN'],
    ['zh', 'zh-CN'],
    ['zh-SG', 'zh-CN'],
    ['zh-Hans-CN', 'zh-CN'],
    ['zh-TW', 'zh-TW'],
    ['zh-HK', 'zh-TW'],
    ['zh-Hant', 'zh-TW'],
    ['en-US', 'en'],
    ['fr', 'en'],
    [undefined, 'en'],
  ])('reads %s as %s', (tag, expected) => {
    expect(toSupportedLanguage(tag)).toBe(expected);
  });
});
