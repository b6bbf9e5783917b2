import { describe, expect } from 'vitest';
import {
  type AppLanguage,
  browserTest,
  expectSingleHeading,
  launchApp,
  startDemoWorkspace,
  translation,
} from './browser';

const CASES: { locale: string; language: AppLanguage; training: string; pay: string }[] = [
  { locale: 'en-US', language: 'en', training: 'Training', pay: 'Pay' },
  { locale: 'zh-CN', language: 'zh-CN', training: '培训', pay: '工资' },
  { locale: 'zh-TW', language: 'zh-TW', training: '培訓', pay: '薪資' },
];

describe('language detected from the browser', () => {
  browserTest.each(CASES)(
    'renders Today in $language for a $locale browser',
    async ({ locale, language, training, pay }) => {
      const app = await launchApp({ locale });
      const { page } = app;
      await startDemoWorkspace(app, language);

      await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe(language);
      await expectSingleHeading(
        page,
        language === 'en' ? 'Today' : translation(language, 'today', 'title'),
      );
      const nav = page.getByRole('navigation', {
        name: language === 'en' ? 'Main' : translation(language, 'common', 'nav.label'),
        exact: true,
      });
      await expect(nav.getByRole('link', { name: training, exact: true }).count()).resolves.toBe(1);
      await expect(nav.getByRole('link', { name: pay, exact: true }).count()).resolves.toBe(1);
    },
  );
});
